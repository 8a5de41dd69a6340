import { describe, expect, it } from 'vitest';
import { createBeta } from '../../../engine/distributions/beta.ts';
import { createGamma } from '../../../engine/distributions/gamma.ts';
import { createPert } from '../../../engine/distributions/pert.ts';
import { betaVariate, logStandardGammaVariate, standardGammaVariate } from '../../../engine/distributions/gamma-variate.ts';
import type { Distribution } from '../../../engine/distributions/distribution.ts';
import { createKeyedStream, inputStreamKey } from '../../../engine/random/keyed-stream.ts';
import { mean } from '../../../engine/stats/mean.ts';
import { variance } from '../../../engine/stats/variance.ts';

const DRAWS = 20_000;
/** Kolmogorov–Smirnov: P(√n·D > 1.95) ≈ 0.001 for a sample from the distribution itself. */
const KS_BOUND = 1.95 / Math.sqrt(DRAWS);

function draws(distribution: Distribution, label: string): Float64Array {
  const stream = createKeyedStream(2026);
  stream.start(0, inputStreamKey(label));
  return Float64Array.from({ length: DRAWS }, () => distribution.draw(stream.next));
}

/** The largest gap between the sample's empirical cdf and the distribution's exact cdf. */
function ksDistance(values: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(values).sort();
  let distance = 0;
  for (let i = 0; i < sorted.length; i++) {
    const exact = cdf(sorted[i]);
    distance = Math.max(distance, (i + 1) / sorted.length - exact, exact - i / sorted.length);
  }
  return distance;
}

describe('draw: Marsaglia and Tsang gammas, exact', () => {
  const families: Array<[string, Distribution]> = [
    ['gamma(0.3)', createGamma({ shape: 0.3, scale: 1 })],
    ['gamma(1, rate 2)', createGamma({ shape: 1, rate: 2 })],
    ['gamma(2, scale 0.006)', createGamma({ shape: 2, scale: 0.006 })],
    ['gamma(40)', createGamma({ shape: 40, scale: 1 })],
    ['beta(7, 3)', createBeta({ alpha: 7, beta: 3 })],
    ['beta(0.5, 0.5)', createBeta({ alpha: 0.5, beta: 0.5 })],
    ['beta(0.05, 2)', createBeta({ alpha: 0.05, beta: 2 })],
    ['beta(2, 0.2) on [10, 30]', createBeta({ alpha: 2, beta: 0.2, min: 10, max: 30 })],
    ['beta(60, 40)', createBeta({ alpha: 60, beta: 40 })],
    ['pert(0.5, 0.8, 1)', createPert({ min: 0.5, mode: 0.8, max: 1 })],
  ];
  for (const [label, distribution] of families) {
    it(`${label}: 20,000 draws match the exact cdf (Kolmogorov–Smirnov distance below its 0.1% point) and its mean and variance (4 standard errors)`, () => {
      const values = draws(distribution, label);
      expect(ksDistance(values, (x) => distribution.cdf(x))).toBeLessThan(KS_BOUND);
      // The variance's standard error, √((μ₄ − σ⁴)/n), bounded with μ₄ from the sample itself.
      const m = mean(values);
      const fourth = values.reduce((sum, value) => sum + (value - m) ** 4, 0) / DRAWS;
      expect(Math.abs(m - distribution.mean)).toBeLessThan(4 * Math.sqrt(distribution.variance / DRAWS));
      expect(Math.abs(variance(values) - distribution.variance)).toBeLessThan(4 * Math.sqrt(Math.max(0, fourth - distribution.variance ** 2) / DRAWS) + 1e-15);
      const [low, high] = distribution.support;
      expect(values.filter((value) => !(value >= low && value <= high)).length).toBe(0);
    });
  }

  it('keeps beta draws finite inside [0, 1] for shapes so small that both gammas underflow', () => {
    const stream = createKeyedStream(1);
    stream.start(0, inputStreamKey('tiny'));
    const values = Float64Array.from({ length: 2000 }, () => betaVariate(0.002, 0.003, stream.next));
    expect(values.filter((value) => !(value >= 0 && value <= 1)).length).toBe(0);
    // Beta(a, b) with a, b → 0 puts mass b/(a + b) = 0.6 near 0 and 0.4 near 1.
    const nearZero = values.filter((value) => value < 0.5).length / values.length;
    expect(Math.abs(nearZero - 0.6)).toBeLessThan(4 * Math.sqrt((0.6 * 0.4) / 2000) + 0.01);
  });

  it('gives ln G for very small shapes where G itself rounds to 0', () => {
    const stream = createKeyedStream(5);
    stream.start(0, inputStreamKey('small'));
    const logs = Float64Array.from({ length: 2000 }, () => logStandardGammaVariate(0.001, stream.next));
    expect(logs.filter((value) => !Number.isFinite(value)).length).toBe(0);
    // E[ln G] = ψ(shape) ≈ −1/shape − γ for a small shape: −1000.58 here; its sd √ψ′(shape) ≈ 1/shape = 1000.
    expect(Math.abs(mean(logs) + 1000.58)).toBeLessThan(4 * (1000 / Math.sqrt(2000)));
    expect(standardGammaVariate(1e-4, stream.next)).toBeGreaterThanOrEqual(0);
  });
});
