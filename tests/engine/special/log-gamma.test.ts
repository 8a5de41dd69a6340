import { describe, expect, it } from 'vitest';
import { logGamma, logGammaStirlingCorrection } from '../../../engine/special/log-gamma.ts';

describe('logGamma', () => {
  it('logGamma(n) = ln((n − 1)!) for n = 1…30, to 1e-15 × max(1, value)', () => {
    let logFactorial = 0; // ln((n − 1)!) as a sum of logs of integers, each correctly rounded
    for (let n = 1; n <= 30; n++) {
      if (n > 1) logFactorial += Math.log(n - 1);
      expect(Math.abs(logGamma(n) - logFactorial), `n = ${n}`).toBeLessThan(1e-15 * Math.max(1, logFactorial) + 1e-15);
    }
  });

  it('logGamma(½) = ln √π and Γ(n + ½) = (2n)! √π / (4ⁿ n!)', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 15);
    // n = 3: Γ(3.5) = 720 √π / (64 · 6) = 1.875 √π.
    expect(logGamma(3.5)).toBeCloseTo(Math.log(1.875) + 0.5 * Math.log(Math.PI), 14);
  });

  it('logGamma(x + 1) − logGamma(x) = ln x (the recurrence Γ(x+1) = x Γ(x)) for x from 1e-3 to 1e3', () => {
    for (let exponent = -3; exponent <= 3; exponent += 0.05) {
      const x = 10 ** exponent;
      const difference = logGamma(x + 1) - logGamma(x);
      expect(Math.abs(difference - Math.log(x)), `x = ${x}`).toBeLessThan(2e-15 * Math.max(1, Math.abs(logGamma(x))));
    }
  });

  // Expected values: mpmath 1.3.0, mp.dps = 50, loggamma(x), rounded to double.
  it.each([
    [0.001, 6.907178885383853],
    [3.7, 1.428072326665388],
    [10.5, 13.940625219403763],
    [1e5, 1051287.7089736569],
  ])('logGamma(%d) matches mpmath to 1e-15 relative', (x, expected) => {
    expect(Math.abs(logGamma(x) - expected) / expected).toBeLessThan(1e-15);
  });

  it('logGamma is accurate to 1e-15 absolute next to its zeros at 1 and 2', () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-15);
  });

  it('logGamma(x) ≈ −ln x for tiny x, including subnormal x, and logGamma(∞) = ∞', () => {
    expect(logGamma(1e-300)).toBeCloseTo(-Math.log(1e-300), 12);
    expect(Number.isFinite(logGamma(Number.MIN_VALUE))).toBe(true);
    expect(logGamma(Infinity)).toBe(Infinity);
  });

  it.each([0, -1, Number.NaN])('logGamma(%d) throws a RangeError', (x) => {
    expect(() => logGamma(x)).toThrow(new RangeError(`logGamma needs x > 0, got ${x}`));
  });
});

describe('logGammaStirlingCorrection', () => {
  // Expected values: mpmath 1.3.0, mp.dps = 50, loggamma(x) − ((x − ½) ln x − x + ½ ln 2π).
  it.each([
    [10, 0.00833056343336287],
    [100, 0.0008333305556349147],
  ])('logGammaStirlingCorrection(%d) matches mpmath to 1e-15 relative', (x, expected) => {
    expect(Math.abs(logGammaStirlingCorrection(x) - expected) / expected).toBeLessThan(1e-15);
  });

  it('logGammaStirlingCorrection(x) ≈ 1/(12x) for large x', () => {
    expect(logGammaStirlingCorrection(1e8)).toBeCloseTo(1 / 12e8, 20);
  });

  it.each([9.99, Number.NaN])('logGammaStirlingCorrection(%d) throws a RangeError below 10', (x) => {
    expect(() => logGammaStirlingCorrection(x)).toThrow(new RangeError(`logGammaStirlingCorrection needs x >= 10, got ${x}`));
  });
});
