import { describe, expect, it } from 'vitest';
import { checkUniformParameters, createUniform } from '../../../engine/distributions/uniform.ts';
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

describe('createUniform', () => {
  const uniform = createUniform({ min: 2, max: 6 });

  it('uniform(min, max) has mean (min + max)/2, variance (max − min)²/12 and support [min, max]', () => {
    expect(uniform.kind).toBe('uniform');
    expect(uniform.mean).toBe(4);
    expect(uniform.variance).toBeCloseTo(16 / 12, 15);
    expect(uniform.support).toEqual([2, 6]);
  });

  it('uniform(2, 6) has quantile(0.25) = 3, cdf(5) = 0.75 and density ¼ inside, 0 outside', () => {
    expect(uniform.quantile(0.25)).toBe(3);
    expect(uniform.quantile(0)).toBe(2);
    expect(uniform.quantile(1)).toBe(6);
    expect(uniform.cdf(5)).toBe(0.75);
    expect(uniform.cdf(1)).toBe(0);
    expect(uniform.cdf(7)).toBe(1);
    expect(uniform.density(3)).toBe(0.25);
    expect(uniform.density(6.5)).toBe(0);
  });

  it('cdf(quantile(u)) ≈ u', () => {
    for (let u = 0; u <= 1; u += 0.01) expect(uniform.cdf(uniform.quantile(u))).toBeCloseTo(u, 15);
  });

  it('sample(rng) is quantile(rng()): exactly one uniform per draw', () => {
    const sampling = createStream(7, 'uniform', 'one-uniform');
    const uniforms = createStream(7, 'uniform', 'one-uniform');
    for (let i = 0; i < 100; i++) expect(uniform.sample(sampling)).toBe(uniform.quantile(uniforms()));
  });

  it('10,000 draws have mean and variance within 4 standard errors', () => {
    const rng = createStream(2024, 'distribution-tests', 'uniform');
    const draws = Float64Array.from({ length: DRAWS }, () => uniform.sample(rng));
    const tolerance = fourStandardErrors(uniform.variance, 1.8 * uniform.variance ** 2, DRAWS); // kurtosis 9/5
    expect(Math.abs(mean(draws) - 4)).toBeLessThan(tolerance.mean);
    expect(Math.abs(variance(draws) - uniform.variance)).toBeLessThan(tolerance.variance);
  });

  it('throws "uniform needs min < max" when min >= max, and names a non-finite limit', () => {
    expect(() => createUniform({ min: 3, max: 3 })).toThrow(new RangeError('uniform needs min < max'));
    expect(() => createUniform({ min: 4, max: 3 })).toThrow(new RangeError('uniform needs min < max'));
    expect(() => createUniform({ min: Number.NaN, max: 3 })).toThrow(new RangeError('uniform needs min to be a finite number'));
    expect(() => createUniform({ min: 0, max: Infinity })).toThrow(new RangeError('uniform needs max to be a finite number'));
  });

  it('checkUniformParameters reports every problem at once', () => {
    expect(checkUniformParameters({ min: Number.NaN, max: Number.NaN })).toEqual(['uniform needs min to be a finite number', 'uniform needs max to be a finite number']);
  });

  it('quantile throws outside [0, 1]; cdf and density throw for NaN', () => {
    expect(() => uniform.quantile(2)).toThrow(new RangeError('uniform quantile needs 0 <= u <= 1, got 2'));
    expect(() => uniform.cdf(Number.NaN)).toThrow(new RangeError('uniform cdf needs x to be a number'));
    expect(() => uniform.density(Number.NaN)).toThrow(new RangeError('uniform density needs x to be a number'));
  });
});
