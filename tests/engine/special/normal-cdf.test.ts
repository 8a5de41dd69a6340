import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../engine/special/normal-cdf.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('normalCdf', () => {
  it('normalCdf(0) is exactly ½', () => {
    expect(normalCdf(0)).toBe(0.5);
  });

  // Expected values: mpmath 1.3.0, mp.dps = 50, ncdf(x) at the same double x, rounded to double.
  const referenceValues: Array<[number, number]> = [
    [-37.5, 4.605353009581955e-308],
    [-20, 2.7536241186062337e-89],
    [-10, 7.619853024160525e-24],
    [-5, 2.866515718791939e-7],
    [-1.959963984540054, 0.025000000000000012],
    [-1, 0.15865525393145705],
    [-0.5, 0.3085375387259869],
    [0.3, 0.6179114221889527],
    [1, 0.8413447460685429],
    [2, 0.9772498680518208],
    [5, 0.9999997133484281],
  ];
  it.each(referenceValues)('normalCdf(%d) matches mpmath to 1e-15 relative, even deep in the lower tail', (x, expected) => {
    expect(relativeError(normalCdf(x), expected)).toBeLessThan(1e-15);
  });

  it('normalCdf(-x) + normalCdf(x) = 1 across the real line (symmetry)', () => {
    for (let x = 0; x <= 8; x += 0.0625) {
      expect(Math.abs(normalCdf(-x) + normalCdf(x) - 1), `x = ${x}`).toBeLessThanOrEqual(2.3e-16);
    }
  });

  it('normalCdf is non-decreasing across the branch points 0.66291 and √32', () => {
    let previous = 0;
    for (let x = -40; x <= 9; x += 0.001) {
      const value = normalCdf(x);
      expect(value, `x = ${x}`).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
  });

  it('normalCdf gives 0 and 1 at -Infinity and +Infinity, and underflows to 0 below x ≈ -38.5', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-39)).toBe(0);
    expect(normalCdf(39)).toBe(1);
  });

  it('normalCdf(NaN) throws a RangeError', () => {
    expect(() => normalCdf(Number.NaN)).toThrow(new RangeError('normalCdf needs x to be a number'));
  });
});
