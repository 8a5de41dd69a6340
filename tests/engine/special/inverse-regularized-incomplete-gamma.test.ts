import { describe, expect, it } from 'vitest';
import { inverseRegularizedIncompleteGamma } from '../../../engine/special/inverse-regularized-incomplete-gamma.ts';
import { regularizedIncompleteGamma, regularizedIncompleteGammaComplement } from '../../../engine/special/regularized-incomplete-gamma.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

const EPSILON = Number.EPSILON;
const shapes = [0.01, 0.3, 1, 2.5, 10, 150, 1e4];

/**
 * How far P (or Q, `tail`) at the returned double x can be from the target: the forward
 * function's error (exp of a·ln x − x: absolute error ε·(|a ln x| + x) becomes relative)
 * plus x's rounding to a double, which moves the tail by x·density/tail · ε/2.
 */
function roundTripTolerance(a: number, x: number, tail: number): number {
  const density = Math.exp((a - 1) * Math.log(x) - x - logGammaViaRatio(a));
  return 64 * EPSILON * (1 + Math.abs(a * Math.log(x)) + x) + EPSILON * ((x * density) / tail);
}

/** ln Γ(a) from the recurrence and Stirling's series; independent of the engine's logGamma. */
function logGammaViaRatio(a: number): number {
  let shift = 0;
  let z = a;
  while (z < 30) {
    shift -= Math.log(z);
    z += 1;
  }
  return shift + (z - 0.5) * Math.log(z) - z + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * z) - 1 / (360 * z ** 3) + 1 / (1260 * z ** 5);
}

describe('inverseRegularizedIncompleteGamma', () => {
  it('inverts P(1, x) = 1 − e^−x exactly: x = −ln(1 − p)', () => {
    for (const p of [1e-300, 1e-12, 0.01, 0.5, 0.9, 1 - 1e-12]) {
      expect(relativeError(inverseRegularizedIncompleteGamma(1, p), -Math.log1p(-p)), `p = ${p}`).toBeLessThan(1e-14);
    }
  });

  it('inverse of P(3, ·) at 0.3233235838169366 is 2 (R: qgamma(0.3233235838169366, 3); P(3, 2) = 1 − 5e⁻²)', () => {
    expect(inverseRegularizedIncompleteGamma(3, 0.3233235838169366)).toBeCloseTo(2, 14);
  });

  // Expected values: mpmath 1.3.0, mp.dps = 50, root of gammainc(a, 0, x, regularized=True) = p by 400 bisection steps.
  it.each([
    [0.5, 0.001, 7.85398574631245e-7],
    [2.5, 0.5, 2.1757300955477636],
    [10, 0.999999, 32.71034051748481],
    [100, 1e-10, 48.883092053795956],
  ])('inverse of P(%d, ·) at p = %d matches mpmath to 1e-14 relative', (a, p, expected) => {
    expect(relativeError(inverseRegularizedIncompleteGamma(a, p), expected)).toBeLessThan(1e-14);
  });

  it('P(a, inverse(p)) ≈ p in the lower tail down to p = 1e-300, for shapes 0.01 to 1e4', () => {
    for (const a of shapes) {
      for (const p of [1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.05, 0.3, 0.5]) {
        const x = inverseRegularizedIncompleteGamma(a, p);
        if (x === 0) continue; // the root underflowed (a = 0.01, p = 1e-8 needs x = 1e-800)
        expect(relativeError(regularizedIncompleteGamma(a, x), p), `a = ${a}, p = ${p}`).toBeLessThan(roundTripTolerance(a, x, p));
      }
    }
  });

  it('Q(a, inverse(1 − q)) ≈ q in the upper tail down to q = 2^-52, using the complement', () => {
    for (const a of shapes) {
      for (const exponent of [1, 3, 10, 20, 30, 40, 52]) {
        const q = 2 ** -exponent;
        const x = inverseRegularizedIncompleteGamma(a, 1 - q);
        expect(relativeError(regularizedIncompleteGammaComplement(a, x), q), `a = ${a}, q = ${q}`).toBeLessThan(roundTripTolerance(a, x, q));
      }
    }
  });

  it('inverse(P(a, x)) ≈ x over a grid of x', () => {
    for (const a of [0.5, 2, 9.5, 60]) {
      for (let ratio = 0.05; ratio <= 4; ratio += 0.05) {
        const x = ratio * a;
        const p = regularizedIncompleteGamma(a, x);
        if (p === 1) continue; // P rounded to 1 (e.g. a = 60, x = 150): nothing left to invert
        const back = inverseRegularizedIncompleteGamma(a, p);
        // p carries ~ε absolute error near 1 and ~ε·|a ln x| relative elsewhere; mapped back through 1/density.
        const density = Math.exp((a - 1) * Math.log(x) - x - logGammaViaRatio(a));
        const tolerance = (8 * EPSILON * (1 + Math.abs(a * Math.log(x)) + x)) / density + 4 * EPSILON * x;
        expect(Math.abs(back - x), `a = ${a}, x = ${x}`).toBeLessThan(tolerance);
      }
    }
  });

  it('returns 0 at p = 0 and +Infinity at p = 1', () => {
    expect(inverseRegularizedIncompleteGamma(2, 0)).toBe(0);
    expect(inverseRegularizedIncompleteGamma(2, 1)).toBe(Infinity);
  });

  it('throws a RangeError for a non-positive shape and for p outside [0, 1]', () => {
    expect(() => inverseRegularizedIncompleteGamma(-1, 0.5)).toThrow(new RangeError('inverseRegularizedIncompleteGamma needs a > 0, got -1'));
    expect(() => inverseRegularizedIncompleteGamma(1, 1.5)).toThrow(new RangeError('inverseRegularizedIncompleteGamma needs 0 <= p <= 1, got 1.5'));
    expect(() => inverseRegularizedIncompleteGamma(1, Number.NaN)).toThrow(new RangeError('inverseRegularizedIncompleteGamma needs 0 <= p <= 1, got NaN'));
  });
});
