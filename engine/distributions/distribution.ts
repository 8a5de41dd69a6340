import type { RandomSource } from '../random/random-source.ts';

/**
 * A univariate probability distribution built from a scenario's `{dist: ...}` spec,
 * with its parameters already checked.
 *
 * Sampling is by inversion (`quantile(rng())`) unless a distribution documents
 * a faster exact method, so that one uniform gives one draw: this keeps common
 * random numbers aligned between scenarios and lets the Gaussian copula feed
 * correlated uniforms into any marginal.
 */
export interface Distribution {
  /** The `dist` name from the spec, e.g. `"pert"`. */
  readonly kind: DistributionKind;
  /** Expected value. */
  readonly mean: number;
  /** Variance (square of the standard deviation). */
  readonly variance: number;
  /** Smallest and largest values with non-zero density (may be ±Infinity). */
  readonly support: readonly [number, number];
  /** Inverse cumulative distribution function for u in (0, 1). */
  quantile(u: number): number;
  /** Cumulative distribution function P(X ≤ x). */
  cdf(x: number): number;
  /** Probability density at x (0 outside the support); used for previews. */
  density(x: number): number;
  /** One draw using the given source of uniforms. */
  sample(rng: RandomSource): number;
}

export type DistributionKind = 'normal' | 'lognormal' | 'triangular' | 'pert' | 'uniform' | 'beta' | 'gamma' | 'truncatedNormal';

export const DISTRIBUTION_KINDS: readonly DistributionKind[] = ['normal', 'lognormal', 'triangular', 'pert', 'uniform', 'beta', 'gamma', 'truncatedNormal'];
