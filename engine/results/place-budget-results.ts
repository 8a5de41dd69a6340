import type { CompiledModel } from '../model/compiled-model.ts';
import { PLACE_METRICS, type PlaceMetric } from '../model/places/place-metrics.ts';
import { placeColumnOf } from '../montecarlo/column-layout.ts';
import type { TrialBlock } from '../montecarlo/trial-block.ts';
import { columnShare, columnStatistics } from './column-reading.ts';
import type { PlaceBudgetYearResult, SummaryStatistics } from './run-results.ts';
import type { CentralCase } from './central-case.ts';

/** Each budget-holding place's figures per year across trials: budget, spend, what the reserve met, what was cut, and its position. */
export function placeBudgetResults(model: CompiledModel, block: TrialBlock, central: CentralCase): PlaceBudgetYearResult[] {
  const results: PlaceBudgetYearResult[] = [];
  for (const place of model.placeBudgets) {
    for (let year = 0; year < model.years; year++) {
      const column = (metric: PlaceMetric) => placeColumnOf(model, place.placeBudgetIndex, year, metric);
      results.push({
        systemId: model.systems[place.systemIndex].id,
        placeId: place.id,
        name: place.name,
        overspend: place.overspend,
        careServiceIds: place.careServices.map((careIndex) => model.careServices[careIndex].id),
        contractIds: place.contracts.map((organisation) => model.organisations[organisation].id),
        cutServiceIds: place.cuts.map((careIndex) => model.careServices[careIndex].id),
        year,
        yearLabel: model.yearLabels[year],
        metrics: Object.fromEntries(PLACE_METRICS.map((metric) => [metric, columnStatistics(block, column(metric))])) as Record<PlaceMetric, SummaryStatistics>,
        probabilityPlaceOverspend: block.trialCount > 0 ? columnShare(block, column('placeOverspend'), 'paid') : Number.NaN,
        probabilityPlaceUnfunded: block.trialCount > 0 ? columnShare(block, column('placeUnfunded'), 'paid') : Number.NaN,
        central: central.places[place.placeBudgetIndex][year],
      });
    }
  }
  return results;
}
