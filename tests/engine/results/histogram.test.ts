import { describe, expect, it } from 'vitest';
import { equalWidthHistogram } from '../../../engine/results/histogram.ts';

describe('equalWidthHistogram', () => {
  it('counts every value into equal bins over the range, the maximum in the last bin', () => {
    expect(equalWidthHistogram(Float64Array.of(0, 1, 2, 3), 2)).toEqual({ start: 0, width: 1.5, counts: [2, 2] });
    expect(equalWidthHistogram([5, -5, 0, 0.1], 4)).toEqual({ start: -5, width: 2.5, counts: [1, 0, 2, 1] });
  });

  it('puts identical values in one bin of width 0, and returns no bins for no values', () => {
    expect(equalWidthHistogram([2, 2, 2])).toEqual({ start: 2, width: 0, counts: [3] });
    expect(equalWidthHistogram([])).toEqual({ start: 0, width: 0, counts: [] });
  });
});
