import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../engine/special/normal-cdf.ts';
import { normalQuantile } from '../../../engine/special/normal-quantile.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('normalQuantile', () => {
  it('normalQuantile(0.975) is 1.959963984540054 (R: qnorm(0.975)) and is odd about ½', () => {
    expect(relativeError(normalQuantile(0.975), 1.959963984540054)).toBeLessThan(1e-15);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 14);
    expect(normalQuantile(0.5)).toBe(0);
  });

  // Expected values: mpmath 1.3.0, mp.dps = 60, root of ncdf(z) = p (p the same double) by 300 bisection steps.
  const referenceValues: Array<[number, number]> = [
    [1e-300, -37.0470962993612],
    [1e-20, -9.262340089798407],
    [1e-10, -6.361340902404057],
    [0.001, -3.0902323061678136],
    [0.3, -0.5244005127080408],
    [0.975, 1.9599639845400538],
  ];
  it.each(referenceValues)('normalQuantile(%d) matches mpmath to 1e-15 relative (AS 241 states ~1e-16)', (p, expected) => {
    expect(relativeError(normalQuantile(p), expected)).toBeLessThan(1e-15);
  });

  it('normalQuantile(1 − 2^-k) mirrors normalQuantile(2^-k): 1 − p is exact for p ≥ ½', () => {
    for (let k = 2; k <= 52; k++) {
      const p = 2 ** -k;
      expect(normalQuantile(1 - p), `k = ${k}`).toBe(-normalQuantile(p));
    }
  });

  it('normalCdf(normalQuantile(p)) ≈ p for p from 1e-300 to ½, within the conditioning z²·ε', () => {
    for (let exponent = -300; exponent <= -0.5; exponent += 0.25) {
      const p = 10 ** exponent;
      const z = normalQuantile(p);
      // An error δ in z moves Φ by a relative φ(z)/Φ(z)·δ ≈ |z|·δ, and δ ≈ |z|·ε, so allow 8ε·max(1, z²).
      const tolerance = 8 * Number.EPSILON * Math.max(1, z * z);
      expect(relativeError(normalCdf(z), p), `p = ${p}`).toBeLessThan(tolerance);
    }
  });

  it('normalQuantile(normalCdf(x)) ≈ x over the lower tail x in [-37.5, 0] and the upper half to x = 5', () => {
    for (let x = -37.5; x <= 0; x += 0.01) {
      // 1e-15 relative, plus 1e-15 absolute near 0 where a relative error is meaningless.
      expect(Math.abs(normalQuantile(normalCdf(x)) - x), `x = ${x}`).toBeLessThan(1e-15 * Math.abs(x) + 1e-15);
    }
    for (let x = 0; x <= 5; x += 0.01) {
      // Above ½, Φ(x) is rounded to an absolute 1.1e-16, so x is recovered to 1.1e-16 / φ(x): ~2e-10 at x = 5.
      const tolerance = 2e-16 / (Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI)) + 1e-15;
      expect(Math.abs(normalQuantile(normalCdf(x)) - x), `x = ${x}`).toBeLessThan(tolerance);
    }
  });

  it('normalQuantile gives -Infinity at exactly 0 and +Infinity at exactly 1', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(Number.MIN_VALUE)).toBeCloseTo(-38.4674056, 6);
  });

  it.each([-0.1, 1.1, Number.NaN, -Infinity])('normalQuantile(%d) throws a RangeError', (p) => {
    expect(() => normalQuantile(p)).toThrow(new RangeError(`normalQuantile needs 0 <= p <= 1, got ${p}`));
  });
});
