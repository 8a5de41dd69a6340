import { describe, expect, it } from 'vitest';
import { fitHyperexponential, fitStageChain, MAX_CHAIN_STAGES } from '../../../engine/beds/fit-stay-phases.ts';
import { stayMoments } from '../../../engine/beds/stay-moments.ts';

/** Raw moments k!·(p·x₁ᵏ + (1 − p)·x₂ᵏ) of a two-phase hyperexponential. */
function hyperexponentialMoment(fit: ReturnType<typeof fitHyperexponential>, k: number): number {
  const factorial = k === 1 ? 1 : k === 2 ? 2 : 6;
  return factorial * (fit.firstShare * fit.firstMean ** k + (1 - fit.firstShare) * fit.secondMean ** k);
}

/** Mean and variance of the count of midnights of a stage chain: (k − β)g and (k − β)g(g − 1) + β(1 − β)g². */
function chainMoments(chain: ReturnType<typeof fitStageChain>): [number, number] {
  const traversed = chain.stages - chain.skipShare;
  const g = chain.censusesPerStage;
  return [traversed * g, traversed * g * (g - 1) + chain.skipShare * (1 - chain.skipShare) * g * g];
}

describe('stayMoments', () => {
  it('gives Gamma(mean 2, sd 2) (shape 1, scale 2) the moments 2, 4, 48 = 3!·2³', () => {
    const moments = stayMoments({ family: 'gamma', meanDays: 2, sdDays: 2 });
    expect(moments.mean).toBe(2);
    expect(moments.variance).toBe(4);
    expect(moments.thirdMoment).toBeCloseTo(48, 12);
  });

  it('gives a lognormal the third moment exp(3μ + 9σ²/2)', () => {
    const sigmaSquared = Math.log(1 + (12 / 9.1) ** 2);
    const mu = Math.log(9.1) - sigmaSquared / 2;
    const moments = stayMoments({ family: 'lognormal', meanDays: 9.1, sdDays: 12 });
    expect(moments.thirdMoment / Math.exp(3 * mu + 4.5 * sigmaSquared)).toBeCloseTo(1, 12);
  });

  it('gives an exponential its mean squared as variance and ignores sd', () => {
    expect(stayMoments({ family: 'exponential', meanDays: 3, sdDays: 99 })).toEqual({ mean: 3, variance: 9, thirdMoment: 162 });
  });
});

describe('fitHyperexponential', () => {
  it('matches three moments of the emergency stay (lognormal, mean 9.1, sd 12 days)', () => {
    const { mean, variance, thirdMoment } = stayMoments({ family: 'lognormal', meanDays: 9.1, sdDays: 12 });
    const fit = fitHyperexponential(mean, variance, thirdMoment);
    expect(fit.matchesThirdMoment).toBe(true);
    expect(hyperexponentialMoment(fit, 1)).toBeCloseTo(mean, 10);
    expect(hyperexponentialMoment(fit, 2) / (variance + mean * mean)).toBeCloseTo(1, 12);
    expect(hyperexponentialMoment(fit, 3) / thirdMoment).toBeCloseTo(1, 12);
    // A few long stayers (2.7% with a mean of 42 days) and many shorter ones (mean 8.2 days).
    expect(fit.firstShare).toBeCloseTo(0.0268, 4);
    expect(fit.firstMean).toBeCloseTo(42.43, 2);
    expect(fit.secondMean).toBeCloseTo(8.182, 3);
  });

  it('matches three moments of a gamma with CV 2', () => {
    const { mean, variance, thirdMoment } = stayMoments({ family: 'gamma', meanDays: 4, sdDays: 8 });
    const fit = fitHyperexponential(mean, variance, thirdMoment);
    expect(fit.matchesThirdMoment).toBe(true);
    for (const [k, expected] of [
      [1, mean],
      [2, variance + mean * mean],
      [3, thirdMoment],
    ]) {
      expect(hyperexponentialMoment(fit, k) / expected).toBeCloseTo(1, 12);
    }
  });

  it('falls back to balanced means (two moments) when the third moment is too small for an H2', () => {
    // An H2 needs E[S³]·E[S] ≥ 1.5·E[S²]²; ask for less.
    const fit = fitHyperexponential(2, 8, (1.2 * (12 * 12)) / 2);
    expect(fit.matchesThirdMoment).toBe(false);
    expect(hyperexponentialMoment(fit, 1)).toBeCloseTo(2, 12);
    expect(hyperexponentialMoment(fit, 2)).toBeCloseTo(12, 12);
    expect(fit.firstShare * fit.firstMean).toBeCloseTo((1 - fit.firstShare) * fit.secondMean, 12);
  });

  it('throws unless CV > 1', () => {
    expect(() => fitHyperexponential(2, 4, 48)).toThrow('fitHyperexponential: needs CV > 1, got mean 2, variance 4');
  });
});

describe('fitStageChain', () => {
  it.each([
    [5.1, 9],
    [5.1, 2],
    [5.1, 0.1],
    [0.5, 0.257],
    [12, 30],
  ])('gives the count of midnights mean %d and variance %d exactly', (mean, variance) => {
    const chain = fitStageChain(mean, variance);
    expect(chain.matchesVariance).toBe(true);
    expect(chain.censusesPerStage).toBeGreaterThanOrEqual(1);
    const [chainMean, chainVariance] = chainMoments(chain);
    expect(chainMean).toBeCloseTo(mean, 12);
    expect(chainVariance).toBeCloseTo(variance, 10);
  });

  it('keeps the mean but not the variance when the variance is below what a chain can reach', () => {
    const chain = fitStageChain(3.4, 0.05); // a chain with mean 3.4 has variance at least 0.4·0.6 = 0.24
    expect(chain.matchesVariance).toBe(false);
    expect(chain).toMatchObject({ stages: 4, censusesPerStage: 1 });
    expect(chainMoments(chain)[0]).toBeCloseTo(3.4, 12);
  });

  it(`caps the chain at ${MAX_CHAIN_STAGES} stages, keeping the mean`, () => {
    const chain = fitStageChain(100, 50);
    expect(chain.stages).toBe(MAX_CHAIN_STAGES);
    expect(chain.matchesVariance).toBe(false);
    expect(chainMoments(chain)[0]).toBeCloseTo(100, 12);
  });

  it('throws on a mean or variance that is not positive and finite', () => {
    expect(() => fitStageChain(0, 1)).toThrow('fitStageChain: mean and variance must be finite and > 0, got 0, 1');
    expect(() => fitStageChain(2, NaN)).toThrow(RangeError);
  });
});
