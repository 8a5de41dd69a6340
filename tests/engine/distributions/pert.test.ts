import { describe, expect, it } from 'vitest';
import { checkPertParameters, createPert } from '../../../engine/distributions/pert.ts';
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

describe('createPert', () => {
  it('pert(min, mode, max) has mean (min+4·mode+max)/6', () => {
    expect(createPert({ min: 0, mode: 3, max: 12 }).mean).toBe(4);
    expect(createPert({ min: -2, mode: 0.5, max: 1 }).mean).toBeCloseTo((-2 + 2 + 1) / 6, 15);
  });

  it('pert(min, mode, max, lambda) has mean (min + lambda·mode + max)/(lambda + 2) and variance (mean − min)(max − mean)/(lambda + 3)', () => {
    const weighted = createPert({ min: 0, mode: 1, max: 4, lambda: 2 });
    expect(weighted.mean).toBe(1.5);
    expect(weighted.variance).toBe((1.5 * 2.5) / 5);
  });

  it('pert(0, ½, 1) is Beta(3, 3): variance 1/28, median ½, cdf(¼) = 106/1024', () => {
    // Beta(3, 3): I_¼(3, 3) = P(Bin(5, ¼) ≥ 3) = (10·9·4 + 5·3·1 + 1)/4⁵ = 106/1024.
    const symmetric = createPert({ min: 0, mode: 0.5, max: 1 });
    expect(symmetric.kind).toBe('pert');
    expect(symmetric.variance).toBeCloseTo(1 / 28, 15);
    expect(symmetric.quantile(0.5)).toBeCloseTo(0.5, 14);
    expect(symmetric.cdf(0.25)).toBeCloseTo(106 / 1024, 14);
    expect(symmetric.density(0.5)).toBeCloseTo(30 / 16, 14); // x²(1 − x)²/B(3, 3) = (1/16)·30
    expect(symmetric.support).toEqual([0, 1]);
  });

  it('its mode is where its density peaks', () => {
    const skewed = createPert({ min: 10, mode: 13, max: 30 });
    expect(skewed.density(13)).toBeGreaterThan(skewed.density(12.9));
    expect(skewed.density(13)).toBeGreaterThan(skewed.density(13.1));
  });

  it('cdf(quantile(u)) ≈ u', () => {
    const skewed = createPert({ min: 10, mode: 13, max: 30 });
    for (const u of [2 ** -33, 1e-6, 0.05, 0.3, 0.5, 0.7, 0.95, 1 - 1e-6, 1 - 2 ** -33]) {
      expect(Math.abs(skewed.cdf(skewed.quantile(u)) - u), `u = ${u}`).toBeLessThan(1e-13 * Math.min(u, 1 - u) + 2e-16);
    }
  });

  it('sample(rng) is quantile(rng()): exactly one uniform per draw', () => {
    const skewed = createPert({ min: 10, mode: 13, max: 30 });
    const sampling = createStream(7, 'pert', 'one-uniform');
    const uniforms = createStream(7, 'pert', 'one-uniform');
    for (let i = 0; i < 100; i++) expect(skewed.sample(sampling)).toBe(skewed.quantile(uniforms()));
  });

  it('10,000 draws have mean and variance within 4 standard errors', () => {
    // pert(0, 3, 12) is 12·Beta(2, 4), whose excess kurtosis is −0.375.
    const pert = createPert({ min: 0, mode: 3, max: 12 });
    const rng = createStream(2024, 'distribution-tests', 'pert');
    const draws = Float64Array.from({ length: DRAWS }, () => pert.sample(rng));
    const tolerance = fourStandardErrors(pert.variance, (3 - 0.375) * pert.variance ** 2, DRAWS);
    expect(Math.abs(mean(draws) - 4)).toBeLessThan(tolerance.mean);
    expect(Math.abs(variance(draws) - pert.variance)).toBeLessThan(tolerance.variance);
  });

  it('throws "pert needs min < max", "pert needs min <= mode <= max" and "pert needs lambda > 0"', () => {
    expect(() => createPert({ min: 1, mode: 1, max: 1 })).toThrow(new RangeError('pert needs min < max'));
    expect(() => createPert({ min: 0, mode: 2, max: 1 })).toThrow(new RangeError('pert needs min <= mode <= max'));
    expect(() => createPert({ min: 0, mode: 0.5, max: 1, lambda: 0 })).toThrow(new RangeError('pert needs lambda > 0'));
    expect(() => createPert({ min: 0, mode: 0.5, max: 1, lambda: Number.NaN })).toThrow(new RangeError('pert needs lambda to be a finite number'));
    expect(() => createPert({ min: Infinity, mode: 0.5, max: 1 })).toThrow(new RangeError('pert needs min to be a finite number'));
  });

  it('checkPertParameters reports every problem at once', () => {
    expect(checkPertParameters({ min: 3, mode: 5, max: 2, lambda: -1 })).toEqual(['pert needs min < max', 'pert needs min <= mode <= max', 'pert needs lambda > 0']);
  });

  it('quantile throws outside [0, 1]; cdf and density throw for NaN, naming pert', () => {
    const pert = createPert({ min: 0, mode: 1, max: 2 });
    expect(() => pert.quantile(Number.NaN)).toThrow(new RangeError('pert quantile needs 0 <= u <= 1, got NaN'));
    expect(() => pert.cdf(Number.NaN)).toThrow(new RangeError('pert cdf needs x to be a number'));
    expect(() => pert.density(Number.NaN)).toThrow(new RangeError('pert density needs x to be a number'));
  });
});
