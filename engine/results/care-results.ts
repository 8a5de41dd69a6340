import type { CompiledModel } from '../model/compiled-model.ts';
import { CARE_METRICS, type CareMetric } from '../model/care/care-metrics.ts';
import { careColumnOf } from '../montecarlo/column-layout.ts';
import type { TrialBlock } from '../montecarlo/trial-block.ts';
import { extractColumn, summaryStatistics } from './summary-statistics.ts';
import type { CareServiceYearResult, SummaryStatistics } from './run-results.ts';

/** Each care service's figures per year across trials: cost by payer, what the boundary shifts moved, unmet need. */
export function careServiceResults(model: CompiledModel, block: TrialBlock): CareServiceYearResult[] {
  const trials = block.trialCount;
  const results: CareServiceYearResult[] = [];
  for (const service of model.careServices) {
    for (let year = 0; year < model.years; year++) {
      const column = (metric: CareMetric) => extractColumn(block.values, block.columnCount, careColumnOf(model, service.careIndex, year, metric), trials);
      const unmet = column('careUnmetNeed');
      results.push({
        systemId: model.systems[service.systemIndex].id,
        serviceId: service.id,
        name: service.name,
        kind: service.kind,
        year,
        yearLabel: model.yearLabels[year],
        metrics: Object.fromEntries(CARE_METRICS.map((metric) => [metric, summaryStatistics(column(metric))])) as Record<CareMetric, SummaryStatistics>,
        probabilityUnmetNeed: trials > 0 ? unmet.reduce((count, value) => count + (value > 0 ? 1 : 0), 0) / trials : Number.NaN,
      });
    }
  }
  return results;
}

/** Largest |NHS + council + people − care cost| over every care service, year and trial, from each trial's row (£m). */
export function careAccountingCheck(model: CompiledModel, block: TrialBlock): number {
  let largest = 0;
  for (let trial = 0; trial < block.trialCount; trial++) {
    const row = trial * block.columnCount;
    for (const service of model.careServices) {
      for (let year = 0; year < model.years; year++) {
        const at = (metric: CareMetric) => block.values[row + careColumnOf(model, service.careIndex, year, metric)];
        largest = Math.max(largest, Math.abs(at('careNhsCost') + at('careCouncilCost') + at('carePeopleCost') - at('careTotalCost')));
      }
    }
  }
  return largest;
}
