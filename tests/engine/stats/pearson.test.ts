import { describe, expect, it } from 'vitest';
import { pearson } from '../../../engine/stats/pearson.ts';

describe('pearson', () => {
  it('pearson([1, 2, 3, 4], [2, 4, 5, 9]) is 11/√130 (deviations ±1.5, ±0.5 and −3, −1, 0, 4)', () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 5, 9])).toBeCloseTo(11 / Math.sqrt(130), 15);
  });

  it('is exactly ±1 for a linear relation, whatever its offset and scale', () => {
    const x = [1e6 + 1, 1e6 + 2, 1e6 + 3, 1e6 + 5];
    expect(
      pearson(
        x,
        x.map((value) => 3 * value - 7),
      ),
    ).toBe(1);
    expect(
      pearson(
        x,
        x.map((value) => -0.5 * value),
      ),
    ).toBe(-1);
  });

  it('returns NaN when a sample is constant (the correlation is undefined)', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });

  it('throws a RangeError for samples of different lengths or fewer than two pairs', () => {
    expect(() => pearson([1, 2], [1, 2, 3])).toThrow(new RangeError('pearson needs samples of equal length, got 2 and 3'));
    expect(() => pearson([1], [1])).toThrow(new RangeError('pearson needs at least two pairs'));
  });
});
