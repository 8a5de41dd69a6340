import { createBeta } from './beta.ts';
import type { Distribution } from './distribution.ts';

/** Parameters of a (modified) PERT distribution. */
export interface PertParameters {
  readonly min: number;
  /** Most likely value. */
  readonly mode: number;
  readonly max: number;
  /** Weight of the mode, > 0; default 4 (the classic PERT). */
  readonly lambda?: number;
}

/** The classic PERT weight on the mode. */
export const DEFAULT_PERT_LAMBDA = 4;

/**
 * Every problem with PERT parameters, as `"pert needs …"` messages without a path.
 *
 * Rules: min, mode and max are finite numbers with min < max and min <= mode <= max;
 * lambda, when given, is a finite number > 0. Cost: O(1).
 *
 * @param parameters the fields of a `{dist: 'pert'}` spec, checked at run time.
 * @returns the problems in field order; empty when the parameters are valid.
 * @throws never.
 * @example
 * checkPertParameters({ min: 1, mode: 1, max: 1 }); // ['pert needs min < max']
 */
export function checkPertParameters(parameters: PertParameters): string[] {
  const problems: string[] = [];
  const { min, mode, max, lambda = DEFAULT_PERT_LAMBDA } = parameters;
  const limitProblems: string[] = [];
  if (!Number.isFinite(min)) limitProblems.push('pert needs min to be a finite number');
  if (!Number.isFinite(mode)) limitProblems.push('pert needs mode to be a finite number');
  if (!Number.isFinite(max)) limitProblems.push('pert needs max to be a finite number');
  problems.push(...limitProblems);
  if (limitProblems.length === 0) {
    if (!(min < max)) problems.push('pert needs min < max');
    if (!(min <= mode && mode <= max)) problems.push('pert needs min <= mode <= max');
  }
  if (!Number.isFinite(lambda)) problems.push('pert needs lambda to be a finite number');
  else if (!(lambda > 0)) problems.push('pert needs lambda > 0');
  return problems;
}

/**
 * The (modified) PERT distribution: a beta distribution on [min, max] whose shapes put
 * the mode at `mode` and whose mean weights the mode by lambda.
 *
 * Method: alpha = 1 + lambda·(mode − min)/(max − min), beta = 1 + lambda·(max − mode)/(max − min)
 * (Vose, Risk Analysis: A Quantitative Guide, 3rd ed. (2008), §9.1.5; lambda = 4 is
 * Malcolm et al.'s original PERT). Mean (min + lambda·mode + max)/(lambda + 2) and
 * variance (mean − min)(max − mean)/(lambda + 3) are given in closed form; quantile, cdf,
 * density and sampling (by inversion, one uniform per draw; `draw` by gammas) are those of
 * {@link createBeta}. Cost: as the beta distribution.
 *
 * @param parameters min < max, min <= mode <= max, optional lambda > 0 (default 4).
 * @returns a {@link Distribution} of kind `'pert'` with support [min, max].
 * @throws {RangeError} `"pert needs …"` for the first broken rule (see
 *   {@link checkPertParameters}); its quantile throws for u outside [0, 1] and its cdf
 *   and density for NaN.
 * @example
 * createPert({ min: 0, mode: 3, max: 12 }).mean; // (0 + 4·3 + 12)/6 = 4
 */
export function createPert(parameters: PertParameters): Distribution {
  const problems = checkPertParameters(parameters);
  if (problems.length > 0) throw new RangeError(problems[0]);
  const { min, mode, max, lambda = DEFAULT_PERT_LAMBDA } = parameters;
  const width = max - min;
  const underlyingBeta = createBeta({
    alpha: 1 + (lambda * (mode - min)) / width,
    beta: 1 + (lambda * (max - mode)) / width,
    min,
    max,
  });
  const mean = (min + lambda * mode + max) / (lambda + 2);
  // Guard here too, so a bad argument is reported against the distribution the user wrote.
  const quantile = (u: number): number => {
    if (!(u >= 0 && u <= 1)) throw new RangeError(`pert quantile needs 0 <= u <= 1, got ${u}`);
    return underlyingBeta.quantile(u);
  };
  return {
    kind: 'pert',
    mean,
    variance: ((mean - min) * (max - mean)) / (lambda + 3),
    support: underlyingBeta.support,
    quantile,
    cdf(x) {
      if (Number.isNaN(x)) throw new RangeError('pert cdf needs x to be a number');
      return underlyingBeta.cdf(x);
    },
    density(x) {
      if (Number.isNaN(x)) throw new RangeError('pert density needs x to be a number');
      return underlyingBeta.density(x);
    },
    sample: (rng) => quantile(rng()),
    draw: (rng) => underlyingBeta.draw(rng),
  };
}
