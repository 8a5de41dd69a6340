import { describe, expect, it } from 'vitest';
import { addExact, createExactSums, exactSumValue, mergeExactSums } from '../../../engine/stats/exact-sums.ts';
import { createKeyedStream, inputStreamKey } from '../../../engine/random/keyed-stream.ts';

const sumOf = (values: readonly number[]) => {
  const sums = createExactSums(1);
  for (const value of values) addExact(sums, 0, value);
  return exactSumValue(sums, 0);
};

describe('exact sums', () => {
  it('add 1e300 + 1 − 1e300 to 1, which floating-point addition loses', () => {
    expect(1e300 + 1 - 1e300).toBe(0);
    expect(sumOf([1e300, 1, -1e300])).toBe(1);
  });

  it('add the doubles 0.1 + 0.2 − 0.3 to their exact sum, 2^−55 (Python: float(Fraction(0.1) + Fraction(0.2) − Fraction(0.3)))', () => {
    expect(sumOf([0.1, 0.2, -0.3])).toBe(2.7755575615628914e-17);
  });

  it('carry negative sums and subnormal values: 5e−324 − 3 × 5e−324 is −1e−323', () => {
    expect(sumOf([5e-324, -5e-324, -5e-324, -5e-324])).toBe(-1e-323);
    expect(sumOf([-2.5, 0.25])).toBe(-2.25);
  });

  it('give the same double however the values are ordered, split and merged', () => {
    const stream = createKeyedStream(11);
    stream.start(0, inputStreamKey('exact-sums.test'));
    const values = Array.from({ length: 300_000 }, () => (stream.next() - 0.4) * 10 ** Math.floor(stream.next() * 12 - 6));
    const forwards = sumOf(values);
    const parts = Array.from({ length: 7 }, () => createExactSums(1));
    for (let i = values.length - 1; i >= 0; i--) addExact(parts[(i * 31) % 7], 0, values[i]);
    const merged = createExactSums(1);
    for (const part of [parts[3], parts[0], parts[6], parts[1], parts[5], parts[2], parts[4]]) mergeExactSums(merged, part);
    expect(exactSumValue(merged, 0)).toBe(forwards);
    // The exact sum, read as a double, is within a few units in the last place of a compensated sum.
    let sum = 0;
    let compensation = 0;
    for (const value of values) {
      const total = sum + value;
      compensation += Math.abs(sum) >= Math.abs(value) ? sum - total + value : value - total + sum;
      sum = total;
    }
    expect(Math.abs(forwards - (sum + compensation))).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(forwards));
  });

  it('keep each slot apart', () => {
    const sums = createExactSums(2);
    addExact(sums, 0, 3);
    addExact(sums, 1, -4);
    addExact(sums, 0, 0.5);
    expect([exactSumValue(sums, 0), exactSumValue(sums, 1)]).toEqual([3.5, -4]);
  });

  it('refuse infinite and NaN values, and merging sums of another size', () => {
    expect(() => addExact(createExactSums(1), 0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => addExact(createExactSums(1), 0, Number.NaN)).toThrow(RangeError);
    expect(() => mergeExactSums(createExactSums(1), createExactSums(2))).toThrow(RangeError);
  });
});
