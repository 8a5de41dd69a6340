import type { Scenario } from '../../scenario/schema/scenario.ts';
import type { ParameterTable } from '../parameter-table.ts';
import { placeShares } from './place-shares.ts';
import { careServiceIndex } from '../care/compile-care-waits.ts';

/** A place that holds a budget, ready to book. */
export interface CompiledPlaceBudget {
  /** Position among the model's budget-holding places (its row in place arrays). */
  readonly placeBudgetIndex: number;
  readonly id: string;
  readonly name: string;
  readonly systemIndex: number;
  readonly path: string;
  /** Its share of the system's single pot. */
  readonly share: number;
  /** Care services whose NHS part it pays (`careIndex`). */
  readonly careServices: readonly number[];
  /** Providers whose contract income it pays (organisation indices). */
  readonly contracts: readonly number[];
  readonly overspend: 'systemReserve' | 'cutServices';
  /** Services it cuts, in order (`careIndex`; empty unless cutServices). */
  readonly cuts: readonly number[];
  /** Slot of the system's place reserve, £m a year (constant 0 without one). */
  readonly reserve: number;
}

/**
 * Every place with a `budget`, system by system in scenario order. The
 * system's `placeReserve` becomes one slot its places share. Validation has
 * checked every reference.
 */
export function compilePlaceBudgets(scenario: Scenario, table: ParameterTable, idToIndex: ReadonlyMap<string, number>): CompiledPlaceBudget[] {
  const services = careServiceIndex(scenario);
  const budgets: CompiledPlaceBudget[] = [];
  scenario.systems.forEach((system, systemIndex) => {
    const places = system.places ?? [];
    if (!places.some((place) => place.budget)) return;
    const shares = placeShares(places, system.delegatedByPopulation);
    const reserve = system.placeReserve === undefined ? table.constant(0) : table.add(`systems[${systemIndex}].placeReserve`, system.placeReserve);
    places.forEach((place, position) => {
      if (!place.budget) return;
      budgets.push({
        placeBudgetIndex: budgets.length,
        id: place.id,
        name: place.name,
        systemIndex,
        path: `systems[${systemIndex}].places[${position}]`,
        share: shares[position],
        careServices: (place.budget.careServices ?? []).map((id) => services.get(id) as number),
        contracts: (place.budget.contracts ?? []).map((id) => idToIndex.get(id) as number),
        overspend: place.budget.overspend,
        cuts: place.budget.overspend === 'cutServices' ? (place.budget.cuts ?? []).map((id) => services.get(id) as number) : [],
        reserve,
      });
    });
  });
  return budgets;
}
