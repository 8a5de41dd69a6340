import type { TrialBlock } from '../montecarlo/trial-block.ts';
import { columnStatistics, pairedDifference } from './column-reading.ts';
import type { SummaryStatistics } from './run-results.ts';
import { extractColumn } from './summary-statistics.ts';

/** Differences smaller than this (£1k, or a thousandth of a patient) count as ties. */
const TIE = 1e-9;

/** One figure in two runs on the same trials: each side's statistics and those of their trial-by-trial difference. */
export interface PairedFigure {
  readonly baseline: SummaryStatistics;
  readonly alternative: SummaryStatistics;
  /** Statistics of (alternative − baseline) trial by trial, on common random numbers. */
  readonly difference: SummaryStatistics;
  /** Share of trials in which the alternative is higher (better, for money), and lower; the rest are ties (within 1e-9). */
  readonly probabilityAlternativeHigher: number;
  readonly probabilityAlternativeLower: number;
}

/**
 * Pairs one figure's trials in two runs of the same seed and trials: trial t
 * of the baseline with trial t of the alternative, the way every comparison
 * pairs them. `sides` are each run's statistics of the figure (from every
 * trial in a long run, see column-reading.ts); `baselineTrials` and
 * `alternativeTrials` the figure in each kept row. Cost O(trials log trials)
 * for the quantiles.
 * @throws RangeError when the two sides hold different numbers of trials
 * @example
 * // baseline 100, 120, 110, 130 and alternative 90, 125, 100, 110: difference −10, 5, −10, −20
 * pairTrials(block, baselineTrials, alternativeTrials, sides).difference.mean // −8.75
 */
export function pairTrials(
  baselineBlock: TrialBlock,
  baselineTrials: Float64Array,
  alternativeTrials: Float64Array,
  sides: { readonly baseline: SummaryStatistics; readonly alternative: SummaryStatistics },
): PairedFigure {
  const trials = baselineTrials.length;
  if (alternativeTrials.length !== trials) throw new RangeError(`pairTrials: the baseline has ${trials} trials and the alternative ${alternativeTrials.length}`);
  const difference = new Float64Array(trials);
  let higher = 0;
  let lower = 0;
  for (let trial = 0; trial < trials; trial++) {
    difference[trial] = alternativeTrials[trial] - baselineTrials[trial];
    if (difference[trial] > TIE) higher++;
    else if (difference[trial] < -TIE) lower++;
  }
  return {
    baseline: sides.baseline,
    alternative: sides.alternative,
    difference: pairedDifference(baselineBlock, difference, sides),
    probabilityAlternativeHigher: higher / trials,
    probabilityAlternativeLower: lower / trials,
  };
}

/**
 * {@link pairTrials} of one column of each run's trials (the column of the same
 * figure, which may sit at another index in each run's layout).
 * @example
 * pairColumns(baseline.block, alternative.block, bedColumnOf(baseline.model, 0, 0, 'occupancy'), bedColumnOf(alternative.model, 0, 0, 'occupancy'))
 */
export function pairColumns(baseline: TrialBlock, alternative: TrialBlock, baselineColumn: number, alternativeColumn: number): PairedFigure {
  const sides = { baseline: columnStatistics(baseline, baselineColumn), alternative: columnStatistics(alternative, alternativeColumn) };
  const trialsOf = (block: TrialBlock, column: number) => extractColumn(block.values, block.columnCount, column, baseline.trialCount);
  return pairTrials(baseline, trialsOf(baseline, baselineColumn), trialsOf(alternative, alternativeColumn), sides);
}
