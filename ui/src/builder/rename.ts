// Keeps references whole when something named elsewhere is renamed: an
// organisation's id (contracts name their commissioner, risk shares and funds
// name members, interventions name the organisations they touch, care services
// name the ICB and the council that pay, pooled budgets name their host and
// partners), a place's
// id (organisations name their place), an intervention's name (alternatives
// leave interventions out by name). Drivers and named parameters, which
// formulas use, are in rename-formulas.ts.

type Json = Record<string, unknown>;

/** What a renamed thing is, so the references that follow it can be found. */
export type ReferenceKind = 'organisation' | 'place' | 'intervention';

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function renameKey(record: unknown, from: string, to: string): void {
  if (!isObject(record) || !(from in record)) return;
  // Rebuild so the key keeps its place in the order.
  const entries = Object.entries(record);
  for (const key of Object.keys(record)) delete record[key];
  for (const [key, value] of entries) record[key === from ? to : key] = value;
}

export function renameInList(list: unknown, from: string, to: string): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, index) => {
    if (item === from) list[index] = to;
  });
}

function renameRiskShare(rule: unknown, from: string, to: string): void {
  if (!isObject(rule)) return;
  renameInList(rule.members, from, to);
  renameKey(rule.weights, from, to);
  renameKey(rule.collar, from, to);
  renameKey(rule.cap, from, to);
}

/** Replaces every reference to organisation `from` by `to`, in place. */
export function renameOrganisation(document: unknown, from: string, to: string): void {
  if (!isObject(document) || from === to) return;
  const systems = Array.isArray(document.systems) ? document.systems : [];
  for (const system of systems) {
    if (!isObject(system)) continue;
    for (const organisation of Array.isArray(system.organisations) ? system.organisations : []) {
      const contract = isObject(organisation) && isObject(organisation.income) ? organisation.income.contract : undefined;
      if (isObject(contract) && contract.commissioner === from) contract.commissioner = to;
    }
    renameRiskShare(system.riskShare, from, to);
    for (const rule of Array.isArray(system.riskShareAlternatives) ? system.riskShareAlternatives : []) renameRiskShare(rule, from, to);
    for (const fund of Array.isArray(system.incentiveFunds) ? system.incentiveFunds : []) if (isObject(fund)) renameKey(fund.amounts, from, to);
    for (const service of Array.isArray(system.careServices) ? system.careServices : []) {
      if (!isObject(service)) continue;
      for (const key of ['nhsFunder', 'council']) if (service[key] === from) service[key] = to;
    }
    for (const pool of Array.isArray(system.pooledBudgets) ? system.pooledBudgets : []) {
      if (!isObject(pool)) continue;
      if (pool.host === from) pool.host = to;
      for (const partner of Array.isArray(pool.partners) ? pool.partners : []) if (isObject(partner) && partner.organisation === from) partner.organisation = to;
    }
  }
  for (const intervention of Array.isArray(document.interventions) ? document.interventions : []) {
    if (!isObject(intervention)) continue;
    for (const key of ['fromOrganisation', 'toOrganisation', 'organisation', 'paidBy']) if (intervention[key] === from) intervention[key] = to;
    renameInList(intervention.organisations, from, to);
  }
}

/** Every organisation id the document refers to by name, for the warning before deleting one. */
export function referencesTo(document: unknown, id: string): number {
  let count = 0;
  const visit = (value: unknown, key: string | undefined): void => {
    if (value === id && key !== 'id') count++;
    else if (Array.isArray(value)) value.forEach((item) => visit(item, undefined));
    else if (isObject(value)) {
      for (const [childKey, child] of Object.entries(value)) {
        if (childKey === id && (key === 'amounts' || key === 'weights' || key === 'collar' || key === 'cap')) count++;
        visit(child, childKey);
      }
    }
  };
  visit(document, undefined);
  return count;
}

/**
 * Replaces the references to place `from` by `to` among the organisations of
 * system `systemIndex`, in place, unless another place of that system is still
 * called `from` (the references may mean that one).
 */
export function renamePlace(document: unknown, systemIndex: number, from: string, to: string): void {
  if (!isObject(document) || from === to || !Array.isArray(document.systems)) return;
  const system = document.systems[systemIndex];
  if (!isObject(system)) return;
  if (Array.isArray(system.places) && system.places.some((place) => isObject(place) && place.id === from)) return;
  for (const organisation of Array.isArray(system.organisations) ? system.organisations : []) {
    if (isObject(organisation) && organisation.place === from) organisation.place = to;
  }
}

/**
 * Replaces intervention name `from` by `to` in every alternative's
 * `withoutInterventions`, in place, unless another intervention is still
 * called `from` (the references may mean that one).
 */
export function renameIntervention(document: unknown, from: string, to: string): void {
  if (!isObject(document) || from === to) return;
  if (Array.isArray(document.interventions) && document.interventions.some((intervention) => isObject(intervention) && intervention.name === from)) return;
  for (const alternative of Array.isArray(document.alternatives) ? document.alternatives : []) {
    if (isObject(alternative)) renameInList(alternative.withoutInterventions, from, to);
  }
}
