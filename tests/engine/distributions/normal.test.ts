import { describe, expect, it } from 'vitest';
import { checkNormalParameters, createNormal } from '../../../engine/distributions/normal.ts';
import { createStream } from '../../../engine/random/stream.ts';
import { mean } from '../../../engine/stats/mean.ts';
import { variance } from '../../../engine/stats/variance.ts';

const DRAWS = 10_000;

/**
 * Tolerances for 10,000 draws: 4 standard errors, SE(mean) = σ/√n and
 * SE(s²) = √((μ₄ − σ⁴(n − 3)/(n − 1))/n) with μ₄ the fourth central moment (Cramér,
 * Mathematical Methods of Statistics (1946), §27.4). A correct sampler fails a check
 * with probability about 6e-5; the seed is fixed, so the test is deterministic.
 */
function fourStandardErrors(populationVariance: number, fourthCentralMoment: number, n: number) {
  return {
    mean: 4 * Math.sqrt(populationVariance / n),
    variance: 4 * Math.sqrt((fourthCentralMoment - (populationVariance * populationVariance * (n - 3)) / (n - 1)) / n),
  };
}

describe('createNormal', () => {
  const payAward = createNormal({ mean: 3, sd: 2 });

  it('normal(mean, sd) has mean, variance sd² and support (−∞, ∞)', () => {
    expect(payAward.kind).toBe('normal');
    expect(payAward.mean).toBe(3);
    expect(payAward.variance).toBe(4);
    expect(payAward.support).toEqual([-Infinity, Infinity]);
  });

  it('normal(mean, sd).quantile(0.975) is mean + 1.959963984540054·sd (R: qnorm(0.975))', () => {
    expect(payAward.quantile(0.975)).toBeCloseTo(3 + 2 * 1.959963984540054, 14);
    expect(payAward.quantile(0.5)).toBe(3);
  });

  it('normal(mean, sd) has cdf ½ and density 1/(sd·√(2π)) at the mean', () => {
    expect(payAward.cdf(3)).toBe(0.5);
    expect(payAward.density(3)).toBeCloseTo(1 / (2 * Math.sqrt(2 * Math.PI)), 15);
    expect(payAward.cdf(-Infinity)).toBe(0);
  });

  it('cdf(quantile(u)) ≈ u from u = 1e-12 to 1 − 1e-12', () => {
    for (const u of [1e-12, 1e-6, 0.01, 0.2, 0.5, 0.8, 0.99, 1 - 1e-6, 1 - 1e-12]) {
      expect(Math.abs(payAward.cdf(payAward.quantile(u)) - u), `u = ${u}`).toBeLessThan(1e-15 + 1e-13 * Math.min(u, 1 - u));
    }
  });

  it('sample(rng) is quantile(rng()): exactly one uniform per draw', () => {
    const sampling = createStream(7, 'normal', 'one-uniform');
    const uniforms = createStream(7, 'normal', 'one-uniform');
    for (let i = 0; i < 100; i++) expect(payAward.sample(sampling)).toBe(payAward.quantile(uniforms()));
  });

  it('10,000 draws have mean and variance within 4 standard errors of 3 and 4', () => {
    const rng = createStream(2024, 'distribution-tests', 'normal');
    const draws = Float64Array.from({ length: DRAWS }, () => payAward.sample(rng));
    const tolerance = fourStandardErrors(4, 3 * 16, DRAWS); // μ₄ = 3σ⁴
    expect(Math.abs(mean(draws) - 3)).toBeLessThan(tolerance.mean);
    expect(Math.abs(variance(draws) - 4)).toBeLessThan(tolerance.variance);
  });

  it('throws "normal needs sd > 0" for sd = 0 or sd < 0', () => {
    expect(() => createNormal({ mean: 0, sd: 0 })).toThrow(new RangeError('normal needs sd > 0'));
    expect(() => createNormal({ mean: 0, sd: -1 })).toThrow(new RangeError('normal needs sd > 0'));
  });

  it('throws "normal needs mean to be a finite number" for NaN, ±Infinity or a non-number', () => {
    expect(() => createNormal({ mean: Number.NaN, sd: 1 })).toThrow(new RangeError('normal needs mean to be a finite number'));
    expect(() => createNormal({ mean: Infinity, sd: 1 })).toThrow(new RangeError('normal needs mean to be a finite number'));
    expect(() => createNormal({ mean: '3' as unknown as number, sd: 1 })).toThrow(new RangeError('normal needs mean to be a finite number'));
    expect(() => createNormal({ mean: 0, sd: Infinity })).toThrow(new RangeError('normal needs sd to be a finite number'));
  });

  it('checkNormalParameters reports every problem at once', () => {
    expect(checkNormalParameters({ mean: Number.NaN, sd: -1 })).toEqual(['normal needs mean to be a finite number', 'normal needs sd > 0']);
    expect(checkNormalParameters({ mean: 0, sd: 1 })).toEqual([]);
  });

  it('quantile throws outside [0, 1]; cdf and density throw for NaN', () => {
    expect(() => payAward.quantile(1.5)).toThrow(new RangeError('normal quantile needs 0 <= u <= 1, got 1.5'));
    expect(() => payAward.quantile(Number.NaN)).toThrow(new RangeError('normal quantile needs 0 <= u <= 1, got NaN'));
    expect(() => payAward.cdf(Number.NaN)).toThrow(new RangeError('normal cdf needs x to be a number'));
    expect(() => payAward.density(Number.NaN)).toThrow(new RangeError('normal density needs x to be a number'));
  });
});
