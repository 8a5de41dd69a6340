import { addExact, carryExactSums, createExactSums, DIGITS, exactSumValue, mergeExactSums, type ExactSums } from '../stats/exact-sums.ts';

/** A value counts as paid (an incentive, a fund payment) above this, as the results read a payment. */
export const PAID_TOLERANCE = 1e-9;

/**
 * What a long run keeps of every trial for each column of its rows, however
 * many trials it has: the exact sum and sum of squares (see
 * {@link ExactSums}), the least and greatest value, and how many values were
 * above 0 and above {@link PAID_TOLERANCE}. From these come every mean,
 * standard deviation, minimum, maximum and share of trials the results
 * report, over all trials; parts from chunks merge exactly in any order.
 * Plain typed arrays, so a part crosses worker threads by structured clone.
 */
export interface ColumnMoments {
  readonly columnCount: number;
  /** Trials counted. */
  trials: number;
  readonly sums: ExactSums;
  readonly squares: ExactSums;
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly positive: Float64Array;
  readonly aboveTolerance: Float64Array;
}

/** Bytes one column's moments take: two exact sums and four counters. */
export const MOMENT_BYTES_PER_COLUMN = (2 * DIGITS + 4) * 8;

/** Moments of `columnCount` columns over no trials. */
export function createColumnMoments(columnCount: number): ColumnMoments {
  return {
    columnCount,
    trials: 0,
    sums: createExactSums(columnCount),
    squares: createExactSums(columnCount),
    min: new Float64Array(columnCount).fill(Number.POSITIVE_INFINITY),
    max: new Float64Array(columnCount).fill(Number.NEGATIVE_INFINITY),
    positive: new Float64Array(columnCount),
    aboveTolerance: new Float64Array(columnCount),
  };
}

/** Counts one trial's row, `row[offset .. offset + columnCount)`. */
export function addTrialRow(moments: ColumnMoments, row: Float64Array, offset: number): void {
  const { columnCount, sums, squares, min, max, positive, aboveTolerance } = moments;
  for (let column = 0; column < columnCount; column++) {
    const value = row[offset + column];
    addExact(sums, column, value);
    addExact(squares, column, value * value);
    if (value < min[column]) min[column] = value;
    if (value > max[column]) max[column] = value;
    if (value > 0) positive[column]++;
    if (value > PAID_TOLERANCE) aboveTolerance[column]++;
  }
  moments.trials++;
}

/**
 * Adds the trials counted in `from` to `into`; the result is the same whatever the order of merging.
 * @throws RangeError when the two count different columns
 */
export function mergeColumnMoments(into: ColumnMoments, from: ColumnMoments): void {
  if (into.columnCount !== from.columnCount) throw new RangeError(`mergeColumnMoments: ${from.columnCount} columns cannot be added to ${into.columnCount}`);
  mergeExactSums(into.sums, from.sums);
  mergeExactSums(into.squares, from.squares);
  for (let column = 0; column < into.columnCount; column++) {
    into.min[column] = Math.min(into.min[column], from.min[column]);
    into.max[column] = Math.max(into.max[column], from.max[column]);
    into.positive[column] += from.positive[column];
    into.aboveTolerance[column] += from.aboveTolerance[column];
  }
  into.trials += from.trials;
}

/** Carries the exact sums to their canonical form (before sending a part to another thread, so it is small to check). */
export function settleColumnMoments(moments: ColumnMoments): void {
  carryExactSums(moments.sums);
  carryExactSums(moments.squares);
}

/** Mean of a column over every trial counted: its exact sum, rounded once, over the count. */
export function momentMean(moments: ColumnMoments, column: number): number {
  return exactSumValue(moments.sums, column) / moments.trials;
}

/**
 * Sample standard deviation of a column over every trial counted (0 for one
 * trial or a column that never varied): √((Σx² − (Σx)²/n) / (n − 1)) from the
 * exact sums, each rounded once, so its relative error is about 10^−16 ×
 * (mean² / variance): for a column whose spread is a thousandth of its mean,
 * about 10^−10 of the standard deviation.
 */
export function momentStandardDeviation(moments: ColumnMoments, column: number): number {
  const n = moments.trials;
  if (n < 2 || moments.min[column] === moments.max[column]) return 0;
  const sum = exactSumValue(moments.sums, column);
  const squares = exactSumValue(moments.squares, column);
  return Math.sqrt(Math.max(0, (squares - (sum * sum) / n) / (n - 1)));
}
