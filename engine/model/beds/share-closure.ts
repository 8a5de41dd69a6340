import { asArray, asRecord, asString } from '../../scenario/checks/tolerant.ts';

/**
 * How a system-wide bed closure is shared among the system's acute trusts:
 * - `coreBeds`: in proportion to each trust's core beds (its bed base);
 * - `equal`: the same number at each trust.
 */
export const CLOSURE_SHARING_RULES = ['coreBeds', 'equal'] as const;
export type ClosureSharingRule = (typeof CLOSURE_SHARING_RULES)[number];

/** A trust taking part in a shared closure: its id and its core beds as the scenario gives them. */
export interface ClosureTrust {
  readonly id: string;
  readonly coreBeds: number;
}

/**
 * Shares `beds` closures among `trusts` by `rule`, in whole beds that add up
 * to `beds` exactly (largest remainder: each trust first gets the whole part
 * of its exact share, then the beds left over go one each to the largest
 * fractional parts, ties to the trust listed first). 500 beds by core beds
 * over 1,059, 1,033, 766 and 315 (exact shares 166.88, 162.78, 120.71,
 * 49.64) gives 167, 163, 121 and 49.
 *
 * A share may exceed a trust's core beds (under `equal`, a small trust);
 * validation refuses that, naming the trust.
 *
 * @returns the beds closed at each trust, in the order given
 */
export function shareClosure(beds: number, trusts: readonly ClosureTrust[], rule: ClosureSharingRule): number[] {
  if (trusts.length === 0) return [];
  const totalCore = trusts.reduce((total, trust) => total + trust.coreBeds, 0);
  const exact = trusts.map((trust) => (rule === 'equal' || totalCore <= 0 ? beds / trusts.length : (beds * trust.coreBeds) / totalCore));
  const shares = exact.map((value) => Math.floor(value));
  let left = beds - shares.reduce((total, value) => total + value, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    shares[index] += 1;
    left -= 1;
  }
  return shares;
}

/**
 * The acute trusts with a beds section of the system `systemId`, in the
 * scenario's order, with their core beds: read tolerantly, so validation can
 * ask it of a document not yet known to be valid (empty for an unknown
 * system; a trust without a numeric core-bed count is left out).
 */
export function systemBedTrusts(document: unknown, systemId: string): ClosureTrust[] {
  const system = asArray(asRecord(document).systems)
    .map(asRecord)
    .find((candidate) => candidate.id === systemId);
  return asArray(system?.organisations).flatMap((value) => {
    const organisation = asRecord(value);
    const id = asString(organisation.id);
    const coreBeds = asRecord(organisation.beds).coreBeds;
    return organisation.beds !== undefined && id !== undefined && typeof coreBeds === 'number' ? [{ id, coreBeds }] : [];
  });
}
