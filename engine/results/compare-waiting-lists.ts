import type { CompiledModel } from '../model/compiled-model.ts';
import { waitingListsOf } from '../model/beds/compile-waiting-list.ts';
import { WAITING_LIST_METRICS, type WaitingListMetric } from '../model/beds/waiting-list-metrics.ts';
import { waitingListColumnOf } from '../montecarlo/column-layout.ts';
import { type TrialBlock } from '../montecarlo/trial-block.ts';
import { pairColumns, type PairedFigure } from './paired-figure.ts';

/** A waiting-list figure of one trust in one year, in both scenarios and their trial-by-trial difference. */
export interface WaitingListComparisonRow extends PairedFigure {
  readonly entityId: string;
  readonly entityName: string;
  readonly year: number;
  readonly yearLabel: string;
  readonly metric: WaitingListMetric;
}

/**
 * Every waiting-list figure of the trusts with a list in both scenarios
 * (matched by organisation id), in each of the first `years` years (the
 * horizon both runs cover), trial by trial on common random numbers, paired
 * as every comparison pairs them ({@link pairColumns}).
 * @example
 * compareWaitingLists(baseline, alternative, 3).find((row) => row.metric === 'listEnd')?.difference.mean
 */
export function compareWaitingLists(baseline: { model: CompiledModel; block: TrialBlock }, alternative: { model: CompiledModel; block: TrialBlock }, years: number): WaitingListComparisonRow[] {
  const rows: WaitingListComparisonRow[] = [];
  const others = waitingListsOf(alternative.model.bedTrusts);
  for (const trust of waitingListsOf(baseline.model.bedTrusts)) {
    const id = baseline.model.organisations[trust.organisation].id;
    const other = others.find((candidate) => alternative.model.organisations[candidate.organisation].id === id);
    if (!other) continue;
    for (let year = 0; year < years; year++) {
      for (const metric of WAITING_LIST_METRICS) {
        rows.push({
          entityId: id,
          entityName: baseline.model.organisations[trust.organisation].name,
          year,
          yearLabel: baseline.model.yearLabels[year],
          metric,
          ...pairColumns(
            baseline.block,
            alternative.block,
            waitingListColumnOf(baseline.model, trust.waitingList.listIndex, year, metric),
            waitingListColumnOf(alternative.model, other.waitingList.listIndex, year, metric),
          ),
        });
      }
    }
  }
  return rows;
}
