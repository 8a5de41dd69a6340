import { describe, expect, it } from 'vitest';
import { checkGammaParameters, createGamma, type GammaParameters } from '../../../engine/distributions/gamma.ts';
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

describe('createGamma', () => {
  const byScale = createGamma({ shape: 3, scale: 2 });

  it('gamma(shape, scale) has mean shape·scale, variance shape·scale² and support [0, ∞)', () => {
    expect(byScale.kind).toBe('gamma');
    expect(byScale.mean).toBe(6);
    expect(byScale.variance).toBe(12);
    expect(byScale.support).toEqual([0, Infinity]);
  });

  it('gamma(3, scale 2).cdf(4) is P(3, 2) = 1 − 5e⁻² = 0.3233235838169366 (R: pgamma(4, 3, scale = 2))', () => {
    expect(byScale.cdf(4)).toBeCloseTo(1 - 5 * Math.exp(-2), 15);
    expect(byScale.quantile(1 - 5 * Math.exp(-2))).toBeCloseTo(4, 13);
  });

  it('gamma(shape, rate) is gamma(shape, scale = 1/rate)', () => {
    const byRate = createGamma({ shape: 3, rate: 0.5 });
    expect(byRate.mean).toBe(6);
    expect(byRate.variance).toBe(12);
    for (const x of [0.5, 4, 20]) expect(byRate.cdf(x)).toBe(byScale.cdf(x));
  });

  it('gamma(1, rate λ) is the exponential: quantile −ln(1 − u)/λ, density λe^(−λx), λ at 0', () => {
    const exponential = createGamma({ shape: 1, rate: 2 });
    for (const u of [1e-10, 0.3, 0.5, 0.99]) expect(exponential.quantile(u)).toBeCloseTo(-Math.log1p(-u) / 2, 14);
    expect(exponential.density(0)).toBe(2);
    expect(exponential.density(1)).toBeCloseTo(2 * Math.exp(-2), 15);
  });

  it('has density ∞ at 0 for shape < 1, 0 for shape > 1, and 0 below 0', () => {
    expect(createGamma({ shape: 0.5, scale: 1 }).density(0)).toBe(Infinity);
    expect(byScale.density(0)).toBe(0);
    expect(byScale.density(-1)).toBe(0);
    expect(byScale.cdf(-1)).toBe(0);
  });

  it('cdf(quantile(u)) ≈ u, including the extremes of a stream', () => {
    for (const u of [2 ** -33, 1e-6, 0.05, 0.3, 0.5, 0.7, 0.95, 1 - 1e-6, 1 - 2 ** -33]) {
      expect(Math.abs(byScale.cdf(byScale.quantile(u)) - u), `u = ${u}`).toBeLessThan(1e-13 * Math.min(u, 1 - u) + 2e-16);
    }
  });

  it('sample(rng) is quantile(rng()): exactly one uniform per draw', () => {
    const sampling = createStream(7, 'gamma', 'one-uniform');
    const uniforms = createStream(7, 'gamma', 'one-uniform');
    for (let i = 0; i < 100; i++) expect(byScale.sample(sampling)).toBe(byScale.quantile(uniforms()));
  });

  it('10,000 draws have mean and variance within 4 standard errors', () => {
    const skewed = createGamma({ shape: 2.5, scale: 2 });
    const rng = createStream(2024, 'distribution-tests', 'gamma');
    const draws = Float64Array.from({ length: DRAWS }, () => skewed.sample(rng));
    const tolerance = fourStandardErrors(skewed.variance, (3 + 6 / 2.5) * skewed.variance ** 2, DRAWS); // excess kurtosis 6/shape
    expect(Math.abs(mean(draws) - 5)).toBeLessThan(tolerance.mean);
    expect(Math.abs(variance(draws) - 10)).toBeLessThan(tolerance.variance);
  });

  it('throws "gamma needs exactly one of scale or rate" for both or neither', () => {
    const message = 'gamma needs exactly one of scale or rate';
    expect(() => createGamma({ shape: 2, scale: 1, rate: 1 } as GammaParameters)).toThrow(new RangeError(message));
    expect(() => createGamma({ shape: 2 } as unknown as GammaParameters)).toThrow(new RangeError(message));
  });

  it('throws "gamma needs shape > 0", "gamma needs scale > 0" and "gamma needs rate > 0"', () => {
    expect(() => createGamma({ shape: 0, scale: 1 })).toThrow(new RangeError('gamma needs shape > 0'));
    expect(() => createGamma({ shape: 2, scale: -1 })).toThrow(new RangeError('gamma needs scale > 0'));
    expect(() => createGamma({ shape: 2, rate: 0 })).toThrow(new RangeError('gamma needs rate > 0'));
    expect(() => createGamma({ shape: Number.NaN, rate: 1 })).toThrow(new RangeError('gamma needs shape to be a finite number'));
    expect(() => createGamma({ shape: 1, rate: Infinity })).toThrow(new RangeError('gamma needs rate to be a finite number'));
  });

  it('checkGammaParameters reports every problem at once', () => {
    expect(checkGammaParameters({ shape: -1, scale: 0 })).toEqual(['gamma needs shape > 0', 'gamma needs scale > 0']);
  });

  it('quantile throws outside [0, 1]; cdf and density throw for NaN', () => {
    expect(() => byScale.quantile(-0.1)).toThrow(new RangeError('gamma quantile needs 0 <= u <= 1, got -0.1'));
    expect(() => byScale.cdf(Number.NaN)).toThrow(new RangeError('gamma cdf needs x to be a number'));
    expect(() => byScale.density(Number.NaN)).toThrow(new RangeError('gamma density needs x to be a number'));
  });
});
