import { mean } from './mean.ts';

/**
 * Pearson's product-moment correlation coefficient of two paired samples.
 *
 * Method: two passes — compensated means, then the sums of centred cross-products and
 * squares, r = Σdx·dy / √(Σdx²·Σdy²) — which avoids the cancellation of the one-pass
 * formula; the result is clamped to [−1, 1] against rounding. When either sample is
 * constant the correlation is undefined and NaN is returned, deliberately: callers that
 * rank inputs (e.g. a sensitivity analysis) test `Number.isFinite` and skip them.
 * Cost: O(n), no allocation; the inputs are not modified.
 *
 * @param x first sample.
 * @param y second sample, the same length.
 * @returns r in [−1, 1], or NaN when x or y has zero variance.
 * @throws {RangeError} if the lengths differ or there are fewer than two pairs.
 * @example
 * pearson([1, 2, 3, 4], [2, 4, 5, 9]); // 0.9647638212377321 (= 11/√130)
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const count = x.length;
  if (y.length !== count) throw new RangeError(`pearson needs samples of equal length, got ${count} and ${y.length}`);
  if (count < 2) throw new RangeError('pearson needs at least two pairs');
  const meanX = mean(x);
  const meanY = mean(y);
  let crossProducts = 0;
  let squaresX = 0;
  let squaresY = 0;
  for (let i = 0; i < count; i++) {
    const deviationX = x[i] - meanX;
    const deviationY = y[i] - meanY;
    crossProducts += deviationX * deviationY;
    squaresX += deviationX * deviationX;
    squaresY += deviationY * deviationY;
  }
  if (squaresX === 0 || squaresY === 0) return Number.NaN;
  return Math.max(-1, Math.min(1, crossProducts / Math.sqrt(squaresX * squaresY)));
}
