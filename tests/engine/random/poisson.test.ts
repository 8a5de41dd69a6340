import { describe, expect, it } from 'vitest';
import { poissonQuantile, samplePoisson } from '../../../engine/random/poisson.ts';
import { createStream } from '../../../engine/random/stream.ts';

/** Exact Poisson pmf by the recurrence p(k) = p(k − 1)·mean/k. */
function pmf(mean: number, upTo: number): number[] {
  const values = [Math.exp(-mean)];
  for (let k = 1; k <= upTo; k++) values.push((values[k - 1] * mean) / k);
  return values;
}

/** Upper 0.1% point of chi-square with df degrees of freedom (Wilson–Hilferty; within 1% for df ≥ 5). */
function chiSquareCritical(df: number): number {
  const z = 3.0902; // standard normal 0.999 quantile
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

describe('samplePoisson', () => {
  it('has mean and variance equal to the mean over 10,000 draws (within 4 standard errors), for both methods', () => {
    for (const mean of [3.5, 37.3, 630]) {
      const rng = createStream(2024, 'poisson', mean);
      const draws = 10_000;
      let sum = 0;
      let sumSquares = 0;
      for (let i = 0; i < draws; i++) {
        const x = samplePoisson(mean, rng);
        sum += x;
        sumSquares += x * x;
      }
      const sampleMean = sum / draws;
      const variance = (sumSquares - draws * sampleMean * sampleMean) / (draws - 1);
      expect(Math.abs(sampleMean - mean)).toBeLessThan(4 * Math.sqrt(mean / draws));
      // SE of the sample variance: mean·√(2/(N − 1) + 1/(mean·N)) (Poisson excess kurtosis 1/mean).
      expect(Math.abs(variance - mean)).toBeLessThan(4 * mean * Math.sqrt(2 / (draws - 1) + 1 / (mean * draws)));
    }
  });

  it('matches the exact pmf by a chi-square test on 10,000 draws (0.1% level), below and above the PTRS switch', () => {
    for (const mean of [3.5, 40, 250]) {
      const rng = createStream(31, 'chi-square', mean);
      const draws = 10_000;
      const upTo = Math.ceil(mean + 12 * Math.sqrt(mean) + 10);
      const counts = new Array<number>(upTo + 1).fill(0);
      for (let i = 0; i < draws; i++) counts[Math.min(upTo, samplePoisson(mean, rng))]++;
      const probabilities = pmf(mean, upTo);
      // Pool cells so each expects at least 5.
      let statistic = 0;
      let cells = 0;
      let expected = 0;
      let observed = 0;
      for (let k = 0; k <= upTo; k++) {
        expected += draws * probabilities[k];
        observed += counts[k];
        if (expected >= 5 && draws * (1 - probabilities.slice(0, k + 1).reduce((a, b) => a + b, 0)) >= 5) {
          statistic += (observed - expected) ** 2 / expected;
          cells++;
          expected = 0;
          observed = 0;
        }
      }
      expected = draws - probabilities.reduce((a, b) => a + b, 0) * draws + expected;
      statistic += (observed - expected) ** 2 / expected;
      cells++;
      expect(statistic, `mean ${mean}`).toBeLessThan(chiSquareCritical(cells - 1));
    }
  });

  it('inverts the cdf exactly below a mean of 10: Poisson(3.5) at u either side of F(2) and F(6)', () => {
    const p = pmf(3.5, 10);
    const f2 = p[0] + p[1] + p[2];
    const f6 = f2 + p[3] + p[4] + p[5] + p[6];
    expect(samplePoisson(3.5, () => f2 - 1e-12)).toBe(2);
    expect(samplePoisson(3.5, () => f2 + 1e-12)).toBe(3);
    expect(samplePoisson(3.5, () => f6 - 1e-12)).toBe(6);
    expect(samplePoisson(3.5, () => f6 + 1e-12)).toBe(7);
  });

  it('returns 0 for a mean of 0 without consuming a uniform', () => {
    expect(samplePoisson(0, () => expect.fail('no uniform should be drawn'))).toBe(0);
  });

  it('throws for a negative, NaN or infinite mean', () => {
    const rng = createStream(1);
    expect(() => samplePoisson(-1, rng)).toThrow('samplePoisson: mean must be finite and >= 0, got -1');
    expect(() => samplePoisson(NaN, rng)).toThrow('samplePoisson: mean must be finite and >= 0, got NaN');
    expect(() => samplePoisson(Infinity, rng)).toThrow(RangeError);
  });
});

describe('poissonQuantile', () => {
  // Expected values: scipy 1.17.1, scipy.stats.poisson.ppf(u, mean).
  it.each([
    [45, 0.5, 45],
    [630, 0.01, 572],
    [630, 0.999, 709],
    [3.5, 0.9, 6],
    [0.1, 0.95, 1],
  ])('Poisson(%d) quantile at u = %d is %d, as scipy', (mean, u, expected) => {
    expect(poissonQuantile(mean, u)).toBe(expected);
  });

  // Expected values: mpmath 1.3.0, mp.dps = 40: least n ≤ max with F(n) ≥ u·F(max).
  it.each([
    [45, 0.5, 50, 43],
    [45, 0.95, 50, 50],
    [45, 0.05, 50, 34],
    [60, 0.5, 50, 48],
    [630, 0.3, 650, 612],
  ])('Poisson(%d) conditioned on at most %d: quantile at u = %d is %d, as mpmath', (mean, u, max, expected) => {
    expect(poissonQuantile(mean, u, max)).toBe(expected);
  });

  it('moves by 0 or 1 when max falls by 1, for every u (the bed-base coupling)', () => {
    const rng = createStream(5, 'truncated');
    for (const mean of [4, 45, 630]) {
      for (let i = 0; i < 200; i++) {
        const u = rng();
        let previous = poissonQuantile(mean, u, 0);
        for (let max = 1; max <= 2 * mean + 40; max++) {
          const current = poissonQuantile(mean, u, max);
          const step = current - previous;
          if (step !== 0 && step !== 1) expect.fail(`mean ${mean}, u ${u}: Q(max ${max}) − Q(max ${max - 1}) = ${step}`);
          previous = current;
        }
      }
    }
  });

  it('puts a heavily overloaded ward at its beds without underflow', () => {
    expect(poissonQuantile(1e6, 0.3, 12)).toBe(12);
    expect(poissonQuantile(0, 0.3, 12)).toBe(0);
    expect(poissonQuantile(5, 0.3, 0)).toBe(0);
  });

  it('throws on a bad mean, u or max', () => {
    expect(() => poissonQuantile(-2, 0.5)).toThrow('poissonQuantile: mean must be finite and >= 0, got -2');
    expect(() => poissonQuantile(2, 0)).toThrow('poissonQuantile: u must be in (0, 1], got 0');
    expect(() => poissonQuantile(2, 0.5, 3.5)).toThrow('poissonQuantile: max must be a whole number >= 0 or Infinity, got 3.5');
    expect(() => poissonQuantile(2, 0.5, -1)).toThrow(RangeError);
  });
});
