import { describe, expect, it } from 'vitest';
import { binomialQuantile, createBinomialQuantileTable, resetBinomialQuantileTable, tabulatedBinomialQuantile, tabulatedBinomialQuantileAt } from '../../../engine/random/binomial.ts';
import { createStream } from '../../../engine/random/stream.ts';

/** Exact binomial cdf for small n by direct sums of C(n, k) p^k q^(n−k). */
function exactCdf(n: number, p: number): number[] {
  const cdf: number[] = [];
  let coefficient = 1;
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) coefficient = (coefficient * (n - k + 1)) / k;
    sum += coefficient * p ** k * (1 - p) ** (n - k);
    cdf.push(sum);
  }
  return cdf;
}

/** The least u at which the quantile reaches k + 1, by bisection on u: the computed F(k). */
function switchPoint(quantile: (u: number) => number, k: number): number {
  let low = 1e-300;
  let high = 1;
  for (let i = 0; i < 200; i++) {
    const middle = (low + high) / 2;
    if (quantile(middle) <= k) low = middle;
    else high = middle;
  }
  return low;
}

describe('binomialQuantile', () => {
  it('inverts Binomial(3, 1/4), whose pmf is 27/64, 27/64, 9/64, 1/64, at the cdf steps', () => {
    const table = createBinomialQuantileTable(0.25);
    for (const quantile of [(u: number) => binomialQuantile(3, 0.25, u), (u: number) => tabulatedBinomialQuantile(table, 3, u)]) {
      // Either side of each step F(k) = 27/64, 54/64, 63/64, by more than rounding.
      expect(quantile(27 / 64 - 1e-12)).toBe(0);
      expect(quantile(27 / 64 + 1e-12)).toBe(1);
      expect(quantile(54 / 64 - 1e-12)).toBe(1);
      expect(quantile(54 / 64 + 1e-12)).toBe(2);
      expect(quantile(63 / 64 - 1e-12)).toBe(2);
      expect(quantile(63 / 64 + 1e-12)).toBe(3);
      expect(quantile(1e-300)).toBe(0);
      expect(quantile(1)).toBe(3);
    }
  });

  it('gives each k exactly the pmf C(n,k)p^k q^(n−k) of u for every n ≤ 12 (cdf steps to 1e-14)', () => {
    for (const p of [0.03, 0.25, 0.5, 0.9]) {
      const table = createBinomialQuantileTable(p);
      for (let n = 0; n <= 12; n++) {
        const cdf = exactCdf(n, p);
        for (let k = 0; k < n; k++) {
          if (cdf[k] > 1 - 1e-13) break; // steps closer to 1 than this are below double resolution
          expect(switchPoint((u) => binomialQuantile(n, p, u), k)).toBeCloseTo(cdf[k], 14);
          expect(switchPoint((u) => tabulatedBinomialQuantile(table, n, u), k)).toBeCloseTo(cdf[k], 14);
        }
      }
    }
  });

  // Expected values: scipy 1.17.1, scipy.stats.binom.ppf(u, n, p) (the same least-k definition).
  it.each([
    [700, 0.115, 0.5, 80],
    [700, 0.115, 0.001, 56],
    [700, 0.115, 0.999, 108],
    [100_000, 1e-4, 0.3, 8],
    [5000, 0.97, 0.02, 4825],
    [40, 0.5, 0.9, 24],
  ])('Binomial(%d, %d) quantile at u = %d is %d, as scipy', (n, p, u, expected) => {
    expect(binomialQuantile(n, p, u)).toBe(expected);
    expect(tabulatedBinomialQuantile(createBinomialQuantileTable(p), n, u)).toBe(expected);
  });

  it('has mean np and variance npq over 10,000 draws (within 4 standard errors)', () => {
    for (const [n, p] of [
      [700, 0.115],
      [40, 0.5],
      [1000, 0.003],
    ]) {
      const rng = createStream(2024, 'binomial', n, p);
      const table = createBinomialQuantileTable(p);
      const draws = 10_000;
      let sum = 0;
      let sumSquares = 0;
      for (let i = 0; i < draws; i++) {
        const x = tabulatedBinomialQuantile(table, n, rng());
        sum += x;
        sumSquares += x * x;
      }
      const mean = sum / draws;
      const variance = (sumSquares - draws * mean * mean) / (draws - 1);
      const npq = n * p * (1 - p);
      // SE of the mean is √(npq/N); of the sample variance ≈ npq·√(2/(N−1) + excess kurtosis/N),
      // excess kurtosis (1 − 6pq)/npq.
      expect(Math.abs(mean - n * p)).toBeLessThan(4 * Math.sqrt(npq / draws));
      const varianceSe = npq * Math.sqrt(2 / (draws - 1) + (1 - 6 * p * (1 - p)) / npq / draws);
      expect(Math.abs(variance - npq)).toBeLessThan(4 * varianceSe);
    }
  });

  it('is monotone in n for every u: Q(n + 1, u) − Q(n, u) is 0 or 1 (n = 0…2000, 200 u each)', () => {
    const rng = createStream(7, 'monotone');
    for (const p of [0.002, 0.06, 0.115, 0.5, 0.93]) {
      const table = createBinomialQuantileTable(p);
      for (let i = 0; i < 200; i++) {
        const u = rng();
        let previous = tabulatedBinomialQuantile(table, 0, u);
        for (let n = 1; n <= 2000; n++) {
          const current = tabulatedBinomialQuantile(table, n, u);
          const step = current - previous;
          if (step !== 0 && step !== 1) expect.fail(`p = ${p}, u = ${u}: Q(${n}) − Q(${n - 1}) = ${step}`);
          previous = current;
        }
      }
    }
  });

  it('gives the same draw from the table as without it', () => {
    const rng = createStream(8, 'agree');
    for (const p of [0.001, 0.03, 0.115, 0.5, 0.9, 0.999]) {
      const table = createBinomialQuantileTable(p);
      for (let i = 0; i < 3000; i++) {
        const n = Math.floor(rng() * 3000);
        const u = rng();
        expect(tabulatedBinomialQuantile(table, n, u)).toBe(binomialQuantile(n, p, u));
      }
    }
  });

  it('gives the same draw from the table as without it in the tails too, where u is beyond the cached row', () => {
    // u within 1e-5 of 0 or 1, and a spread in between, for counts whose σ = √(npq) runs
    // from under 1 to about 25 (so the answer lies up to some 100 steps from the mode).
    // Not nearer 0 or 1: there the table's drift (~1e-13) is no longer far below the
    // steps of the cdf, and either answer is right to rounding.
    const rng = createStream(9, 'agree in the tails');
    for (const p of [0.002, 0.115, 0.5, 0.97]) {
      const table = createBinomialQuantileTable(p);
      for (let i = 0; i < 4000; i++) {
        const n = Math.floor(rng() * 2500);
        const v = rng();
        const u = i % 3 === 0 ? 1e-6 + v * 1e-5 : i % 3 === 1 ? 1 - 1e-6 - v * 1e-5 : v;
        expect(tabulatedBinomialQuantile(table, n, u)).toBe(binomialQuantile(n, p, u));
      }
    }
  });

  it('reads the uniform from an array in tabulatedBinomialQuantileAt, with the same draws', () => {
    const table = createBinomialQuantileTable(0.3);
    const uniforms = new Float64Array([0.05, 0.5, 0.95, 1e-10]);
    for (let n = 0; n <= 300; n++) {
      for (let index = 0; index < uniforms.length; index++) {
        expect(tabulatedBinomialQuantileAt(table, n, uniforms, index)).toBe(binomialQuantile(n, 0.3, uniforms[index]));
      }
    }
  });

  it('handles p = 0, p = 1, n = 0 and huge n without underflow', () => {
    expect(binomialQuantile(50, 0, 0.99)).toBe(0);
    expect(binomialQuantile(50, 1, 0.01)).toBe(50);
    expect(binomialQuantile(0, 0.4, 0.5)).toBe(0);
    expect(tabulatedBinomialQuantile(createBinomialQuantileTable(1), 50, 0.01)).toBe(50);
    // (1 − 0.7)^5000 underflows, but the mode-relative pmf does not.
    expect(binomialQuantile(5000, 0.7, 0.5)).toBe(3500);
  });

  it('re-points a table at a new probability without reallocating', () => {
    const table = createBinomialQuantileTable(0.2, 100);
    tabulatedBinomialQuantile(table, 100, 0.5);
    const arrays = table.modeCdf;
    resetBinomialQuantileTable(table, 0.6);
    expect(table.modeCdf).toBe(arrays);
    expect(tabulatedBinomialQuantile(table, 100, 0.5)).toBe(binomialQuantile(100, 0.6, 0.5));
  });

  it('throws on a bad probability, trials or u, naming the problem', () => {
    expect(() => binomialQuantile(10, 1.5, 0.5)).toThrow('binomialQuantile: probability must be in [0, 1], got 1.5');
    expect(() => binomialQuantile(-1, 0.5, 0.5)).toThrow('binomialQuantile: trials must be a whole number >= 0, got -1');
    expect(() => binomialQuantile(2.5, 0.5, 0.5)).toThrow('binomialQuantile: trials must be a whole number >= 0, got 2.5');
    expect(() => binomialQuantile(10, 0.5, 0)).toThrow('binomialQuantile: u must be in (0, 1], got 0');
    expect(() => createBinomialQuantileTable(NaN)).toThrow('resetBinomialQuantileTable: probability must be in [0, 1], got NaN');
    expect(() => createBinomialQuantileTable(0.5, -2)).toThrow('createBinomialQuantileTable: trials must be a whole number >= 0, got -2');
    const table = createBinomialQuantileTable(0.5);
    expect(() => tabulatedBinomialQuantile(table, -3, 0.5)).toThrow('tabulatedBinomialQuantile: trials must be a whole number >= 0, got -3');
    expect(() => tabulatedBinomialQuantile(table, 1.5, 0.5)).toThrow('tabulatedBinomialQuantile: trials must be a whole number >= 0, got 1.5');
  });
});
