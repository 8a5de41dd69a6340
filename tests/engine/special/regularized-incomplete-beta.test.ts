import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta, regularizedIncompleteBetaComplement } from '../../../engine/special/regularized-incomplete-beta.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** For integer a, b: I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a) (A&S 26.5.24), summed term by term. */
function binomialUpperTail(a: number, b: number, x: number): number {
  const trials = a + b - 1;
  let sum = 0;
  for (let successes = a; successes <= trials; successes++) {
    let coefficient = 1;
    for (let i = 1; i <= successes; i++) coefficient = (coefficient * (trials - successes + i)) / i;
    sum += coefficient * x ** successes * (1 - x) ** (trials - successes);
  }
  return sum;
}

const grid = [1e-12, 1e-6, 0.001, 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 0.999];

describe('regularizedIncompleteBeta', () => {
  it('I_0.3(2, 5) = 0.579825 (R: pbeta(0.3, 2, 5); = 1 − 0.7⁶ − 6·0.3·0.7⁵ exactly)', () => {
    expect(relativeError(regularizedIncompleteBeta(2, 5, 0.3), 0.579825)).toBeLessThan(2e-15);
  });

  it('I_x(1, b) = 1 − (1 − x)^b and I_x(a, 1) = x^a (closed forms)', () => {
    for (const shape of [0.1, 0.5, 2, 7.5, 40]) {
      for (const x of grid) {
        const closedFormB = -Math.expm1(shape * Math.log1p(-x));
        expect(relativeError(regularizedIncompleteBeta(1, shape, x), closedFormB), `b = ${shape}, x = ${x}`).toBeLessThan(2e-14);
        // The front factor is exp(a ln x + …): an absolute error ε·|a ln x| in the exponent becomes
        // a relative error, 2.3e-14 at a = 7.5, x = 1e-12 (Math.pow avoids this, our log form cannot).
        const tolerance = 16 * Number.EPSILON * (1 + Math.abs(shape * Math.log(x)));
        const closedFormA = x ** shape;
        if (closedFormA < 1e-300) {
          expect(regularizedIncompleteBeta(shape, 1, x), `a = ${shape}, x = ${x} underflows`).toBeLessThan(1e-300);
        } else {
          expect(relativeError(regularizedIncompleteBeta(shape, 1, x), closedFormA), `a = ${shape}, x = ${x}`).toBeLessThan(tolerance);
        }
      }
    }
  });

  it('I_x(½, ½) = (2/π) arcsin √x (the arcsine distribution)', () => {
    for (const x of grid) {
      const expected = (2 / Math.PI) * Math.asin(Math.sqrt(x));
      expect(relativeError(regularizedIncompleteBeta(0.5, 0.5, x), expected), `x = ${x}`).toBeLessThan(1e-14);
    }
  });

  it('I_x(a, b) for integer a, b equals the binomial upper tail P(Bin(a+b−1, x) ≥ a)', () => {
    for (const [a, b] of [
      [2, 3],
      [3, 1],
      [4, 9],
      [10, 10],
      [1, 12],
    ]) {
      for (const x of [0.01, 0.1, 0.3, 0.5, 0.7, 0.9]) {
        const expected = binomialUpperTail(a, b, x);
        expect(relativeError(regularizedIncompleteBeta(a, b, x), expected), `a = ${a}, b = ${b}, x = ${x}`).toBeLessThan(1e-13);
      }
    }
  });

  // Expected values: mpmath 1.3.0, mp.dps = 50, x^a (1−x)^b / (a B(a,b)) · 2F1(a+b, 1; a+1; x) (A&S 26.5.23).
  it.each([
    [2.5, 7.5, 0.2, 0.40123869824719166],
    [0.2, 0.3, 0.9, 0.7801962237861781],
    [50, 50, 0.45, 0.15865219893709884],
    [1000, 1000, 0.49, 0.18555265943151145],
  ])('I_x(%d, %d) at x = %d matches mpmath to 1e-14 relative, large shapes included', (a, b, x, expected) => {
    expect(relativeError(regularizedIncompleteBeta(a, b, x), expected)).toBeLessThan(1e-14);
  });

  it('I_x(a, b) + I_{1−x}(b, a) = 1 (reflection) and the complement function returns I_{1−x}(b, a)', () => {
    for (const [a, b] of [
      [0.3, 4],
      [2, 5],
      [30, 2],
    ]) {
      for (const x of [0.125, 0.25, 0.5, 0.75, 0.875]) {
        // Dyadic x keep 1 − x exact.
        expect(Math.abs(regularizedIncompleteBeta(a, b, x) + regularizedIncompleteBeta(b, a, 1 - x) - 1)).toBeLessThan(1e-15);
        expect(relativeError(regularizedIncompleteBetaComplement(a, b, x), regularizedIncompleteBeta(b, a, 1 - x))).toBeLessThan(1e-14);
      }
    }
  });

  it('regularizedIncompleteBetaComplement keeps relative precision in a tiny upper tail', () => {
    // 1 − I_x(1, b) = (1 − x)^b exactly; at x = 0.999, b = 50 that is 1e-150, far below 1 − I's rounding.
    expect(relativeError(regularizedIncompleteBetaComplement(1, 50, 0.999), 0.001 ** 50)).toBeLessThan(1e-12);
  });

  it('I_0 = 0 and I_1 = 1 for any shapes', () => {
    expect(regularizedIncompleteBeta(0.5, 3, 0)).toBe(0);
    expect(regularizedIncompleteBeta(0.5, 3, 1)).toBe(1);
    expect(regularizedIncompleteBetaComplement(0.5, 3, 0)).toBe(1);
    expect(regularizedIncompleteBetaComplement(0.5, 3, 1)).toBe(0);
  });

  it('throws a RangeError for non-positive shapes and for x outside [0, 1]', () => {
    expect(() => regularizedIncompleteBeta(0, 1, 0.5)).toThrow(new RangeError('regularizedIncompleteBeta needs a > 0, got 0'));
    expect(() => regularizedIncompleteBeta(1, -2, 0.5)).toThrow(new RangeError('regularizedIncompleteBeta needs b > 0, got -2'));
    expect(() => regularizedIncompleteBeta(1, Infinity, 0.5)).toThrow(new RangeError('regularizedIncompleteBeta needs b > 0, got Infinity'));
    expect(() => regularizedIncompleteBeta(1, 1, 1.5)).toThrow(new RangeError('regularizedIncompleteBeta needs 0 <= x <= 1, got 1.5'));
    expect(() => regularizedIncompleteBeta(1, 1, Number.NaN)).toThrow(new RangeError('regularizedIncompleteBeta needs 0 <= x <= 1, got NaN'));
    expect(() => regularizedIncompleteBetaComplement(1, 1, -0.5)).toThrow(new RangeError('regularizedIncompleteBetaComplement needs 0 <= x <= 1, got -0.5'));
  });
});
