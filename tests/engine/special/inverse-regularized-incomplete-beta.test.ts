import { describe, expect, it } from 'vitest';
import { inverseRegularizedIncompleteBeta } from '../../../engine/special/inverse-regularized-incomplete-beta.ts';
import { logGamma } from '../../../engine/special/log-gamma.ts';
import { regularizedIncompleteBeta, regularizedIncompleteBetaComplement } from '../../../engine/special/regularized-incomplete-beta.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

const EPSILON = Number.EPSILON;

function betaDensity(a: number, b: number, x: number): number {
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logGamma(a) - logGamma(b) + logGamma(a + b));
}

/**
 * How far I_x(a, b) (or its complement, `tail`) can be from exact when x is the double
 * the inverse returned, relative to `tail`: the forward function's own error, which is
 * dominated by exp() of a·ln x + b·ln(1−x) (absolute error ε·(|a ln x| + |b ln(1−x)|)
 * becomes relative error), plus x being rounded to a double (ε/2 relative to x, which
 * moves the tail by x·density/tail times that; large when x is near 1 and the upper tail is tiny).
 */
function roundTripTolerance(a: number, b: number, x: number, tail: number): number {
  const forwardError = 64 * EPSILON * (1 + Math.abs(a * Math.log(x)) + Math.abs(b * Math.log1p(-x)));
  const roundingOfX = (EPSILON / 2) * ((x * betaDensity(a, b, x)) / tail);
  return forwardError + 2 * roundingOfX;
}

const shapes = [0.05, 0.5, 1, 2.5, 10, 200];
const lowerTail = [1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.05, 0.3, 0.5];

describe('inverseRegularizedIncompleteBeta', () => {
  it('inverts the closed forms I_x(1, b) = 1 − (1 − x)^b, I_x(a, 1) = x^a and I_x(½, ½) = (2/π) arcsin √x', () => {
    for (const p of [1e-10, 0.01, 0.3, 0.5, 0.8, 0.999]) {
      expect(relativeError(inverseRegularizedIncompleteBeta(1, 3, p), -Math.expm1(Math.log1p(-p) / 3)), `p = ${p}`).toBeLessThan(1e-14);
      expect(relativeError(inverseRegularizedIncompleteBeta(2.5, 1, p), p ** (1 / 2.5)), `p = ${p}`).toBeLessThan(1e-14);
      expect(relativeError(inverseRegularizedIncompleteBeta(0.5, 0.5, p), Math.sin((Math.PI * p) / 2) ** 2), `p = ${p}`).toBeLessThan(1e-13);
    }
  });

  // Expected values: mpmath 1.3.0, mp.dps = 50, root of betainc(a, b, 0, x, regularized=True) = p by 400 bisection steps.
  it.each([
    [2, 3, 0.5, 0.38572756813238956],
    [0.5, 2, 0.01, 4.444576138515904e-5],
    [5, 1.5, 0.999, 0.9976842324608204],
    [2, 5, 1e-12, 2.581989786361007e-7],
    [3, 4, 0.9999999, 0.99093102659223],
  ])('inverse of I_x(%d, %d) at p = %d matches mpmath to 1e-14 relative', (a, b, p, expected) => {
    expect(relativeError(inverseRegularizedIncompleteBeta(a, b, p), expected)).toBeLessThan(1e-14);
  });

  it('I(inverse(p)) ≈ p in the lower tail down to p = 1e-300, for shapes 0.05 to 200', () => {
    for (const a of shapes) {
      for (const b of shapes) {
        for (const p of lowerTail) {
          const x = inverseRegularizedIncompleteBeta(a, b, p);
          if (x === 0) continue; // the root underflowed (e.g. a = 0.05, p = 1e-20 needs x = 1e-400)
          const tolerance = roundTripTolerance(a, b, x, p);
          expect(relativeError(regularizedIncompleteBeta(a, b, x), p), `a = ${a}, b = ${b}, p = ${p}`).toBeLessThan(tolerance);
        }
      }
    }
  });

  it('1 − I(inverse(1 − q)) ≈ q in the upper tail down to q = 2^-52, using the complement', () => {
    for (const a of shapes) {
      for (const b of shapes) {
        for (const exponent of [1, 3, 10, 20, 30, 40, 52]) {
          const q = 2 ** -exponent;
          const x = inverseRegularizedIncompleteBeta(a, b, 1 - q);
          if (x === 1) continue; // the root rounded to 1 (its distance from 1 is below ε)
          const tolerance = roundTripTolerance(a, b, x, q);
          expect(relativeError(regularizedIncompleteBetaComplement(a, b, x), q), `a = ${a}, b = ${b}, q = ${q}`).toBeLessThan(tolerance);
        }
      }
    }
  });

  it('inverse(I_x(a, b)) ≈ x over a grid of x, to the precision p = I_x carries', () => {
    for (const [a, b] of [
      [0.5, 3],
      [2, 5],
      [4, 4],
      [30, 1.5],
    ]) {
      for (let x = 0.02; x < 1; x += 0.02) {
        const p = regularizedIncompleteBeta(a, b, x);
        // p carries an absolute error of about ε (rounding near 1, the forward function's error
        // elsewhere); the inverse maps it back to x through the slope 1/density.
        const tolerance = (8 * EPSILON) / betaDensity(a, b, x) + 4 * EPSILON;
        expect(Math.abs(inverseRegularizedIncompleteBeta(a, b, p) - x), `a = ${a}, b = ${b}, x = ${x}`).toBeLessThan(tolerance);
      }
    }
  });

  it('returns exactly 0 at p = 0 and 1 at p = 1, and ½ for symmetric shapes at p = ½', () => {
    expect(inverseRegularizedIncompleteBeta(2, 3, 0)).toBe(0);
    expect(inverseRegularizedIncompleteBeta(2, 3, 1)).toBe(1);
    expect(inverseRegularizedIncompleteBeta(3, 3, 0.5)).toBeCloseTo(0.5, 15);
  });

  it('throws a RangeError for non-positive shapes and for p outside [0, 1]', () => {
    expect(() => inverseRegularizedIncompleteBeta(0, 1, 0.5)).toThrow(new RangeError('inverseRegularizedIncompleteBeta needs a > 0, got 0'));
    expect(() => inverseRegularizedIncompleteBeta(1, Number.NaN, 0.5)).toThrow(new RangeError('inverseRegularizedIncompleteBeta needs b > 0, got NaN'));
    expect(() => inverseRegularizedIncompleteBeta(1, 1, -0.1)).toThrow(new RangeError('inverseRegularizedIncompleteBeta needs 0 <= p <= 1, got -0.1'));
    expect(() => inverseRegularizedIncompleteBeta(1, 1, Number.NaN)).toThrow(new RangeError('inverseRegularizedIncompleteBeta needs 0 <= p <= 1, got NaN'));
  });
});
