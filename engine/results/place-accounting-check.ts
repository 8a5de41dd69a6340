import type { CompiledModel } from '../model/compiled-model.ts';
import type { PlaceMetric } from '../model/places/place-metrics.ts';
import { careColumnOf, placeColumnOf } from '../montecarlo/column-layout.ts';
import type { TrialBlock } from '../montecarlo/trial-block.ts';

/**
 * The identities of every place that holds a budget, checked on every row of
 * a block, for every year; the largest error of any (£m, should be ~0):
 *
 * - what it holds: spend = contracts delegated + cuts + Σ the NHS part of each
 *   care service it holds, as the care rows report them after the cuts (so
 *   the place's spend and the care services' own figures tell one story);
 * - its books: position = budget − spend + reserve drawn + cuts, and the
 *   overspend left unmet = max(0, −position);
 * - its system's reserve: the places that draw on it drew no more than they
 *   overspent, Σ drawn ≤ Σ max(0, overspend) (the excess is the error).
 *
 * The carve itself (budget = share × the system's pot, the shares adding up
 * to at most the whole pot, checked by validation) is made in one place and
 * the pot is not in a trial's row, so it is not checked again here.
 * Cost O(trials × places × (services held + 1) × years).
 *
 * @example a place budgeted £3.9m holding continuing healthcare that costs £5.2m cuts £1.3m: the care row reports an NHS cost of £3.9m, and 0 + 1.3 + 3.9 = 5.2 = spend, so the error is 0.
 */
export function placeAccountingCheck(model: CompiledModel, block: TrialBlock): number {
  let largest = 0;
  for (let trial = 0; trial < block.trialCount; trial++) {
    const row = trial * block.columnCount;
    for (let year = 0; year < model.years; year++) {
      const asked = new Float64Array(model.systems.length);
      const drawn = new Float64Array(model.systems.length);
      for (const place of model.placeBudgets) {
        const at = (metric: PlaceMetric) => block.values[row + placeColumnOf(model, place.placeBudgetIndex, year, metric)];
        let heldCare = 0;
        for (const careIndex of place.careServices) heldCare += block.values[row + careColumnOf(model, careIndex, year, 'careNhsCost')];
        const spend = at('placeSpend');
        const position = at('placePosition');
        largest = Math.max(largest, Math.abs(spend - at('placeContractSpend') - at('placeCuts') - heldCare));
        largest = Math.max(largest, Math.abs(position - (at('placeBudget') - spend + at('placeReserveDrawn') + at('placeCuts'))));
        largest = Math.max(largest, Math.abs(at('placeUnfunded') - Math.max(0, -position)));
        asked[place.systemIndex] += Math.max(0, at('placeOverspend'));
        drawn[place.systemIndex] += at('placeReserveDrawn');
      }
      for (let system = 0; system < model.systems.length; system++) largest = Math.max(largest, drawn[system] - asked[system]);
    }
  }
  return largest;
}
