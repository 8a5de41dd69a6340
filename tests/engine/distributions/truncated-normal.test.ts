import { describe, expect, it } from 'vitest';
import { checkTruncatedNormalParameters, createTruncatedNormal } from '../../../engine/distributions/truncated-normal.ts';
import { createStream } from '../../../engine/random/stream.ts';
import { normalQuantile } from '../../../engine/special/normal-quantile.ts';
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

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/**
 * Fourth central moment of N(0, 1) truncated to [a, b], from the raw-moment recursion
 * m_k = (k − 1)·m_{k−2} + (a^(k−1)φ(a) − b^(k−1)φ(b))/Z (Johnson, Kotz & Balakrishnan, vol. 1, §13.10).
 */
function standardFourthCentralMoment(a: number, b: number, mass: number): number {
  const phi = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  const raw = [1, (phi(a) - phi(b)) / mass];
  for (let k = 2; k <= 4; k++) raw.push((k - 1) * raw[k - 2] + (a ** (k - 1) * phi(a) - b ** (k - 1) * phi(b)) / mass);
  const m = raw[1];
  return raw[4] - 4 * m * raw[3] + 6 * m * m * raw[2] - 3 * m ** 4;
}

describe('createTruncatedNormal', () => {
  it('N(0, 1) truncated to [0, ∞) is the half-normal: mean √(2/π), variance 1 − 2/π, quantile Φ⁻¹((1 + u)/2)', () => {
    const halfNormal = createTruncatedNormal({ mean: 0, sd: 1, min: 0 });
    expect(halfNormal.kind).toBe('truncatedNormal');
    expect(halfNormal.mean).toBeCloseTo(Math.sqrt(2 / Math.PI), 15);
    expect(halfNormal.variance).toBeCloseTo(1 - 2 / Math.PI, 15);
    expect(halfNormal.support).toEqual([0, Infinity]);
    for (const u of [0.1, 0.5, 0.9]) expect(halfNormal.quantile(u)).toBeCloseTo(normalQuantile((1 + u) / 2), 14);
    expect(halfNormal.density(0)).toBeCloseTo(2 / Math.sqrt(2 * Math.PI), 15);
  });

  it('a symmetric truncation keeps the mean and median at the parent mean', () => {
    const symmetric = createTruncatedNormal({ mean: 5, sd: 2, min: 3, max: 7 });
    expect(symmetric.mean).toBeCloseTo(5, 15);
    expect(symmetric.quantile(0.5)).toBeCloseTo(5, 14);
    expect(symmetric.cdf(5)).toBeCloseTo(0.5, 15);
    expect(symmetric.support).toEqual([3, 7]);
  });

  // Expected values: mpmath 1.3.0, mp.dps = 50, quad of z·φ(z) and (z − m)²·φ(z) over [α, β] divided by the mass.
  it.each([
    [0, 1, -1, 2, 0.22963717909132897, 0.5197625392115339],
    [10, 3, 12, undefined, 13.795534022026132, 2.184989531694394],
    [100, 15, 90, 95, 92.56915579312893, 2.072767616187348],
    [0, 1, 7, undefined, 7.137545613226504, 0.01826191169662223],
    [0, 1, undefined, -7, -7.137545613226504, 0.01826191169662223],
    [0, 1, 0.5, 0.50001, 0.5000049999958333, 8.333333333219288e-12],
  ])('truncatedNormal(mean %d, sd %d, min %s, max %s) has the mean and variance mpmath integrates', (m, sd, min, max, expectedMean, expectedVariance) => {
    const distribution = createTruncatedNormal({ mean: m, sd, min, max });
    expect(relativeError(distribution.mean, expectedMean)).toBeLessThan(1e-13);
    // Tail and narrow cases included: the closed form would lose digits to cancellation there.
    expect(relativeError(distribution.variance, expectedVariance)).toBeLessThan(1e-9);
  });

  // Expected values: mpmath 1.3.0, mp.dps = 50, bisection for Φ(−z) = Φ(−7)·(1 − u) (upper tail) and Φ(z) = Φ(−7)·u (lower tail).
  it.each([
    [7, undefined, 1e-9, 7.000000000140104],
    [7, undefined, 0.5, 7.096472655647234],
    [7, undefined, 0.999999, 8.729428588934677],
    [undefined, -7, 1e-9, -9.479313061304282],
    [undefined, -7, 0.5, -7.096472655647234],
    [undefined, -7, 0.999999, -7.000000140104252],
  ])('its quantile stays accurate deep in a tail: N(0, 1) on [%s, %s] at u = %d matches mpmath to 1e-14', (min, max, u, expected) => {
    const tail = createTruncatedNormal({ mean: 0, sd: 1, min, max });
    expect(relativeError(tail.quantile(u), expected)).toBeLessThan(1e-14);
  });

  it('cdf(quantile(u)) ≈ u for a two-sided and a deep-tail truncation', () => {
    for (const distribution of [
      createTruncatedNormal({ mean: 0.5, sd: 1, min: 0, max: 3 }),
      createTruncatedNormal({ mean: 0, sd: 1, min: 6.5 }),
      createTruncatedNormal({ mean: 0, sd: 1, max: -6.5 }),
    ]) {
      for (const u of [2 ** -33, 1e-6, 0.05, 0.3, 0.5, 0.7, 0.95, 1 - 1e-6, 1 - 2 ** -33]) {
        const x = distribution.quantile(u);
        // x is a double: it, and the standardisation (x − mean)/sd, are exact only to about an ulp
        // of max(|x|, |mean|), which moves the cdf by the density times that. Near a truncation
        // point such as 6.5 this dominates: 6.5 + 1.5e-7 carries only ~9 significant digits of its offset.
        const representation = 4 * Number.EPSILON * distribution.density(x) * Math.max(Math.abs(x), Math.abs(distribution.mean), 1);
        // Plus ε for the cdf's own rounding when its value is near 1.
        expect(Math.abs(distribution.cdf(x) - u), `u = ${u}`).toBeLessThan(1e-12 * Math.min(u, 1 - u) + representation + Number.EPSILON * u);
      }
    }
  });

  it('quantile stays inside [min, max] and reaches the limits at u = 0 and 1', () => {
    const narrow = createTruncatedNormal({ mean: 0, sd: 1, min: 0.5, max: 0.50001 });
    for (let u = 0; u <= 1; u += 0.05) {
      const value = narrow.quantile(u);
      expect(value).toBeGreaterThanOrEqual(0.5);
      expect(value).toBeLessThanOrEqual(0.50001);
    }
    expect(narrow.quantile(0)).toBe(0.5);
    expect(narrow.quantile(1)).toBe(0.50001);
  });

  it('has density φ(z)/(sd·Z) inside and 0 outside; cdf 0 below min and 1 above max', () => {
    const distribution = createTruncatedNormal({ mean: 0, sd: 1, min: -1, max: 1 });
    const mass = 0.6826894921370859; // P(|Z| ≤ 1), mpmath
    expect(distribution.density(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI) / mass, 14);
    expect(distribution.density(1.5)).toBe(0);
    expect(distribution.cdf(-2)).toBe(0);
    expect(distribution.cdf(2)).toBe(1);
  });

  it('sample(rng) is quantile(rng()): exactly one uniform per draw', () => {
    const distribution = createTruncatedNormal({ mean: 0.5, sd: 1, min: 0, max: 3 });
    const sampling = createStream(7, 'truncatedNormal', 'one-uniform');
    const uniforms = createStream(7, 'truncatedNormal', 'one-uniform');
    for (let i = 0; i < 100; i++) expect(distribution.sample(sampling)).toBe(distribution.quantile(uniforms()));
  });

  it('10,000 draws have mean and variance within 4 standard errors', () => {
    const distribution = createTruncatedNormal({ mean: 0.5, sd: 1, min: 0, max: 3 });
    const rng = createStream(2024, 'distribution-tests', 'truncatedNormal');
    const draws = Float64Array.from({ length: DRAWS }, () => distribution.sample(rng));
    const mass = 0.9937903346742238 - 0.3085375387259869; // Φ(2.5) − Φ(−0.5), mpmath ncdf
    const tolerance = fourStandardErrors(distribution.variance, standardFourthCentralMoment(-0.5, 2.5, mass), DRAWS);
    expect(Math.abs(mean(draws) - distribution.mean)).toBeLessThan(tolerance.mean);
    expect(Math.abs(variance(draws) - distribution.variance)).toBeLessThan(tolerance.variance);
  });

  it('rejects an interval holding less than 1e-12 of the parent probability, saying how much it holds', () => {
    expect(() => createTruncatedNormal({ mean: 0, sd: 1, min: 10 })).toThrow(
      new RangeError("truncatedNormal needs [min, max] to hold at least 1e-12 of the parent normal's probability (it holds 7.62e-24)"),
    );
    expect(() => createTruncatedNormal({ mean: 0, sd: 1, min: 7 })).not.toThrow(); // holds 1.28e-12
  });

  it('throws "truncatedNormal needs sd > 0", "… min < max" and names non-finite fields', () => {
    expect(() => createTruncatedNormal({ mean: 0, sd: 0 })).toThrow(new RangeError('truncatedNormal needs sd > 0'));
    expect(() => createTruncatedNormal({ mean: 0, sd: 1, min: 2, max: 2 })).toThrow(new RangeError('truncatedNormal needs min < max'));
    expect(() => createTruncatedNormal({ mean: Number.NaN, sd: 1 })).toThrow(new RangeError('truncatedNormal needs mean to be a finite number'));
    expect(() => createTruncatedNormal({ mean: 0, sd: 1, min: -Infinity })).toThrow(new RangeError('truncatedNormal needs min to be a finite number'));
    expect(() => createTruncatedNormal({ mean: 0, sd: 1, max: Number.NaN })).toThrow(new RangeError('truncatedNormal needs max to be a finite number'));
  });

  it('checkTruncatedNormalParameters reports every problem at once', () => {
    expect(checkTruncatedNormalParameters({ mean: Infinity, sd: -1 })).toEqual(['truncatedNormal needs mean to be a finite number', 'truncatedNormal needs sd > 0']);
  });

  it('quantile throws outside [0, 1]; cdf and density throw for NaN', () => {
    const distribution = createTruncatedNormal({ mean: 0, sd: 1, min: 0 });
    expect(() => distribution.quantile(2)).toThrow(new RangeError('truncatedNormal quantile needs 0 <= u <= 1, got 2'));
    expect(() => distribution.cdf(Number.NaN)).toThrow(new RangeError('truncatedNormal cdf needs x to be a number'));
    expect(() => distribution.density(Number.NaN)).toThrow(new RangeError('truncatedNormal density needs x to be a number'));
  });
});
