// Two runs' waiting lists compared trial by trial, on a block of four trials written by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../engine/model/compile-model.ts';
import { waitingListsOf } from '../../../engine/model/beds/compile-waiting-list.ts';
import { WAITING_LIST_METRICS, type WaitingListMetric } from '../../../engine/model/beds/waiting-list-metrics.ts';
import { columnCount, waitingListColumnOf } from '../../../engine/montecarlo/column-layout.ts';
import type { TrialBlock } from '../../../engine/montecarlo/trial-block.ts';
import { compareWaitingLists } from '../../../engine/results/compare-waiting-lists.ts';
import { pairTrials } from '../../../engine/results/paired-figure.ts';
import { summaryStatistics } from '../../../engine/results/summary-statistics.ts';
import { parseScenarioText } from '../../../engine/scenario/parse-scenario-text.ts';

const text = parseScenarioText(readFileSync(join(import.meta.dirname, '../../../scenarios/bed-cuts.yaml'), 'utf8'));
if (!text.ok) throw new Error('bed-cuts.yaml does not parse');
const model = compileModel(text.document);
const firstList = waitingListsOf(model.bedTrusts)[0];
const firstTrust = model.organisations[firstList.organisation];

/** Four trials of zeros but for the given figures of the first trust's list in the first year. */
function block(figures: Partial<Record<WaitingListMetric, readonly number[]>>): TrialBlock {
  const columns = columnCount(model);
  const values = new Float64Array(4 * columns);
  for (const [metric, trials] of Object.entries(figures)) {
    const column = waitingListColumnOf(model, firstList.waitingList.listIndex, 0, metric as WaitingListMetric);
    trials.forEach((value, trial) => (values[trial * columns + column] = value));
  }
  return { firstTrial: 0, trialCount: 4, columnCount: columns, values, inputCount: 0, inputs: new Float64Array(0), fan: new Uint32Array(0) };
}

describe('compareWaitingLists', () => {
  // The list at the year end: 100, 120, 110, 130 patients under the baseline, 90, 125, 100, 110 under the alternative.
  const baseline = { model, block: block({ listEnd: [100, 120, 110, 130], medianWeeks: [10, 12, 11, 13] }) };
  const alternative = { model, block: block({ listEnd: [90, 125, 100, 110], medianWeeks: [10, 12, 11, 13 + 1e-12] }) };
  const rows = compareWaitingLists(baseline, alternative, 1);
  const row = (metric: WaitingListMetric) => rows.find((candidate) => candidate.entityId === firstTrust.id && candidate.year === 0 && candidate.metric === metric)!;

  it('pairs trial t with trial t: differences −10, +5, −10, −20 have mean −8.75 and sd √(318.75 ÷ 3)', () => {
    const { difference } = row('listEnd');
    expect(difference.mean).toBeCloseTo(-8.75, 12);
    // Deviations from −8.75: −1.25, 13.75, −1.25, −11.25; squares 1.5625 + 189.0625 + 1.5625 + 126.5625 = 318.75, over n − 1 = 3.
    expect(difference.sd).toBeCloseTo(Math.sqrt(318.75 / 3), 12);
  });

  it('reads quantiles type 7 of the sorted differences −20, −10, −10, 5: P5 −18.5, median −10, P95 2.75', () => {
    const { difference } = row('listEnd');
    // Type 7: h = (n − 1)p; P5: h = 0.15, −20 + 0.15 × 10; P95: h = 2.85, −10 + 0.85 × 15.
    expect(difference.p5).toBeCloseTo(-18.5, 12);
    expect(difference.p50).toBeCloseTo(-10, 12);
    expect(difference.p95).toBeCloseTo(2.75, 12);
    expect([difference.min, difference.max]).toEqual([-20, 5]);
  });

  it('keeps each side its own statistics: means 115 and 106.25', () => {
    expect(row('listEnd').baseline.mean).toBeCloseTo(115, 12);
    expect(row('listEnd').alternative.mean).toBeCloseTo(106.25, 12);
  });

  it('counts the alternative higher in 1 trial of 4 and lower in 3; a difference within 1e-9 is a tie', () => {
    expect(row('listEnd').probabilityAlternativeHigher).toBe(0.25);
    expect(row('listEnd').probabilityAlternativeLower).toBe(0.75);
    expect(row('medianWeeks').probabilityAlternativeHigher).toBe(0);
    expect(row('medianWeeks').probabilityAlternativeLower).toBe(0);
  });

  it('compares every figure of every trust with a list in both, in the years asked for only', () => {
    expect(rows).toHaveLength(waitingListsOf(model.bedTrusts).length * WAITING_LIST_METRICS.length);
    expect(new Set(rows.map((candidate) => candidate.year))).toEqual(new Set([0]));
    expect(compareWaitingLists(baseline, alternative, model.years)).toHaveLength(waitingListsOf(model.bedTrusts).length * WAITING_LIST_METRICS.length * model.years);
  });
});

describe('pairTrials', () => {
  it('refuses two sides with different numbers of trials', () => {
    const sides = { baseline: summaryStatistics(new Float64Array([1, 2])), alternative: summaryStatistics(new Float64Array([1, 2, 3])) };
    expect(() => pairTrials(block({}), new Float64Array([1, 2]), new Float64Array([1, 2, 3]), sides)).toThrow(new RangeError('pairTrials: the baseline has 2 trials and the alternative 3'));
  });
});
