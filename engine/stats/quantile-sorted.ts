/**
 * The p-quantile of a sample already sorted in ascending order.
 *
 * Method: Hyndman & Fan's type 7 (R's default `quantile(type = 7)`, numpy's
 * `method='linear'`): with h = (n − 1)·p, linear interpolation between the values at
 * 0-based positions ⌊h⌋ and ⌊h⌋ + 1. The order is not checked (that would cost O(n));
 * an unsorted input gives a meaningless answer. Cost: O(1); the input is not modified.
 *
 * @param sorted the sample in ascending order, without NaN.
 * @param p probability in [0, 1].
 * @returns the interpolated quantile; p = 0 and p = 1 give the minimum and maximum.
 * @throws {RangeError} if the sample is empty or p is NaN or outside [0, 1].
 * @example
 * quantileSorted([1, 2, 3, 4], 0.3); // 1.9 (R: quantile(c(1, 2, 3, 4), 0.3, type = 7))
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const count = sorted.length;
  if (count === 0) throw new RangeError('quantileSorted needs at least one value');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileSorted needs 0 <= p <= 1, got ${p}`);
  const position = (count - 1) * p;
  const below = Math.floor(position);
  const fraction = position - below;
  // Without this early return, infinite values would give ∞ − ∞ = NaN at an exact position.
  if (fraction === 0) return sorted[below];
  return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}
