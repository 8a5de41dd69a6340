/**
 * The arithmetic mean of a sample.
 *
 * Method: Neumaier's compensated summation (A. Neumaier, ZAMM 54 (1974) 39–51), so the
 * rounding error does not grow with the number of values; then divides by the count.
 * NaN values propagate to the result. Cost: O(n), no allocation; the input is not modified.
 *
 * @param values the sample.
 * @returns the mean.
 * @throws {RangeError} if there are no values.
 * @example
 * mean([1, 2, 3, 4]); // 2.5
 */
export function mean(values: ArrayLike<number>): number {
  const count = values.length;
  if (count === 0) throw new RangeError('mean needs at least one value');
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < count; i++) {
    const value = values[i];
    const total = sum + value;
    // Recover the low-order bits lost in sum + value from whichever operand was larger.
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - total + value : value - total + sum;
    sum = total;
  }
  return (sum + compensation) / count;
}
