import type { CompiledModel } from '../model/compiled-model.ts';
import { waitingListsOf } from '../model/beds/compile-waiting-list.ts';
import { WAITING_LIST_METRICS, type WaitingListMetric } from '../model/beds/waiting-list-metrics.ts';
import { waitingListColumnOf } from '../montecarlo/column-layout.ts';
import { type TrialBlock } from '../montecarlo/trial-block.ts';
import { columnStatistics, pairedDifference } from './column-reading.ts';
import { extractColumn } from './summary-statistics.ts';
import type { SummaryStatistics } from './run-results.ts';

/** Differences smaller than this (a thousandth of a patient) count as ties. */
const TIE = 1e-9;

/** A waiting-list figure of one trust in one year, in both scenarios and their trial-by-trial difference. */
export interface WaitingListComparisonRow {
  readonly entityId: string;
  readonly entityName: string;
  readonly year: number;
  readonly yearLabel: string;
  readonly metric: WaitingListMetric;
  readonly baseline: SummaryStatistics;
  readonly alternative: SummaryStatistics;
  readonly difference: SummaryStatistics;
  readonly probabilityAlternativeHigher: number;
  readonly probabilityAlternativeLower: number;
}

/** Every waiting-list figure of the trusts with a list in both scenarios (matched by organisation id), trial by trial on common random numbers. */
export function compareWaitingLists(baseline: { model: CompiledModel; block: TrialBlock }, alternative: { model: CompiledModel; block: TrialBlock }): WaitingListComparisonRow[] {
  const trials = baseline.block.trialCount;
  const rows: WaitingListComparisonRow[] = [];
  const others = waitingListsOf(alternative.model.bedTrusts);
  for (const trust of waitingListsOf(baseline.model.bedTrusts)) {
    const id = baseline.model.organisations[trust.organisation].id;
    const other = others.find((candidate) => alternative.model.organisations[candidate.organisation].id === id);
    if (!other) continue;
    for (let year = 0; year < baseline.model.years; year++) {
      for (const metric of WAITING_LIST_METRICS) {
        const aColumn = waitingListColumnOf(baseline.model, trust.waitingList.listIndex, year, metric);
        const bColumn = waitingListColumnOf(alternative.model, other.waitingList.listIndex, year, metric);
        const a = extractColumn(baseline.block.values, baseline.block.columnCount, aColumn, trials);
        const b = extractColumn(alternative.block.values, alternative.block.columnCount, bColumn, trials);
        const difference = b.map((value, trial) => value - a[trial]);
        const sides = { baseline: columnStatistics(baseline.block, aColumn), alternative: columnStatistics(alternative.block, bColumn) };
        rows.push({
          entityId: id,
          entityName: baseline.model.organisations[trust.organisation].name,
          year,
          yearLabel: baseline.model.yearLabels[year],
          metric,
          ...sides,
          difference: pairedDifference(baseline.block, difference, sides),
          probabilityAlternativeHigher: difference.reduce((count, value) => count + (value > TIE ? 1 : 0), 0) / trials,
          probabilityAlternativeLower: difference.reduce((count, value) => count + (value < -TIE ? 1 : 0), 0) / trials,
        });
      }
    }
  }
  return rows;
}
