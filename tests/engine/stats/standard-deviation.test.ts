import { describe, expect, it } from 'vitest';
import { standardDeviation } from '../../../engine/stats/standard-deviation.ts';

describe('standardDeviation', () => {
  it('standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) is √(32/7) = 2.138089935299395 (R: sd(…))', () => {
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 15);
  });

  it('standardDeviation of fewer than two values throws a RangeError', () => {
    expect(() => standardDeviation([3])).toThrow(new RangeError('standardDeviation needs at least two values'));
  });
});
