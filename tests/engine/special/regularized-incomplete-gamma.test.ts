import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../engine/special/normal-cdf.ts';
import { regularizedIncompleteGamma, regularizedIncompleteGammaComplement } from '../../../engine/special/regularized-incomplete-gamma.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** For integer n: Q(n, x) = e^−x Σ_{k<n} x^k / k!, the Poisson lower tail P(Poisson(x) < n). */
function poissonLowerTail(n: number, x: number): number {
  let term = Math.exp(-x);
  let sum = term;
  for (let k = 1; k < n; k++) {
    term *= x / k;
    sum += term;
  }
  return sum;
}

describe('regularizedIncompleteGamma', () => {
  it('P(3, 2) = 0.3233235838169366 (R: pgamma(2, 3); = 1 − 5e⁻² exactly)', () => {
    expect(relativeError(regularizedIncompleteGamma(3, 2), 1 - 5 * Math.exp(-2))).toBeLessThan(1e-15);
    expect(relativeError(regularizedIncompleteGamma(3, 2), 0.3233235838169366)).toBeLessThan(1e-15);
  });

  it('P(1, x) = 1 − e^−x and Q(1, x) = e^−x, from x = 1e-10 to x = 700', () => {
    for (const x of [1e-10, 1e-4, 0.1, 0.9, 2, 2.5, 10, 50, 300, 700]) {
      expect(relativeError(regularizedIncompleteGamma(1, x), -Math.expm1(-x)), `x = ${x}`).toBeLessThan(1e-14);
      expect(relativeError(regularizedIncompleteGammaComplement(1, x), Math.exp(-x)), `x = ${x}`).toBeLessThan(1e-13);
    }
  });

  it('Q(n, x) for integer n equals the Poisson lower tail e^−x Σ_{k<n} x^k/k!', () => {
    for (const n of [2, 3, 7, 20]) {
      for (const x of [0.5, 2, 5, 10, 30, 80]) {
        expect(relativeError(regularizedIncompleteGammaComplement(n, x), poissonLowerTail(n, x)), `n = ${n}, x = ${x}`).toBeLessThan(1e-13);
      }
    }
  });

  it('Q(½, x) = 2Φ(−√(2x)) (the chi-square with one degree of freedom)', () => {
    for (const x of [0.01, 0.3, 1, 4, 20, 200]) {
      expect(relativeError(regularizedIncompleteGammaComplement(0.5, x), 2 * normalCdf(-Math.sqrt(2 * x))), `x = ${x}`).toBeLessThan(1e-13);
    }
  });

  // Expected values: mpmath 1.3.0, mp.dps = 50, gammainc(a, 0, x, regularized=True) and gammainc(a, x, inf, …).
  it.each([
    [0.5, 0.001, 0.03567059172967989, 0.9643294082703201],
    [30, 10, 2.5099512015279076e-7, 0.9999997490048799],
    [1000, 950, 0.05505468623073803, 0.9449453137692619],
    [1e5, 1e5, 0.5004205221103651, 0.4995794778896348],
    [2.5, 300, 1, 2.0224172842813905e-127],
  ])('P(%d, %d) and Q match mpmath to 1e-14 relative, large shapes included', (a, x, lower, upper) => {
    expect(relativeError(regularizedIncompleteGamma(a, x), lower)).toBeLessThan(1e-14);
    expect(relativeError(regularizedIncompleteGammaComplement(a, x), upper)).toBeLessThan(1e-14);
  });

  it('P(a, x) + Q(a, x) = 1', () => {
    for (const a of [0.05, 1.5, 12, 400]) {
      for (const x of [0.01 * a, 0.5 * a, a, a + 1, 2 * a + 3]) {
        expect(Math.abs(regularizedIncompleteGamma(a, x) + regularizedIncompleteGammaComplement(a, x) - 1)).toBeLessThan(2e-15);
      }
    }
  });

  it('P(a, 0) = 0 and P(a, ∞) = 1', () => {
    expect(regularizedIncompleteGamma(2, 0)).toBe(0);
    expect(regularizedIncompleteGamma(2, Infinity)).toBe(1);
    expect(regularizedIncompleteGammaComplement(2, 0)).toBe(1);
    expect(regularizedIncompleteGammaComplement(2, Infinity)).toBe(0);
  });

  it('throws a RangeError for a non-positive shape and for negative or NaN x', () => {
    expect(() => regularizedIncompleteGamma(0, 1)).toThrow(new RangeError('regularizedIncompleteGamma needs a > 0, got 0'));
    expect(() => regularizedIncompleteGamma(Infinity, 1)).toThrow(new RangeError('regularizedIncompleteGamma needs a > 0, got Infinity'));
    expect(() => regularizedIncompleteGamma(1, -1)).toThrow(new RangeError('regularizedIncompleteGamma needs x >= 0, got -1'));
    expect(() => regularizedIncompleteGammaComplement(1, Number.NaN)).toThrow(new RangeError('regularizedIncompleteGammaComplement needs x >= 0, got NaN'));
  });
});
