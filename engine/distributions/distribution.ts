import type { RandomSource } from '../random/random-source.ts';

/**
 * A univariate probability distribution built from a scenario's `{dist: ...}` spec,
 * with its parameters already checked.
 *
 * `sample` is by inversion (`quantile(rng())`), so that one uniform gives one
 * draw and the Gaussian copula can feed correlated uniforms into any marginal;
 * `draw` is the same or a faster exact method with its own stream of uniforms.
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
  /** One draw by inversion of one uniform: `quantile(rng())`. */
  sample(rng: RandomSource): number;
  /**
   * One draw by the family's fastest exact method, which may take a varying
   * number of uniforms: beta, PERT and gamma by Marsaglia and Tsang's gammas
   * (see gamma-variate.ts), the other families by inversion, as `sample`. The
   * engine draws an input this way whenever no copula needs its value as a
   * function of one uniform.
   */
  draw(rng: RandomSource): number;
}

export type DistributionKind = 'normal' | 'lognormal' | 'triangular' | 'pert' | 'uniform' | 'beta' | 'gamma' | 'truncatedNormal';

export const DISTRIBUTION_KINDS: readonly DistributionKind[] = ['normal', 'lognormal', 'triangular', 'pert', 'uniform', 'beta', 'gamma', 'truncatedNormal'];
