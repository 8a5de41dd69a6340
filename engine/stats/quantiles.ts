import { quantileSorted } from './quantile-sorted.ts';

/**
 * Several type-7 quantiles of an unsorted sample, sorting a copy once.
 *
 * Method: copies the values into a Float64Array (whose `sort()` is numeric, unlike a
 * plain array's), sorts it, and reads each probability with {@link quantileSorted}
 * (Hyndman & Fan type 7, R's default). Cost: O(n log n) time and O(n) memory, once for
 * all probabilities; the input is not modified.
 *
 * @param values the sample, in any order, without NaN.
 * @param probabilities each in [0, 1].
 * @returns one quantile per probability, in the same order.
 * @throws {RangeError} if the sample is empty or holds NaN, or a probability is NaN or
 *   outside [0, 1].
 * @example
 * quantiles([4, 1, 3, 2], [0.3, 0.5]); // [1.9, 2.5] (R: quantile(c(4, 1, 3, 2), c(0.3, 0.5)))
 */
export function quantiles(values: ArrayLike<number>, probabilities: ArrayLike<number>): number[] {
  if (values.length === 0) throw new RangeError('quantiles needs at least one value');
  const sorted = Float64Array.from(values);
  for (let i = 0; i < sorted.length; i++) {
    if (Number.isNaN(sorted[i])) throw new RangeError(`quantiles needs values without NaN (index ${i} is NaN)`);
  }
  sorted.sort();
  return Array.from(probabilities, (p) => quantileSorted(sorted, p));
}
