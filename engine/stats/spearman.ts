import { pearson } from './pearson.ts';
import { rank } from './rank.ts';

/**
 * Spearman's rank correlation coefficient of two paired samples.
 *
 * Method: Pearson's correlation of the average ranks ({@link rank}, ties averaged), which
 * is exact with ties, unlike the 1 − 6Σd²/(n(n² − 1)) shortcut (as R's
 * `cor(method = "spearman")`). NaN when either sample is constant, as {@link pearson}.
 * Cost: O(n log n) time, O(n) memory; the inputs are not modified.
 *
 * @param x first sample, without NaN.
 * @param y second sample, the same length, without NaN.
 * @returns rho in [−1, 1], or NaN when x or y is constant.
 * @throws {RangeError} if the lengths differ, there are fewer than two pairs, or a value is NaN.
 * @example
 * spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]); // 0.8207826816681233 (R: cor(…, method = "spearman"))
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (y.length !== x.length) throw new RangeError(`spearman needs samples of equal length, got ${x.length} and ${y.length}`);
  if (x.length < 2) throw new RangeError('spearman needs at least two pairs');
  return pearson(rank(x), rank(y));
}
