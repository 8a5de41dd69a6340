import type { OrganisationKind, OrganisationSpec } from '../../../engine/index.ts';

/** A new organisation of a kind, with plausible small figures to edit. */
export function organisationTemplate(kind: OrganisationKind, id: string, name: string, commissioner: string | undefined): OrganisationSpec {
  if (kind === 'icb') {
    return { id, name, kind, costs: { commissioning: { baseline: 200, growth: 0.03 } }, controlTotal: 0 };
  }
  const contract = { baseline: 100, uplift: 0.02, paymentModel: 'block' as const, ...(commissioner ? { commissioner } : {}) };
  return {
    id,
    name,
    kind,
    income: { contract },
    costs: { pay: { baseline: 70, growth: 0.03 }, nonPay: { baseline: 28, growth: 0.03 } },
    ...(kind === 'localAuthority' ? {} : { cip: { plan: 0.03, delivery: 0.8 } }),
    controlTotal: 0,
  };
}

/** An id not yet used, made from a name. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let index = 2;
  while (taken.has(`${base}-${index}`)) index++;
  return `${base}-${index}`;
}

/**
 * With more than one commissioner in a system each needs its share of the
 * single pot: when a commissioner is added, every commissioner gets an equal
 * share to start from (the builder says so, and the shares can then be edited).
 */
export function shareAllocationEqually(organisations: OrganisationSpec[]): OrganisationSpec[] {
  const commissioners = organisations.filter((organisation) => organisation.kind === 'icb');
  if (commissioners.length < 2) return organisations;
  const share = Number((1 / commissioners.length).toFixed(4));
  return organisations.map((organisation) => (organisation.kind === 'icb' ? { ...organisation, allocationShare: share } : organisation));
}
