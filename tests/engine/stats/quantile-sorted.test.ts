import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../../../engine/stats/quantile-sorted.ts';

describe('quantileSorted', () => {
  it('quantileSorted([1, 2, 3, 4], 0.3) is 1.9 (R: quantile(c(1, 2, 3, 4), 0.3, type = 7))', () => {
    // h = (4 − 1)·0.3 = 0.9: 1 + 0.9·(2 − 1).
    expect(quantileSorted([1, 2, 3, 4], 0.3)).toBeCloseTo(1.9, 15);
  });

  it('p = 0, ½ and 1 give the minimum, the median and the maximum', () => {
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
  });

  it('quantileSorted([10, 20, 30, 40, 50], 0.9) is 46 (numpy.quantile(…, 0.9), method="linear")', () => {
    // h = 4·0.9 = 3.6: 40 + 0.6·10.
    expect(quantileSorted(new Float64Array([10, 20, 30, 40, 50]), 0.9)).toBeCloseTo(46, 13);
  });

  it('a single value is every quantile, and infinite values at exact positions do not give NaN', () => {
    expect(quantileSorted([7], 0.25)).toBe(7);
    expect(quantileSorted([-Infinity, 0, Infinity], 0.5)).toBe(0);
  });

  it('throws a RangeError for an empty sample or p outside [0, 1]', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(new RangeError('quantileSorted needs at least one value'));
    expect(() => quantileSorted([1], -0.1)).toThrow(new RangeError('quantileSorted needs 0 <= p <= 1, got -0.1'));
    expect(() => quantileSorted([1], 1.1)).toThrow(new RangeError('quantileSorted needs 0 <= p <= 1, got 1.1'));
    expect(() => quantileSorted([1], Number.NaN)).toThrow(new RangeError('quantileSorted needs 0 <= p <= 1, got NaN'));
  });
});
