import { describe, expect, it } from 'vitest';
import { checkTriangularParameters, createTriangular } from '../../../engine/distributions/triangular.ts';
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

describe('createTriangular', () => {
  const symmetric = createTriangular({ min: 0, mode: 1, max: 2 });

  it('triangular(0, 1, 2) has quantile(0.5) = 1, cdf(0.5) = 1/8, cdf(1.5) = 7/8 and density 1 at the mode', () => {
    // Worked by hand: below the mode F(x) = x²/2, above it F(x) = 1 − (2 − x)²/2.
    expect(symmetric.quantile(0.5)).toBe(1);
    expect(symmetric.cdf(0.5)).toBe(0.125);
    expect(symmetric.cdf(1.5)).toBe(0.875);
    expect(symmetric.density(1)).toBe(1);
    expect(symmetric.density(0.5)).toBe(0.5);
    expect(symmetric.density(2.5)).toBe(0);
  });

  it('triangular(min, mode, max) has mean (min + mode + max)/3 and variance (a² + b² + c² − ab − ac − bc)/18', () => {
    const skewed = createTriangular({ min: 0, mode: 1, max: 4 });
    expect(skewed.kind).toBe('triangular');
    expect(skewed.mean).toBeCloseTo(5 / 3, 15);
    expect(skewed.variance).toBeCloseTo((0 + 1 + 16 - 0 - 0 - 4) / 18, 15);
    expect(skewed.support).toEqual([0, 4]);
  });

  it('allows the mode at either limit: triangular(0, 0, 1) has quantile 1 − √(1 − u) and density 2 at 0', () => {
    const leftMode = createTriangular({ min: 0, mode: 0, max: 1 });
    for (const u of [0, 0.1, 0.5, 0.9, 1]) expect(leftMode.quantile(u)).toBeCloseTo(1 - Math.sqrt(1 - u), 15);
    expect(leftMode.density(0)).toBe(2);
    expect(leftMode.cdf(0.5)).toBe(0.75);
    const rightMode = createTriangular({ min: 0, mode: 1, max: 1 });
    expect(rightMode.quantile(0.25)).toBe(0.5);
    expect(rightMode.density(1)).toBe(2);
  });

  it('cdf(quantile(u)) ≈ u on both sides of the mode', () => {
    const skewed = createTriangular({ min: -3, mode: 0.5, max: 10 });
    for (let u = 0; u <= 1; u += 0.01) expect(skewed.cdf(skewed.quantile(u))).toBeCloseTo(u, 14);
  });

  it('sample(rng) is quantile(rng()): exactly one uniform per draw', () => {
    const sampling = createStream(7, 'triangular', 'one-uniform');
    const uniforms = createStream(7, 'triangular', 'one-uniform');
    for (let i = 0; i < 100; i++) expect(symmetric.sample(sampling)).toBe(symmetric.quantile(uniforms()));
  });

  it('10,000 draws have mean and variance within 4 standard errors', () => {
    const skewed = createTriangular({ min: 0, mode: 1, max: 4 });
    const rng = createStream(2024, 'distribution-tests', 'triangular');
    const draws = Float64Array.from({ length: DRAWS }, () => skewed.sample(rng));
    const tolerance = fourStandardErrors(skewed.variance, 2.4 * skewed.variance ** 2, DRAWS); // kurtosis 12/5
    expect(Math.abs(mean(draws) - skewed.mean)).toBeLessThan(tolerance.mean);
    expect(Math.abs(variance(draws) - skewed.variance)).toBeLessThan(tolerance.variance);
  });

  it('throws "triangular needs min < max" and "triangular needs min <= mode <= max"', () => {
    expect(() => createTriangular({ min: 1, mode: 1, max: 1 })).toThrow(new RangeError('triangular needs min < max'));
    expect(() => createTriangular({ min: 0, mode: 3, max: 2 })).toThrow(new RangeError('triangular needs min <= mode <= max'));
    expect(() => createTriangular({ min: 0, mode: -1, max: 2 })).toThrow(new RangeError('triangular needs min <= mode <= max'));
    expect(() => createTriangular({ min: 0, mode: Number.NaN, max: 2 })).toThrow(new RangeError('triangular needs mode to be a finite number'));
  });

  it('checkTriangularParameters reports every problem at once', () => {
    expect(checkTriangularParameters({ min: 2, mode: 5, max: 1 })).toEqual(['triangular needs min < max', 'triangular needs min <= mode <= max']);
  });

  it('quantile throws outside [0, 1]; cdf and density throw for NaN', () => {
    expect(() => symmetric.quantile(-1)).toThrow(new RangeError('triangular quantile needs 0 <= u <= 1, got -1'));
    expect(() => symmetric.cdf(Number.NaN)).toThrow(new RangeError('triangular cdf needs x to be a number'));
    expect(() => symmetric.density(Number.NaN)).toThrow(new RangeError('triangular density needs x to be a number'));
  });
});
