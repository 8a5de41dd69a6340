import type { CompiledModel } from '../model/compiled-model.ts';
import { waitingListsOf } from '../model/beds/compile-waiting-list.ts';
import { WAITING_LIST_METRICS, type WaitingListMetric } from '../model/beds/waiting-list-metrics.ts';
import { waitingListColumnOf, waitingListFanOffset } from '../montecarlo/column-layout.ts';
import { histogramQuantile } from '../montecarlo/log-histogram.ts';
import { trialsRun, type TrialBlock } from '../montecarlo/trial-block.ts';
import { columnStatistics } from './column-reading.ts';
import type { SummaryStatistics, WaitingListMonths, WaitingListYearResult } from './run-results.ts';
import type { CentralCase } from './central-case.ts';

/** Each trust's waiting list per year across trials, with the central case. */
export function waitingListResults(model: CompiledModel, block: TrialBlock, central: CentralCase): WaitingListYearResult[] {
  return waitingListsOf(model.bedTrusts).flatMap((trust) =>
    Array.from({ length: model.years }, (_, year) => {
      // From every trial's moments, and the reservoir's quantiles, in a long run (column-reading.ts).
      const column = (metric: WaitingListMetric) => columnStatistics(block, waitingListColumnOf(model, trust.waitingList.listIndex, year, metric));
      return {
        entityId: model.organisations[trust.organisation].id,
        year,
        yearLabel: model.yearLabels[year],
        metrics: Object.fromEntries(WAITING_LIST_METRICS.map((metric) => [metric, column(metric)])) as Record<WaitingListMetric, SummaryStatistics>,
        central: central.waitingLists[trust.waitingList.listIndex].years[year],
      };
    }),
  );
}

/** Each trust's waiting list month by month: quantiles of its size at each month's end across trials (a fan chart), and the central case's months. */
export function waitingListMonths(model: CompiledModel, block: TrialBlock, central: CentralCase): WaitingListMonths[] {
  return waitingListsOf(model.bedTrusts).map((trust) => {
    const { listIndex } = trust.waitingList;
    const quantile = (p: number) => Array.from({ length: model.monthCount }, (_, month) => histogramQuantile(block.fan, waitingListFanOffset(model, listIndex, month), trialsRun(block), p));
    return {
      entityId: model.organisations[trust.organisation].id,
      listSize: { p5: quantile(0.05), p10: quantile(0.1), p25: quantile(0.25), p50: quantile(0.5), p75: quantile(0.75), p90: quantile(0.9), p95: quantile(0.95) },
      central: central.waitingLists[listIndex].months,
    };
  });
}

/**
 * Largest |list at the start + referrals added − operations done − removed without
 * treatment − list at the end| over every waiting list, year and trial, from each
 * trial's row: the list's own accounting check (exactly 0 when it balances).
 */
export function waitingListAccountingCheck(model: CompiledModel, block: TrialBlock): number {
  let largest = 0;
  const lists = waitingListsOf(model.bedTrusts);
  for (let trial = 0; trial < block.trialCount; trial++) {
    const row = trial * block.columnCount;
    for (const trust of lists) {
      for (let year = 0; year < model.years; year++) {
        const at = (metric: WaitingListMetric) => block.values[row + waitingListColumnOf(model, trust.waitingList.listIndex, year, metric)];
        largest = Math.max(largest, Math.abs(at('listStart') + at('referralsAdded') - at('treated') - at('removedUntreated') - at('listEnd')));
      }
    }
  }
  return largest;
}
