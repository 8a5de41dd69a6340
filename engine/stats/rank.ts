/**
 * The 1-based ranks of a sample, ties given the average of the ranks they span (R's
 * `rank(ties.method = "average")`, the ranks Spearman's correlation needs).
 *
 * Method: sorts the indices by value (stable typed-array sort of a Uint32Array with a
 * comparator), then walks each run of equal values and gives every member the mean of
 * the run's positions. Cost: O(n log n) time, O(n) memory; the input is not modified.
 *
 * @param values the sample, without NaN (±Infinity are fine).
 * @returns ranks in input order, from 1 to n.
 * @throws {RangeError} if a value is NaN (its rank would be meaningless).
 * @example
 * rank([10, 20, 10, 30]); // Float64Array [1.5, 3, 1.5, 4] (R: rank(c(10, 20, 10, 30)))
 */
export function rank(values: ArrayLike<number>): Float64Array {
  const count = values.length;
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    if (Number.isNaN(values[i])) throw new RangeError(`rank needs values without NaN (index ${i} is NaN)`);
    order[i] = i;
  }
  // Compare rather than subtract: ∞ − ∞ would be NaN.
  order.sort((left, right) => (values[left] < values[right] ? -1 : values[left] > values[right] ? 1 : 0));
  const ranks = new Float64Array(count);
  let runStart = 0;
  while (runStart < count) {
    let runEnd = runStart + 1;
    while (runEnd < count && values[order[runEnd]] === values[order[runStart]]) runEnd++;
    // Positions runStart … runEnd − 1 (0-based) have 1-based ranks runStart + 1 … runEnd.
    const averageRank = (runStart + 1 + runEnd) / 2;
    for (let position = runStart; position < runEnd; position++) ranks[order[position]] = averageRank;
    runStart = runEnd;
  }
  return ranks;
}
