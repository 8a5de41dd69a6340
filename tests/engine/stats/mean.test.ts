import { describe, expect, it } from 'vitest';
import { mean } from '../../../engine/stats/mean.ts';

describe('mean', () => {
  it('mean([1, 2, 3, 4]) is 2.5 and accepts typed arrays', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean(new Float64Array([-1, 1, 3]))).toBe(1);
  });

  it('mean([1e16, 1, -1e16]) is 1/3: compensated summation keeps the 1 that naive summation loses', () => {
    // Naively 1e16 + 1 rounds to 1e16, and the sum is 0.
    expect(mean([1e16, 1, -1e16])).toBeCloseTo(1 / 3, 15);
  });

  it('mean of one value is that value; NaN propagates', () => {
    expect(mean([42])).toBe(42);
    expect(mean([1, Number.NaN])).toBeNaN();
  });

  it('mean([]) throws a RangeError', () => {
    expect(() => mean([])).toThrow(new RangeError('mean needs at least one value'));
  });
});
