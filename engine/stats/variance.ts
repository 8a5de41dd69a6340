import { mean } from './mean.ts';

/**
 * The sample variance, with the n − 1 (Bessel) denominator, as R's `var` and numpy's
 * `var(ddof=1)`.
 *
 * Method: the corrected two-pass algorithm (Chan, Golub & LeVeque, "Algorithms for
 * computing the sample variance", Am. Stat. 37 (1983) 242–247): deviations from the
 * compensated mean, minus the square of their sum over n, which cancels most of the
 * error in the mean. Never negative. Cost: O(n), two passes, no allocation; the input
 * is not modified.
 *
 * @param values the sample, at least two values.
 * @returns the sample variance.
 * @throws {RangeError} if there are fewer than two values.
 * @example
 * variance([1, 2, 3, 4]); // 1.6666666666666667 (R: var(c(1, 2, 3, 4)) = 5/3)
 */
export function variance(values: ArrayLike<number>): number {
  const count = values.length;
  if (count < 2) throw new RangeError('variance needs at least two values');
  const centre = mean(values);
  let sumOfSquares = 0;
  let sumOfDeviations = 0;
  for (let i = 0; i < count; i++) {
    const deviation = values[i] - centre;
    sumOfSquares += deviation * deviation;
    sumOfDeviations += deviation;
  }
  return Math.max(0, (sumOfSquares - (sumOfDeviations * sumOfDeviations) / count) / (count - 1));
}
