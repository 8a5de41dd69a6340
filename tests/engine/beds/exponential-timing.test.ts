import { describe, expect, it } from 'vitest';
import { delayedAtCensus, outlastsRestOfDay, stillInStay } from '../../../engine/beds/exponential-timing.ts';

/** Simpson's rule with n (even) panels. */
function simpson(f: (x: number) => number, from: number, to: number, n = 2000): number {
  const h = (to - from) / n;
  let sum = f(from) + f(to);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(from + i * h);
  return (sum * h) / 3;
}

describe('exponential timing', () => {
  it('outlastsRestOfDay(μ) = (1 − e^−μ)/μ, 0.9063462346100909 at μ = 0.2, and 0 at μ = ∞', () => {
    expect(outlastsRestOfDay(0.2)).toBeCloseTo(0.9063462346100909, 15);
    expect(outlastsRestOfDay(Infinity)).toBe(0);
  });

  it('stillInStay is e^(−μρ) at a point and its average over an interval', () => {
    expect(stillInStay(0.2, 0.5, 0.5)).toBeCloseTo(Math.exp(-0.1), 15);
    expect(stillInStay(0.2, 0.5, 1)).toBeCloseTo((Math.exp(-0.1) - Math.exp(-0.2)) / 0.1, 15);
    expect(stillInStay(0.2, 0, 1)).toBeCloseTo(outlastsRestOfDay(0.2), 15);
  });

  it('delayedAtCensus at a point is μ(e^(−μρ) − e^(−νρ))/(ν − μ), and μρe^(−μρ) when ν = μ', () => {
    const [mu, nu, rho] = [0.12, 0.2, 0.625];
    expect(delayedAtCensus(mu, nu, rho, rho)).toBeCloseTo((mu * (Math.exp(-mu * rho) - Math.exp(-nu * rho))) / (nu - mu), 15);
    expect(delayedAtCensus(mu, mu, rho, rho)).toBeCloseTo(mu * rho * Math.exp(-mu * rho), 12);
    expect(delayedAtCensus(mu, Infinity, rho, rho)).toBe(0);
  });

  it('delayedAtCensus over an interval is the average of its point values (Simpson, 2000 panels)', () => {
    for (const [mu, nu] of [
      [0.12, 0.2],
      [1, 0.05],
      [0.3, 0.3],
      [0.3, 0.3000001],
    ]) {
      const numeric = simpson((rho) => delayedAtCensus(mu, nu, rho, rho), 0.375, 1) / 0.625;
      expect(delayedAtCensus(mu, nu, 0.375, 1)).toBeCloseTo(numeric, 12);
    }
  });

  it('is continuous where the stay and delay rates meet', () => {
    const at = delayedAtCensus(0.2, 0.2, 0, 1);
    for (const gap of [1e-9, 1e-6, 1e-5, 1e-4, 1e-3]) {
      expect(Math.abs(delayedAtCensus(0.2, 0.2 * (1 + gap), 0, 1) - at)).toBeLessThan(gap * at + 1e-12);
      expect(Math.abs(delayedAtCensus(0.2, 0.2 * (1 - gap), 0, 1) - at)).toBeLessThan(gap * at + 1e-12);
    }
  });
});
