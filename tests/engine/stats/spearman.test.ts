import { describe, expect, it } from 'vitest';
import { spearman } from '../../../engine/stats/spearman.ts';

describe('spearman', () => {
  it('spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) is 8/√95 (ranks 1…5 against 1, 2, 3.5, 5, 3.5; scipy.stats.spearmanr)', () => {
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(8 / Math.sqrt(95), 15);
  });

  it('is 1 for any increasing relation and −1 for any decreasing one', () => {
    const x = [0.1, 0.5, 2, 3, 10];
    expect(
      spearman(
        x,
        x.map((value) => value ** 3),
      ),
    ).toBe(1);
    expect(
      spearman(
        x,
        x.map((value) => Math.exp(-value)),
      ),
    ).toBe(-1);
  });

  it('returns NaN when a sample is constant', () => {
    expect(spearman([2, 2, 2], [1, 2, 3])).toBeNaN();
  });

  it('throws a RangeError for samples of different lengths, fewer than two pairs, or NaN', () => {
    expect(() => spearman([1, 2], [1])).toThrow(new RangeError('spearman needs samples of equal length, got 2 and 1'));
    expect(() => spearman([1], [1])).toThrow(new RangeError('spearman needs at least two pairs'));
    expect(() => spearman([1, Number.NaN], [1, 2])).toThrow(new RangeError('rank needs values without NaN (index 1 is NaN)'));
  });
});
