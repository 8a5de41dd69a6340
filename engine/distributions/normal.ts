import { normalCdf } from '../special/normal-cdf.ts';
import { normalQuantile } from '../special/normal-quantile.ts';
import type { Distribution } from './distribution.ts';

/** Parameters of a normal distribution. */
export interface NormalParameters {
  readonly mean: number;
  /** Standard deviation, > 0. */
  readonly sd: number;
}

const INVERSE_SQRT_TWO_PI = 0.3989422804014327;

/**
 * Every problem with normal parameters, as `"normal needs …"` messages without a path.
 *
 * Rules: mean and sd are finite numbers; sd > 0. Cost: O(1).
 *
 * @param parameters the fields of a `{dist: 'normal'}` spec (checked at run time, so
 *   values of the wrong type are reported rather than trusted).
 * @returns the problems in field order; empty when the parameters are valid.
 * @throws never.
 * @example
 * checkNormalParameters({ mean: 0, sd: -1 }); // ['normal needs sd > 0']
 */
export function checkNormalParameters(parameters: NormalParameters): string[] {
  const problems: string[] = [];
  const { mean, sd } = parameters;
  if (!Number.isFinite(mean)) problems.push('normal needs mean to be a finite number');
  if (!Number.isFinite(sd)) problems.push('normal needs sd to be a finite number');
  else if (!(sd > 0)) problems.push('normal needs sd > 0');
  return problems;
}

/**
 * The normal distribution N(mean, sd²).
 *
 * Method: quantile = mean + sd·Φ⁻¹(u) with Wichura's AS 241; cdf = Φ((x − mean)/sd)
 * with Cody's rational approximations; sampling by inversion, one uniform per draw.
 * Cost: O(1) per call.
 *
 * @param parameters mean and sd (> 0).
 * @returns a {@link Distribution} of kind `'normal'` with support (−∞, ∞).
 * @throws {RangeError} `"normal needs …"` for the first broken rule (see
 *   {@link checkNormalParameters}); its quantile throws for u outside [0, 1] and its
 *   cdf and density for NaN.
 * @example
 * const payAward = createNormal({ mean: 0.03, sd: 0.01 });
 * payAward.quantile(0.975); // 0.03 + 0.01 × 1.959963984540054
 */
export function createNormal(parameters: NormalParameters): Distribution {
  const problems = checkNormalParameters(parameters);
  if (problems.length > 0) throw new RangeError(problems[0]);
  const { mean, sd } = parameters;

  const quantile = (u: number): number => {
    if (!(u >= 0 && u <= 1)) throw new RangeError(`normal quantile needs 0 <= u <= 1, got ${u}`);
    return mean + sd * normalQuantile(u);
  };
  return {
    kind: 'normal',
    mean,
    variance: sd * sd,
    support: [-Infinity, Infinity],
    quantile,
    cdf(x) {
      if (Number.isNaN(x)) throw new RangeError('normal cdf needs x to be a number');
      return normalCdf((x - mean) / sd);
    },
    density(x) {
      if (Number.isNaN(x)) throw new RangeError('normal density needs x to be a number');
      const z = (x - mean) / sd;
      return (INVERSE_SQRT_TWO_PI * Math.exp(-0.5 * z * z)) / sd;
    },
    sample: (rng) => quantile(rng()),
    draw: (rng) => quantile(rng()),
  };
}
