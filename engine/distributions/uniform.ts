import type { Distribution } from './distribution.ts';

/** Parameters of a continuous uniform distribution on [min, max]. */
export interface UniformParameters {
  readonly min: number;
  readonly max: number;
}

/**
 * Every problem with uniform parameters, as `"uniform needs …"` messages without a path.
 *
 * Rules: min and max are finite numbers; min < max. Cost: O(1).
 *
 * @param parameters the fields of a `{dist: 'uniform'}` spec, checked at run time.
 * @returns the problems in field order; empty when the parameters are valid.
 * @throws never.
 * @example
 * checkUniformParameters({ min: 2, max: 1 }); // ['uniform needs min < max']
 */
export function checkUniformParameters(parameters: UniformParameters): string[] {
  const problems: string[] = [];
  const { min, max } = parameters;
  if (!Number.isFinite(min)) problems.push('uniform needs min to be a finite number');
  if (!Number.isFinite(max)) problems.push('uniform needs max to be a finite number');
  if (problems.length === 0 && !(min < max)) problems.push('uniform needs min < max');
  return problems;
}

/**
 * The continuous uniform distribution on [min, max].
 *
 * Method: quantile = min + u·(max − min), so sampling by inversion uses one uniform per
 * draw; mean (min + max)/2, variance (max − min)²/12. Cost: O(1) per call.
 *
 * @param parameters min < max.
 * @returns a {@link Distribution} of kind `'uniform'` with support [min, max].
 * @throws {RangeError} `"uniform needs …"` for the first broken rule (see
 *   {@link checkUniformParameters}); its quantile throws for u outside [0, 1] and its
 *   cdf and density for NaN.
 * @example
 * createUniform({ min: 2, max: 6 }).quantile(0.25); // 3
 */
export function createUniform(parameters: UniformParameters): Distribution {
  const problems = checkUniformParameters(parameters);
  if (problems.length > 0) throw new RangeError(problems[0]);
  const { min, max } = parameters;
  const width = max - min;

  const quantile = (u: number): number => {
    if (!(u >= 0 && u <= 1)) throw new RangeError(`uniform quantile needs 0 <= u <= 1, got ${u}`);
    // Clamp so rounding can never step outside the support.
    return Math.min(max, min + u * width);
  };
  return {
    kind: 'uniform',
    mean: 0.5 * (min + max),
    variance: (width * width) / 12,
    support: [min, max],
    quantile,
    cdf(x) {
      if (Number.isNaN(x)) throw new RangeError('uniform cdf needs x to be a number');
      if (x <= min) return 0;
      if (x >= max) return 1;
      return (x - min) / width;
    },
    density(x) {
      if (Number.isNaN(x)) throw new RangeError('uniform density needs x to be a number');
      return x >= min && x <= max ? 1 / width : 0;
    },
    sample: (rng) => quantile(rng()),
    draw: (rng) => quantile(rng()),
  };
}
