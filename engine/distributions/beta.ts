import { inverseRegularizedIncompleteBeta } from '../special/inverse-regularized-incomplete-beta.ts';
import { betaVariate } from './gamma-variate.ts';
import { logGamma } from '../special/log-gamma.ts';
import { regularizedIncompleteBeta } from '../special/regularized-incomplete-beta.ts';
import type { Distribution } from './distribution.ts';

/** Parameters of a beta distribution, optionally stretched from [0, 1] onto [min, max]. */
export interface BetaParameters {
  /** First shape, > 0. */
  readonly alpha: number;
  /** Second shape, > 0. */
  readonly beta: number;
  /** Lower limit; default 0. */
  readonly min?: number;
  /** Upper limit; default 1. */
  readonly max?: number;
}

/**
 * Every problem with beta parameters, as `"beta needs …"` messages without a path.
 *
 * Rules: alpha and beta are finite numbers > 0; min and max, when given, are finite
 * numbers with min < max (after defaulting to 0 and 1). Cost: O(1).
 *
 * @param parameters the fields of a `{dist: 'beta'}` spec, checked at run time.
 * @returns the problems in field order; empty when the parameters are valid.
 * @throws never.
 * @example
 * checkBetaParameters({ alpha: 0, beta: 2 }); // ['beta needs alpha > 0']
 */
export function checkBetaParameters(parameters: BetaParameters): string[] {
  const problems: string[] = [];
  const { alpha, beta, min = 0, max = 1 } = parameters;
  if (!Number.isFinite(alpha)) problems.push('beta needs alpha to be a finite number');
  else if (!(alpha > 0)) problems.push('beta needs alpha > 0');
  if (!Number.isFinite(beta)) problems.push('beta needs beta to be a finite number');
  else if (!(beta > 0)) problems.push('beta needs beta > 0');
  const limitsAreNumbers = Number.isFinite(min) && Number.isFinite(max);
  if (!Number.isFinite(min)) problems.push('beta needs min to be a finite number');
  if (!Number.isFinite(max)) problems.push('beta needs max to be a finite number');
  if (limitsAreNumbers && !(min < max)) problems.push('beta needs min < max');
  return problems;
}

/**
 * The beta distribution Beta(alpha, beta), stretched linearly onto [min, max].
 *
 * Method: cdf = I_t(alpha, beta) with t = (x − min)/(max − min), the regularized
 * incomplete beta function (continued fraction, modified Lentz); quantile = min +
 * (max − min)·I⁻¹(u) by safeguarded Halley iteration; sampling by inversion, one uniform
 * per draw; `draw` by Marsaglia and Tsang's gammas, G₁/(G₁ + G₂) (exact, ~70 ns). Mean min + (max − min)·alpha/(alpha + beta); variance (max − min)²·alpha·beta /
 * ((alpha + beta)²(alpha + beta + 1)). Cost: cdf O(√max(alpha, beta)); quantile and
 * sample a few cdf evaluations (~2 µs).
 *
 * @param parameters alpha > 0, beta > 0, optional min < max (default 0 and 1).
 * @returns a {@link Distribution} of kind `'beta'` with support [min, max].
 * @throws {RangeError} `"beta needs …"` for the first broken rule (see
 *   {@link checkBetaParameters}); its quantile throws for u outside [0, 1] and its cdf
 *   and density for NaN.
 * @example
 * const cipDelivery = createBeta({ alpha: 8, beta: 2 }); // share of a savings plan delivered
 * cipDelivery.mean; // 0.8
 */
export function createBeta(parameters: BetaParameters): Distribution {
  const problems = checkBetaParameters(parameters);
  if (problems.length > 0) throw new RangeError(problems[0]);
  const { alpha, beta, min = 0, max = 1 } = parameters;
  const width = max - min;
  const shapeSum = alpha + beta;
  const logBeta = logGamma(alpha) + logGamma(beta) - logGamma(shapeSum);

  const quantile = (u: number): number => {
    if (!(u >= 0 && u <= 1)) throw new RangeError(`beta quantile needs 0 <= u <= 1, got ${u}`);
    return Math.min(max, min + width * inverseRegularizedIncompleteBeta(alpha, beta, u));
  };
  return {
    kind: 'beta',
    mean: min + (width * alpha) / shapeSum,
    variance: (width * width * alpha * beta) / (shapeSum * shapeSum * (shapeSum + 1)),
    support: [min, max],
    quantile,
    cdf(x) {
      if (Number.isNaN(x)) throw new RangeError('beta cdf needs x to be a number');
      if (x <= min) return 0;
      if (x >= max) return 1;
      return regularizedIncompleteBeta(alpha, beta, (x - min) / width);
    },
    density(x) {
      if (Number.isNaN(x)) throw new RangeError('beta density needs x to be a number');
      if (x < min || x > max) return 0;
      const t = (x - min) / width;
      // At the limits the density is 0, finite or infinite depending on the shape there.
      if (t === 0) return alpha < 1 ? Infinity : alpha === 1 ? beta / width : 0;
      if (t === 1) return beta < 1 ? Infinity : beta === 1 ? alpha / width : 0;
      return Math.exp((alpha - 1) * Math.log(t) + (beta - 1) * Math.log1p(-t) - logBeta) / width;
    },
    sample: (rng) => quantile(rng()),
    draw: (rng) => min + width * betaVariate(alpha, beta, rng),
  };
}
