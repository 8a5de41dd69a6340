import type { CompiledModel } from '../model/compiled-model.ts';
import { CARE_METRICS, type CareMetric } from '../model/care/care-metrics.ts';
import { POOL_METRICS, POOL_PARTNER_METRICS, type PoolMetric, type PoolPartnerMetric } from '../model/care/pool-metrics.ts';
import { careColumnOf, poolColumnOf, poolPartnerColumnOf } from '../montecarlo/column-layout.ts';
import type { TrialBlock } from '../montecarlo/trial-block.ts';
import { columnShare, columnStatistics } from './column-reading.ts';
import type { CentralCase } from './central-case.ts';
import type { CareServiceYearResult, PooledBudgetYearResult, SummaryStatistics } from './run-results.ts';

/** Each care service's figures per year across trials: cost by payer, what the boundary shifts moved, unmet need. */
export function careServiceResults(model: CompiledModel, block: TrialBlock, central: CentralCase): CareServiceYearResult[] {
  const trials = block.trialCount;
  const results: CareServiceYearResult[] = [];
  for (const service of model.careServices) {
    for (let year = 0; year < model.years; year++) {
      const column = (metric: CareMetric) => careColumnOf(model, service.careIndex, year, metric);
      results.push({
        systemId: model.systems[service.systemIndex].id,
        serviceId: service.id,
        name: service.name,
        kind: service.kind,
        year,
        yearLabel: model.yearLabels[year],
        metrics: Object.fromEntries(CARE_METRICS.map((metric) => [metric, columnStatistics(block, column(metric))])) as Record<CareMetric, SummaryStatistics>,
        probabilityUnmetNeed: trials > 0 ? columnShare(block, column('careUnmetNeed'), 'positive') : Number.NaN,
        central: central.care[service.careIndex][year],
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

/** Each pooled budget's figures per year across trials, with each partner's contribution, share of the overspend and net cost. */
export function pooledBudgetResults(model: CompiledModel, block: TrialBlock, central: CentralCase): PooledBudgetYearResult[] {
  const trials = block.trialCount;
  const results: PooledBudgetYearResult[] = [];
  for (const pool of model.pools) {
    for (let year = 0; year < model.years; year++) {
      const column = (metric: PoolMetric) => poolColumnOf(model, pool.poolIndex, year, metric);
      results.push({
        systemId: model.systems[pool.systemIndex].id,
        poolId: pool.id,
        name: pool.name,
        hostId: model.organisations[pool.host].id,
        rule: pool.rule,
        year,
        yearLabel: model.yearLabels[year],
        metrics: Object.fromEntries(POOL_METRICS.map((metric) => [metric, columnStatistics(block, column(metric))])) as Record<PoolMetric, SummaryStatistics>,
        probabilityOverspend: trials > 0 ? columnShare(block, column('poolOverspend'), 'paid') : Number.NaN,
        central: central.pools[pool.poolIndex][year],
        partners: pool.partners.map((partner, index) => ({
          organisationId: model.organisations[partner.organisation].id,
          metrics: Object.fromEntries(POOL_PARTNER_METRICS.map((metric) => [metric, columnStatistics(block, poolPartnerColumnOf(model, pool.firstPartner + index, year, metric))])) as Record<
            PoolPartnerMetric,
            SummaryStatistics
          >,
        })),
      });
    }
  }
  return results;
}

/** Largest |Σ partners' net cost − pool spend| over every pooled budget, year and trial (£m): the pool neither makes nor loses money. */
export function poolAccountingCheck(model: CompiledModel, block: TrialBlock): number {
  let largest = 0;
  for (let trial = 0; trial < block.trialCount; trial++) {
    const row = trial * block.columnCount;
    for (const pool of model.pools) {
      for (let year = 0; year < model.years; year++) {
        let netCost = 0;
        for (let index = 0; index < pool.partners.length; index++) netCost += block.values[row + poolPartnerColumnOf(model, pool.firstPartner + index, year, 'partnerNetCost')];
        largest = Math.max(largest, Math.abs(netCost - block.values[row + poolColumnOf(model, pool.poolIndex, year, 'poolSpend')]));
      }
    }
  }
  return largest;
}
