import type { Distribution } from './distribution.ts';

/** Parameters of a triangular distribution: lowest, most likely and highest values. */
export interface TriangularParameters {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}

/**
 * Every problem with triangular parameters, as `"triangular needs …"` messages without a path.
 *
 * Rules: min, mode and max are finite numbers; min < max; min <= mode <= max. Cost: O(1).
 *
 * @param parameters the fields of a `{dist: 'triangular'}` spec, checked at run time.
 * @returns the problems in field order; empty when the parameters are valid.
 * @throws never.
 * @example
 * checkTriangularParameters({ min: 0, mode: 3, max: 2 }); // ['triangular needs min <= mode <= max']
 */
export function checkTriangularParameters(parameters: TriangularParameters): string[] {
  const problems: string[] = [];
  const { min, mode, max } = parameters;
  if (!Number.isFinite(min)) problems.push('triangular needs min to be a finite number');
  if (!Number.isFinite(mode)) problems.push('triangular needs mode to be a finite number');
  if (!Number.isFinite(max)) problems.push('triangular needs max to be a finite number');
  if (problems.length > 0) return problems;
  if (!(min < max)) problems.push('triangular needs min < max');
  if (!(min <= mode && mode <= max)) problems.push('triangular needs min <= mode <= max');
  return problems;
}

/**
 * The triangular distribution with lower limit min, mode and upper limit max.
 *
 * Method: the closed-form inverse CDF — min + √(u·(max − min)·(mode − min)) below
 * F(mode) = (mode − min)/(max − min), max − √((1 − u)·(max − min)·(max − mode)) above —
 * so sampling by inversion uses one uniform per draw; mean (min + mode + max)/3,
 * variance (min² + mode² + max² − min·mode − min·max − mode·max)/18 (Johnson, Kotz &
 * Balakrishnan, Continuous Univariate Distributions vol. 2, ch. 26). Cost: O(1) per call.
 *
 * @param parameters min < max and min <= mode <= max (mode may equal either limit).
 * @returns a {@link Distribution} of kind `'triangular'` with support [min, max].
 * @throws {RangeError} `"triangular needs …"` for the first broken rule (see
 *   {@link checkTriangularParameters}); its quantile throws for u outside [0, 1] and its
 *   cdf and density for NaN.
 * @example
 * createTriangular({ min: 0, mode: 1, max: 2 }).quantile(0.5); // 1
 */
export function createTriangular(parameters: TriangularParameters): Distribution {
  const problems = checkTriangularParameters(parameters);
  if (problems.length > 0) throw new RangeError(problems[0]);
  const { min, mode, max } = parameters;
  const width = max - min;
  const lowerWidth = mode - min;
  const upperWidth = max - mode;
  const probabilityBelowMode = lowerWidth / width;

  const quantile = (u: number): number => {
    if (!(u >= 0 && u <= 1)) throw new RangeError(`triangular quantile needs 0 <= u <= 1, got ${u}`);
    const value = u <= probabilityBelowMode ? min + Math.sqrt(u * width * lowerWidth) : max - Math.sqrt((1 - u) * width * upperWidth);
    return Math.min(max, Math.max(min, value));
  };
  return {
    kind: 'triangular',
    mean: (min + mode + max) / 3,
    variance: (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18,
    support: [min, max],
    quantile,
    cdf(x) {
      if (Number.isNaN(x)) throw new RangeError('triangular cdf needs x to be a number');
      if (x <= min) return 0;
      if (x >= max) return 1;
      if (x <= mode) return ((x - min) * (x - min)) / (width * lowerWidth);
      return 1 - ((max - x) * (max - x)) / (width * upperWidth);
    },
    density(x) {
      if (Number.isNaN(x)) throw new RangeError('triangular density needs x to be a number');
      if (x < min || x > max) return 0;
      if (x === mode) return 2 / width;
      if (x < mode) return (2 * (x - min)) / (width * lowerWidth);
      return (2 * (max - x)) / (width * upperWidth);
    },
    sample: (rng) => quantile(rng()),
    draw: (rng) => quantile(rng()),
  };
}
