import { variance } from './variance.ts';

/**
 * The sample standard deviation: the square root of the n − 1 sample variance, as R's `sd`.
 *
 * Method: √{@link variance} (corrected two-pass). Cost: O(n); the input is not modified.
 *
 * @param values the sample, at least two values.
 * @returns the sample standard deviation.
 * @throws {RangeError} if there are fewer than two values.
 * @example
 * standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]); // 2.138089935299395 (= √(32/7))
 */
export function standardDeviation(values: ArrayLike<number>): number {
  if (values.length < 2) throw new RangeError('standardDeviation needs at least two values');
  return Math.sqrt(variance(values));
}
