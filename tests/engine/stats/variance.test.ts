import { describe, expect, it } from 'vitest';
import { variance } from '../../../engine/stats/variance.ts';

describe('variance', () => {
  it('variance([1, 2, 3, 4]) is 5/3 with the n − 1 denominator (R: var(c(1, 2, 3, 4)))', () => {
    expect(variance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 15);
  });

  it('variance([2, 4, 4, 4, 5, 5, 7, 9]) is 32/7 (squared deviations from 5 sum to 32)', () => {
    expect(variance(new Float64Array([2, 4, 4, 4, 5, 5, 7, 9]))).toBeCloseTo(32 / 7, 15);
  });

  it('variance is unaffected by a large offset: 1e9 + [4, 7, 13, 16] has variance 30 (deviations ±3, ±6)', () => {
    expect(variance([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])).toBe(30);
  });

  it('variance of a constant sample is exactly 0', () => {
    expect(variance([0.1, 0.1, 0.1])).toBe(0);
  });

  it('variance of fewer than two values throws a RangeError', () => {
    expect(() => variance([1])).toThrow(new RangeError('variance needs at least two values'));
    expect(() => variance([])).toThrow(new RangeError('variance needs at least two values'));
  });
});
