import { describe, expect, it } from 'vitest';
import { quantiles } from '../../../engine/stats/quantiles.ts';

describe('quantiles', () => {
  it('quantiles([4, 1, 3, 2], [0.3, 0.5]) is [1.9, 2.5] (R: quantile(c(4, 1, 3, 2), c(0.3, 0.5)))', () => {
    const [thirtieth, median] = quantiles([4, 1, 3, 2], [0.3, 0.5]);
    expect(thirtieth).toBeCloseTo(1.9, 15);
    expect(median).toBe(2.5);
  });

  it('sorts numerically, not as strings ([10, 9, 100] has median 10, not 100)', () => {
    expect(quantiles([10, 9, 100], [0.5])).toEqual([10]);
  });

  it('does not modify its input', () => {
    const values = new Float64Array([3, 1, 2]);
    quantiles(values, [0.5]);
    expect(Array.from(values)).toEqual([3, 1, 2]);
  });

  it('throws a RangeError for an empty sample, a NaN value or a probability outside [0, 1]', () => {
    expect(() => quantiles([], [0.5])).toThrow(new RangeError('quantiles needs at least one value'));
    expect(() => quantiles([1, Number.NaN], [0.5])).toThrow(new RangeError('quantiles needs values without NaN (index 1 is NaN)'));
    expect(() => quantiles([1, 2], [2])).toThrow(new RangeError('quantileSorted needs 0 <= p <= 1, got 2'));
  });
});
