import { describe, expect, it } from 'vitest';
import { checkLognormalParameters, createLognormal, type LognormalParameters } from '../../../engine/distributions/lognormal.ts';
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

describe('createLognormal', () => {
  const logForm = createLognormal({ mu: 0.1, sigma: 0.4 });

  it('lognormal(mu, sigma) has mean e^(mu + sigma²/2), variance (e^(sigma²) − 1)·e^(2mu + sigma²) and support [0, ∞)', () => {
    expect(logForm.kind).toBe('lognormal');
    expect(logForm.mean).toBeCloseTo(Math.exp(0.1 + 0.08), 15);
    expect(logForm.variance).toBeCloseTo((Math.exp(0.16) - 1) * Math.exp(0.2 + 0.16), 15);
    expect(logForm.support).toEqual([0, Infinity]);
  });

  it('lognormal(mu, sigma) has median e^mu and quantile(0.975) = e^(mu + 1.959963984540054·sigma)', () => {
    expect(logForm.quantile(0.5)).toBeCloseTo(Math.exp(0.1), 15);
    expect(logForm.quantile(0.975)).toBeCloseTo(Math.exp(0.1 + 0.4 * 1.959963984540054), 14);
    expect(logForm.cdf(Math.exp(0.1))).toBeCloseTo(0.5, 15);
  });

  it('lognormal(mean, sd) keeps mean and sd exactly, with sigma² = ln(1 + sd²/mean²) and median mean/√(1 + sd²/mean²)', () => {
    const lengthOfStay = createLognormal({ mean: 5, sd: 3 });
    expect(lengthOfStay.mean).toBe(5);
    expect(lengthOfStay.variance).toBe(9);
    // mu = ln 5 − ½ ln 1.36, so the median e^mu = 5/√1.36 = 4.287464628562721.
    expect(lengthOfStay.quantile(0.5)).toBeCloseTo(4.287464628562721, 14);
  });

  it('has cdf and density 0 at and below 0', () => {
    expect(logForm.cdf(0)).toBe(0);
    expect(logForm.cdf(-1)).toBe(0);
    expect(logForm.density(0)).toBe(0);
    expect(logForm.density(-2)).toBe(0);
  });

  it('cdf(quantile(u)) ≈ u from u = 1e-12 to 1 − 1e-12', () => {
    for (const u of [1e-12, 1e-6, 0.01, 0.2, 0.5, 0.8, 0.99, 1 - 1e-6, 1 - 1e-12]) {
      expect(Math.abs(logForm.cdf(logForm.quantile(u)) - u), `u = ${u}`).toBeLessThan(1e-15 + 1e-13 * Math.min(u, 1 - u));
    }
  });

  it('density integrates to the cdf (midpoint rule from 0 to the median)', () => {
    const median = logForm.quantile(0.5);
    const steps = 20_000;
    let integral = 0;
    for (let i = 0; i < steps; i++) integral += logForm.density(((i + 0.5) * median) / steps) * (median / steps);
    expect(integral).toBeCloseTo(0.5, 6);
  });

  it('sample(rng) is quantile(rng()): exactly one uniform per draw', () => {
    const sampling = createStream(7, 'lognormal', 'one-uniform');
    const uniforms = createStream(7, 'lognormal', 'one-uniform');
    for (let i = 0; i < 100; i++) expect(logForm.sample(sampling)).toBe(logForm.quantile(uniforms()));
  });

  it('10,000 draws have mean and variance within 4 standard errors', () => {
    const rng = createStream(2024, 'distribution-tests', 'lognormal');
    const draws = Float64Array.from({ length: DRAWS }, () => logForm.sample(rng));
    // Kurtosis of a lognormal: e^(4s²) + 2e^(3s²) + 3e^(2s²) − 3 (6.260 for s = 0.4; scipy agrees).
    const s2 = 0.16;
    const kurtosis = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
    const tolerance = fourStandardErrors(logForm.variance, kurtosis * logForm.variance ** 2, DRAWS);
    expect(Math.abs(mean(draws) - logForm.mean)).toBeLessThan(tolerance.mean);
    expect(Math.abs(variance(draws) - logForm.variance)).toBeLessThan(tolerance.variance);
  });

  it('throws "lognormal needs either mu and sigma, or mean and sd" for a mixed, half or empty pair', () => {
    const message = 'lognormal needs either mu and sigma, or mean and sd';
    for (const parameters of [{ mu: 0, sigma: 1, mean: 2 }, { mu: 0, sd: 1 }, { mu: 0 }, { sd: 3 }, {}]) {
      expect(() => createLognormal(parameters as unknown as LognormalParameters), JSON.stringify(parameters)).toThrow(new RangeError(message));
    }
  });

  it('throws for sigma ≤ 0, mean ≤ 0, sd ≤ 0 and non-finite values, naming the rule', () => {
    expect(() => createLognormal({ mu: 0, sigma: 0 })).toThrow(new RangeError('lognormal needs sigma > 0'));
    expect(() => createLognormal({ mean: -5, sd: 1 })).toThrow(new RangeError('lognormal needs mean > 0'));
    expect(() => createLognormal({ mean: 5, sd: 0 })).toThrow(new RangeError('lognormal needs sd > 0'));
    expect(() => createLognormal({ mu: Number.NaN, sigma: 1 })).toThrow(new RangeError('lognormal needs mu to be a finite number'));
    expect(() => createLognormal({ mu: 0, sigma: Infinity })).toThrow(new RangeError('lognormal needs sigma to be a finite number'));
    expect(() => createLognormal({ mean: Infinity, sd: 1 })).toThrow(new RangeError('lognormal needs mean to be a finite number'));
    expect(() => createLognormal({ mean: 1, sd: Number.NaN })).toThrow(new RangeError('lognormal needs sd to be a finite number'));
  });

  it('checkLognormalParameters reports every problem at once', () => {
    expect(checkLognormalParameters({ mean: -1, sd: -1 })).toEqual(['lognormal needs mean > 0', 'lognormal needs sd > 0']);
  });

  it('quantile throws outside [0, 1]; cdf and density throw for NaN', () => {
    expect(() => logForm.quantile(-0.5)).toThrow(new RangeError('lognormal quantile needs 0 <= u <= 1, got -0.5'));
    expect(() => logForm.cdf(Number.NaN)).toThrow(new RangeError('lognormal cdf needs x to be a number'));
    expect(() => logForm.density(Number.NaN)).toThrow(new RangeError('lognormal density needs x to be a number'));
  });
});
