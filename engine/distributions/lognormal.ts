import { normalCdf } from '../special/normal-cdf.ts';
import { normalQuantile } from '../special/normal-quantile.ts';
import type { Distribution } from './distribution.ts';

/** A lognormal given by the mean and standard deviation of ln X. */
export interface LognormalLogParameters {
  readonly mu: number;
  /** Standard deviation of ln X, > 0. */
  readonly sigma: number;
}

/** A lognormal given by the mean and standard deviation of X itself (both > 0). */
export interface LognormalMomentParameters {
  readonly mean: number;
  readonly sd: number;
}

/** Exactly one of the two parameter pairs. */
export type LognormalParameters = LognormalLogParameters | LognormalMomentParameters;

const INVERSE_SQRT_TWO_PI = 0.3989422804014327;
const EITHER_PAIR = 'lognormal needs either mu and sigma, or mean and sd';

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Every problem with lognormal parameters, as `"lognormal needs …"` messages without a path.
 *
 * Rules: exactly one complete pair, {mu, sigma} or {mean, sd} (a missing half or a mix
 * of the two gives "lognormal needs either mu and sigma, or mean and sd"); every given
 * value a finite number; sigma > 0; mean > 0 and sd > 0. Cost: O(1).
 *
 * @param parameters the fields of a `{dist: 'lognormal'}` spec, checked at run time.
 * @returns the problems in field order; empty when the parameters are valid.
 * @throws never.
 * @example
 * checkLognormalParameters({ mean: 5, sd: -1 }); // ['lognormal needs sd > 0']
 */
export function checkLognormalParameters(parameters: LognormalParameters): string[] {
  const { mu, sigma, mean, sd } = parameters as Partial<LognormalLogParameters & LognormalMomentParameters>;
  const logPairCount = Number(mu !== undefined) + Number(sigma !== undefined);
  const momentPairCount = Number(mean !== undefined) + Number(sd !== undefined);
  const problems: string[] = [];
  if (logPairCount === 2 && momentPairCount === 0) {
    if (!isFiniteNumber(mu)) problems.push('lognormal needs mu to be a finite number');
    if (!isFiniteNumber(sigma)) problems.push('lognormal needs sigma to be a finite number');
    else if (!(sigma > 0)) problems.push('lognormal needs sigma > 0');
  } else if (momentPairCount === 2 && logPairCount === 0) {
    if (!isFiniteNumber(mean)) problems.push('lognormal needs mean to be a finite number');
    else if (!(mean > 0)) problems.push('lognormal needs mean > 0');
    if (!isFiniteNumber(sd)) problems.push('lognormal needs sd to be a finite number');
    else if (!(sd > 0)) problems.push('lognormal needs sd > 0');
  } else {
    problems.push(EITHER_PAIR);
  }
  return problems;
}

/**
 * The lognormal distribution: X = exp(Y) with Y ~ N(mu, sigma²).
 *
 * Method: from {mean, sd} of X, sigma² = ln(1 + sd²/mean²) and mu = ln(mean) − sigma²/2
 * (the moment identities of the lognormal; Johnson, Kotz & Balakrishnan, Continuous
 * Univariate Distributions vol. 1, ch. 14), in which case the reported mean and variance
 * are exactly the given mean and sd². quantile = exp(mu + sigma·Φ⁻¹(u)); sampling by
 * inversion, one uniform per draw. Cost: O(1) per call.
 *
 * @param parameters {mu, sigma} of ln X, or {mean, sd} of X.
 * @returns a {@link Distribution} of kind `'lognormal'` with support [0, ∞).
 * @throws {RangeError} `"lognormal needs …"` for the first broken rule (see
 *   {@link checkLognormalParameters}); its quantile throws for u outside [0, 1] and its
 *   cdf and density for NaN.
 * @example
 * const lengthOfStay = createLognormal({ mean: 5, sd: 3 });
 * lengthOfStay.mean; // 5
 */
export function createLognormal(parameters: LognormalParameters): Distribution {
  const problems = checkLognormalParameters(parameters);
  if (problems.length > 0) throw new RangeError(problems[0]);

  let mu: number;
  let sigma: number;
  let mean: number;
  let variance: number;
  // Test the value, not `'mu' in parameters`: the check treats an undefined field as absent.
  if ((parameters as Partial<LognormalLogParameters>).mu !== undefined) {
    ({ mu, sigma } = parameters as LognormalLogParameters);
    mean = Math.exp(mu + 0.5 * sigma * sigma);
    variance = Math.expm1(sigma * sigma) * Math.exp(2 * mu + sigma * sigma);
  } else {
    const moments = parameters as LognormalMomentParameters;
    mean = moments.mean;
    variance = moments.sd * moments.sd;
    const logVariance = Math.log1p(variance / (mean * mean));
    sigma = Math.sqrt(logVariance);
    mu = Math.log(mean) - 0.5 * logVariance;
  }

  const quantile = (u: number): number => {
    if (!(u >= 0 && u <= 1)) throw new RangeError(`lognormal quantile needs 0 <= u <= 1, got ${u}`);
    return Math.exp(mu + sigma * normalQuantile(u));
  };
  return {
    kind: 'lognormal',
    mean,
    variance,
    support: [0, Infinity],
    quantile,
    cdf(x) {
      if (Number.isNaN(x)) throw new RangeError('lognormal cdf needs x to be a number');
      return x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / sigma);
    },
    density(x) {
      if (Number.isNaN(x)) throw new RangeError('lognormal density needs x to be a number');
      if (x <= 0 || x === Infinity) return 0;
      const z = (Math.log(x) - mu) / sigma;
      return (INVERSE_SQRT_TWO_PI * Math.exp(-0.5 * z * z)) / (sigma * x);
    },
    sample: (rng) => quantile(rng()),
    draw: (rng) => quantile(rng()),
  };
}
