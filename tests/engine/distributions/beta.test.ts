import { describe, expect, it } from 'vitest';
import { checkBetaParameters, createBeta } from '../../../engine/distributions/beta.ts';
import { createStream } from '../../../engine/random/stream.ts';
import { mean } from '../../../engine/stats/mean.ts';
import { variance } from '../../../engine/stats/variance.ts';

const DRAWS = 10_000;

/** 4 standard errors of the sample mean and variance (see normal.test.ts for the formulas). */
function fourStandardErrors(populationVariance: number, fourthCentralMoment: number, n: number) {
  return {
    mean: 4 * Math.sqrt(populationVariance / n),
    variance: 4 * Math.sqrt((fourthCentralMoment - (populationVariance * populationVariance * (n - 3)) / (n - 1)) / n),
  };
}

/** Excess kurtosis of Beta(a, b): 6[(a − b)²(a + b + 1) − ab(a + b + 2)] / [ab(a + b + 2)(a + b + 3)]. */
function betaExcessKurtosis(a: number, b: number): number {
  return (6 * ((a - b) ** 2 * (a + b + 1) - a * b * (a + b + 2))) / (a * b * (a + b + 2) * (a + b + 3));
}

describe('createBeta', () => {
  const standard = createBeta({ alpha: 2, beta: 5 });
  const stretched = createBeta({ alpha: 2, beta: 5, min: 10, max: 20 });

  it('beta(2, 5).cdf(0.3) is 0.579825 (R: pbeta(0.3, 2, 5)), and stretched onto [10, 20] at 13', () => {
    expect(standard.cdf(0.3)).toBeCloseTo(0.579825, 14);
    expect(stretched.cdf(13)).toBeCloseTo(0.579825, 14);
    expect(stretched.quantile(0.579825)).toBeCloseTo(13, 12);
  });

  it('beta(alpha, beta) on [min, max] has mean min + (max − min)·alpha/(alpha + beta) and variance (max − min)²·αβ/((α+β)²(α+β+1))', () => {
    expect(stretched.kind).toBe('beta');
    expect(stretched.mean).toBeCloseTo(10 + (10 * 2) / 7, 14);
    expect(stretched.variance).toBeCloseTo((100 * 10) / (49 * 8), 14);
    expect(stretched.support).toEqual([10, 20]);
    expect(standard.support).toEqual([0, 1]);
  });

  it('beta(1, 3) has quantile 1 − (1 − u)^(1/3) and density 3(1 − x)², 3 at its lower limit', () => {
    const closedForm = createBeta({ alpha: 1, beta: 3 });
    for (const u of [0.01, 0.3, 0.5, 0.9]) expect(closedForm.quantile(u)).toBeCloseTo(1 - Math.cbrt(1 - u), 14);
    expect(closedForm.density(0)).toBe(3);
    expect(closedForm.density(0.5)).toBeCloseTo(0.75, 14);
    expect(closedForm.density(1)).toBe(0);
  });

  it('has an infinite density at a limit where its shape is below 1, and 0 outside the support', () => {
    const arcsine = createBeta({ alpha: 0.5, beta: 0.5 });
    expect(arcsine.density(0)).toBe(Infinity);
    expect(arcsine.density(1)).toBe(Infinity);
    expect(arcsine.density(0.5)).toBeCloseTo(2 / Math.PI, 14); // 1/(π√(x(1 − x)))
    expect(stretched.density(9)).toBe(0);
    expect(stretched.cdf(9)).toBe(0);
    expect(stretched.cdf(21)).toBe(1);
  });

  it('quantile reaches the limits at u = 0 and u = 1', () => {
    expect(stretched.quantile(0)).toBe(10);
    expect(stretched.quantile(1)).toBe(20);
  });

  it('cdf(quantile(u)) ≈ u, including u = 2^-33 and 1 − 2^-33 (the extremes of a stream)', () => {
    for (const u of [2 ** -33, 1e-6, 0.01, 0.2, 0.5, 0.8, 0.99, 1 - 1e-6, 1 - 2 ** -33]) {
      expect(Math.abs(stretched.cdf(stretched.quantile(u)) - u), `u = ${u}`).toBeLessThan(1e-13 * Math.min(u, 1 - u) + 2e-16);
    }
  });

  it('sample(rng) is quantile(rng()): exactly one uniform per draw', () => {
    const sampling = createStream(7, 'beta', 'one-uniform');
    const uniforms = createStream(7, 'beta', 'one-uniform');
    for (let i = 0; i < 100; i++) expect(stretched.sample(sampling)).toBe(stretched.quantile(uniforms()));
  });

  it('10,000 draws have mean and variance within 4 standard errors', () => {
    const rng = createStream(2024, 'distribution-tests', 'beta');
    const draws = Float64Array.from({ length: DRAWS }, () => stretched.sample(rng));
    const fourthCentralMoment = (3 + betaExcessKurtosis(2, 5)) * stretched.variance ** 2; // excess −0.12
    const tolerance = fourStandardErrors(stretched.variance, fourthCentralMoment, DRAWS);
    expect(Math.abs(mean(draws) - stretched.mean)).toBeLessThan(tolerance.mean);
    expect(Math.abs(variance(draws) - stretched.variance)).toBeLessThan(tolerance.variance);
  });

  it('throws "beta needs alpha > 0", "beta needs beta > 0" and "beta needs min < max"', () => {
    expect(() => createBeta({ alpha: 0, beta: 1 })).toThrow(new RangeError('beta needs alpha > 0'));
    expect(() => createBeta({ alpha: 1, beta: -2 })).toThrow(new RangeError('beta needs beta > 0'));
    expect(() => createBeta({ alpha: 1, beta: 1, min: 5, max: 5 })).toThrow(new RangeError('beta needs min < max'));
    // Only max given: min defaults to 0, so a negative max breaks min < max.
    expect(() => createBeta({ alpha: 1, beta: 1, max: -1 })).toThrow(new RangeError('beta needs min < max'));
    expect(() => createBeta({ alpha: Number.NaN, beta: 1 })).toThrow(new RangeError('beta needs alpha to be a finite number'));
    expect(() => createBeta({ alpha: 1, beta: Infinity })).toThrow(new RangeError('beta needs beta to be a finite number'));
    expect(() => createBeta({ alpha: 1, beta: 1, min: Number.NaN })).toThrow(new RangeError('beta needs min to be a finite number'));
    expect(() => createBeta({ alpha: 1, beta: 1, max: Infinity })).toThrow(new RangeError('beta needs max to be a finite number'));
  });

  it('checkBetaParameters reports every problem at once', () => {
    expect(checkBetaParameters({ alpha: -1, beta: 0, min: 1, max: 0 })).toEqual(['beta needs alpha > 0', 'beta needs beta > 0', 'beta needs min < max']);
  });

  it('quantile throws outside [0, 1]; cdf and density throw for NaN', () => {
    expect(() => standard.quantile(1.01)).toThrow(new RangeError('beta quantile needs 0 <= u <= 1, got 1.01'));
    expect(() => standard.cdf(Number.NaN)).toThrow(new RangeError('beta cdf needs x to be a number'));
    expect(() => standard.density(Number.NaN)).toThrow(new RangeError('beta density needs x to be a number'));
  });
});
