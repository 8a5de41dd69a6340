import { describe, expect, it } from 'vitest';
import { expectedShortfall } from '../../../engine/stats/expected-shortfall.ts';

describe('expectedShortfall', () => {
  const outcomes = [5, -3, 2, -10, 7, 1, 0, 4, -1, 6];

  it('expectedShortfall(outcomes, 0.2) averages the 2 lowest of 10 values: (−10 − 3)/2 = −6.5 (lowest is worst)', () => {
    expect(expectedShortfall(outcomes, 0.2)).toBe(-6.5);
  });

  it('takes ⌈alpha·n⌉ values: alpha = 0.25 of 10 averages the 3 lowest, (−10 − 3 − 1)/3', () => {
    expect(expectedShortfall(outcomes, 0.25)).toBeCloseTo(-14 / 3, 15);
  });

  it('does not let rounding add a value: 0.1 × 30 = 3.0000000000000004 still averages exactly 3', () => {
    const thirty = Array.from({ length: 30 }, (_, index) => index); // 0 … 29
    expect(expectedShortfall(thirty, 0.1)).toBe(1); // (0 + 1 + 2)/3
  });

  it('alpha = 1 gives the mean, and a tiny alpha still averages one value (the minimum)', () => {
    expect(expectedShortfall(outcomes, 1)).toBeCloseTo(1.1, 15);
    expect(expectedShortfall(outcomes, 1e-9)).toBe(-10);
  });

  it('does not modify its input', () => {
    const values = [3, 1, 2];
    expectedShortfall(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it('throws a RangeError for an empty sample, a NaN value or alpha outside (0, 1]', () => {
    expect(() => expectedShortfall([], 0.05)).toThrow(new RangeError('expectedShortfall needs at least one value'));
    expect(() => expectedShortfall([1, 2], 0)).toThrow(new RangeError('expectedShortfall needs 0 < alpha <= 1, got 0'));
    expect(() => expectedShortfall([1, 2], 1.5)).toThrow(new RangeError('expectedShortfall needs 0 < alpha <= 1, got 1.5'));
    expect(() => expectedShortfall([1, 2], Number.NaN)).toThrow(new RangeError('expectedShortfall needs 0 < alpha <= 1, got NaN'));
    expect(() => expectedShortfall([Number.NaN], 0.5)).toThrow(new RangeError('expectedShortfall needs values without NaN (index 0 is NaN)'));
  });
});
