import type { ValidationIssue } from '../validation-issue.ts';
import { asArray, asRecord, asString } from './tolerant.ts';
import { parameterRangeIssue } from './parameter-range.ts';

const SUM_TOLERANCE = 1e-9;

/**
 * Places and the budgets they hold: each place gives a share of the pot or a
 * population (not both), a needs weight only with a population, and places
 * by population have the system's `delegatedByPopulation` to divide (which
 * with the given shares is at most the whole pot); a budget pays for care
 * services of its system that an ICB pays for and no pool holds, and for
 * contracts of its system's providers with an ICB, none of them delegated
 * twice; cutServices names the services it cuts among its own, systemReserve
 * needs the system's `placeReserve`, and nothing given is left unread.
 * Cost O(places + services + organisations).
 */
export function placeBudgetIssues(document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  asArray(document.systems).forEach((systemValue, systemIndex) => {
    const system = asRecord(systemValue);
    const path = `systems[${systemIndex}]`;
    const services = new Map<string, Record<string, unknown>>();
    for (const service of asArray(system.careServices).map(asRecord)) {
      const id = asString(service.id);
      if (id !== undefined) services.set(id, service);
    }
    const pooled = new Set(asArray(system.pooledBudgets).flatMap((pool) => asArray(asRecord(pool).services).flatMap((id) => asString(id) ?? [])));
    const organisations = new Map<string, Record<string, unknown>>();
    for (const organisation of asArray(system.organisations).map(asRecord)) {
      const id = asString(organisation.id);
      if (id !== undefined) organisations.set(id, organisation);
    }
    const delegatedServices = new Set<string>();
    const delegatedContracts = new Set<string>();
    let givenShares = 0;
    let byPopulation = 0;
    let drawsOnReserve = false;
    asArray(system.places).forEach((placeValue, index) => {
      const place = asRecord(placeValue);
      const at = `${path}.places[${index}]`;
      if (place.share !== undefined && place.population !== undefined) issues.push({ path: `${at}.population`, message: 'give the place a share of the pot or a population, not both' });
      else if (place.share === undefined && place.population === undefined)
        issues.push({ path: `${at}.share`, message: 'is required unless the place gives its population (its part of the pot delegated by population)' });
      if (place.needsWeight !== undefined && place.population === undefined)
        issues.push({ path: `${at}.needsWeight`, message: 'is read only with a population: give the place its population, or drop the weight' });
      if (typeof place.share === 'number') givenShares += place.share;
      if (place.population !== undefined) byPopulation++;
      if (place.budget === undefined) return;
      const budget = asRecord(place.budget);
      asArray(budget.careServices).forEach((value, position) => {
        const id = asString(value);
        const field = `${at}.budget.careServices[${position}]`;
        if (id === undefined) return;
        const service = services.get(id);
        if (!service) issues.push({ path: field, message: `no care service of this system has id '${id}'` });
        else if (pooled.has(id)) issues.push({ path: field, message: `care service '${id}' is paid from a pooled budget, so a place cannot pay it as well` });
        else if (service.nhsFunder === undefined) issues.push({ path: field, message: `care service '${id}' names no ICB that pays (nhsFunder), so a place would pay none of it` });
        if (delegatedServices.has(id)) issues.push({ path: field, message: `care service '${id}' is delegated to two places (or twice to one)` });
        delegatedServices.add(id);
      });
      asArray(budget.contracts).forEach((value, position) => {
        const id = asString(value);
        const field = `${at}.budget.contracts[${position}]`;
        if (id === undefined) return;
        const organisation = organisations.get(id);
        const commissioner = asString(asRecord(asRecord(organisation?.income).contract).commissioner);
        if (!organisation) issues.push({ path: field, message: `'${id}' is not an organisation of this system` });
        else if (commissioner === undefined || asRecord(organisations.get(commissioner)).kind !== 'icb')
          issues.push({ path: field, message: `'${id}' has no contract with an ICB of this system for the place to pay` });
        if (delegatedContracts.has(id)) issues.push({ path: field, message: `the contract of '${id}' is delegated to two places (or twice to one)` });
        delegatedContracts.add(id);
      });
      const own = new Set(asArray(budget.careServices).flatMap((id) => asString(id) ?? []));
      if (budget.overspend === 'cutServices') {
        if (budget.cuts === undefined) issues.push({ path: `${at}.budget.cuts`, message: 'is required for cutServices: the services the place cuts, in order' });
        asArray(budget.cuts).forEach((value, position) => {
          const id = asString(value);
          if (id !== undefined && !own.has(id)) issues.push({ path: `${at}.budget.cuts[${position}]`, message: `'${id}' is not one of the care services the place pays for (budget.careServices)` });
        });
      } else if (budget.overspend === 'systemReserve') {
        drawsOnReserve = true;
        if (budget.cuts !== undefined) issues.push({ path: `${at}.budget.cuts`, message: 'is read only when the place cuts services (overspend: cutServices)' });
        if (system.placeReserve === undefined)
          issues.push({ path: `${path}.placeReserve`, message: `is required: place '${asString(place.id) ?? index}' draws on the system reserve when it overspends` });
      }
    });
    if (byPopulation > 0 && system.delegatedByPopulation === undefined)
      issues.push({ path: `${path}.delegatedByPopulation`, message: 'is required when a place gives its population: the share of the pot its places divide by population' });
    if (byPopulation === 0 && system.delegatedByPopulation !== undefined)
      issues.push({ path: `${path}.delegatedByPopulation`, message: 'is read only when a place gives its population instead of a share' });
    const delegated = typeof system.delegatedByPopulation === 'number' ? system.delegatedByPopulation : 0;
    if (delegated > 0 && givenShares <= 1 + SUM_TOLERANCE && givenShares + delegated > 1 + SUM_TOLERANCE) {
      issues.push({ path: `${path}.delegatedByPopulation`, message: `with the places' own shares (${givenShares}) it delegates ${givenShares + delegated} of the pot, more than the whole (1)` });
    }
    if (system.placeReserve !== undefined && !drawsOnReserve)
      issues.push({ path: `${path}.placeReserve`, message: 'is read only when a place draws on the system reserve (budget.overspend: systemReserve)' });
    const reserve = parameterRangeIssue(system.placeReserve, { min: 0 }, 'the reserve for places');
    if (reserve) issues.push({ path: `${path}.placeReserve`, message: reserve });
  });
  return issues;
}
