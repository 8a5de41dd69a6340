import type { RandomSource } from '../random/random-source.ts';
import { normalQuantile } from '../special/normal-quantile.ts';
import type { LengthOfStay } from './types.ts';

/** A length of stay ready to sample: its family and the parameters each family needs. */
export interface StaySampler {
  family: LengthOfStay['family'];
  mean: number;
  /** lognormal: μ and σ of ln S. */
  logMean: number;
  logSd: number;
  /** gamma: shape k = 1/CV² and scale θ = sd²/mean. */
  shape: number;
  scale: number;
}

/** An unset sampler to be filled by `prepareStaySampler`. */
export function createStaySampler(): StaySampler {
  return { family: 'exponential', mean: 1, logMean: 0, logSd: 0, shape: 1, scale: 1 };
}

/** Fills a sampler for a (checked) length of stay. Cost: O(1), no allocation. */
export function prepareStaySampler(sampler: StaySampler, stay: LengthOfStay): void {
  sampler.family = stay.family;
  sampler.mean = stay.meanDays;
  if (stay.family === 'exponential') return;
  const cvSquared = (stay.sdDays / stay.meanDays) ** 2;
  sampler.logSd = Math.sqrt(Math.log1p(cvSquared));
  sampler.logMean = Math.log(stay.meanDays) - Math.log1p(cvSquared) / 2;
  sampler.shape = 1 / cvSquared;
  sampler.scale = stay.meanDays * cvSquared;
}

/**
 * Gamma(shape, 1) by Marsaglia and Tsang's squeeze-rejection ("A simple method for
 * generating gamma variables", ACM TOMS 26 (2000) 363–372), normals by inversion, and
 * Gamma(shape + 1)·U^(1/shape) for shape < 1. Exact; about 1.05 tries of 2 uniforms.
 */
function drawGamma(shape: number, rng: RandomSource): number {
  if (shape < 1) return drawGamma(shape + 1, rng) * Math.pow(rng(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normalQuantile(rng());
    const cube = 1 + c * x;
    if (cube <= 0) continue;
    const v = cube * cube * cube;
    const u = rng();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * One length of stay in days. Exponential and lognormal by inversion (one uniform; the
 * lognormal through the normal quantile, Wichura's AS 241); gamma by Marsaglia–Tsang.
 * Every arrival's stay is drawn whether or not the patient is admitted, so the number of
 * uniforms used never depends on beds.
 */
export function drawStay(sampler: StaySampler, rng: RandomSource): number {
  switch (sampler.family) {
    case 'exponential':
      return -sampler.mean * Math.log(rng());
    case 'lognormal':
      return Math.exp(sampler.logMean + sampler.logSd * normalQuantile(rng()));
    default:
      return sampler.scale * drawGamma(sampler.shape, rng);
  }
}

/**
 * One length-biased stay, density s·f(s)/E[S]: the whole stay of a patient found in a
 * bed at a random moment. Exponential(m) → Gamma(2, m); lognormal(μ, σ) →
 * lognormal(μ + σ², σ); Gamma(k, θ) → Gamma(k + 1, θ). Times a uniform, it is the
 * stationary residual stay of a patient in bed (the equilibrium excess distribution).
 */
export function drawSizeBiasedStay(sampler: StaySampler, rng: RandomSource): number {
  switch (sampler.family) {
    case 'exponential':
      return -sampler.mean * (Math.log(rng()) + Math.log(rng()));
    case 'lognormal':
      return Math.exp(sampler.logMean + sampler.logSd * sampler.logSd + sampler.logSd * normalQuantile(rng()));
    default:
      return sampler.scale * drawGamma(sampler.shape + 1, rng);
  }
}
