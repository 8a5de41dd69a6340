/**
 * The expected shortfall of a sample at level alpha: the mean of its worst
 * ⌈alpha·n⌉ values, where worst means LOWEST, because in this model a larger value is
 * better (a surplus against a control total, spare beds). E.g. alpha = 0.05 over 10,000
 * trials averages the 500 lowest outcomes: "in the worst 5% of futures, on average …".
 *
 * Method: sorts a Float64Array copy and averages its first k = ⌈alpha·n⌉ values (at
 * least one). When alpha·n is within 1e-9 of a whole number it is taken as that
 * number, so that floating-point products such as 0.1 × 30 = 3.0000000000000004 count
 * 3 values, not 4. This is the empirical expected shortfall of Acerbi & Tasche,
 * "On the coherence of expected shortfall", J. Banking & Finance 26 (2002), for whole
 * observations. Cost: O(n log n) time, O(n) memory; the input is not modified.
 *
 * @param values the sample, without NaN.
 * @param alpha the tail fraction, in (0, 1].
 * @returns the mean of the ⌈alpha·n⌉ lowest values.
 * @throws {RangeError} if the sample is empty or holds NaN, or alpha is not in (0, 1].
 * @example
 * expectedShortfall([5, -3, 2, -10, 7, 1, 0, 4, -1, 6], 0.2); // -6.5 (mean of -10 and -3)
 */
export function expectedShortfall(values: ArrayLike<number>, alpha: number): number {
  const count = values.length;
  if (count === 0) throw new RangeError('expectedShortfall needs at least one value');
  if (!(alpha > 0 && alpha <= 1)) throw new RangeError(`expectedShortfall needs 0 < alpha <= 1, got ${alpha}`);
  const sorted = Float64Array.from(values);
  for (let i = 0; i < count; i++) {
    if (Number.isNaN(sorted[i])) throw new RangeError(`expectedShortfall needs values without NaN (index ${i} is NaN)`);
  }
  sorted.sort();
  const tailSize = alpha * count;
  const nearestWhole = Math.round(tailSize);
  const worstCount = Math.max(1, Math.abs(tailSize - nearestWhole) <= 1e-9 ? nearestWhole : Math.ceil(tailSize));
  let sum = 0;
  for (let i = 0; i < worstCount; i++) sum += sorted[i];
  return sum / worstCount;
}
