import { normalCdf } from '../special/normal-cdf.ts';
import { normalQuantile } from '../special/normal-quantile.ts';
import type { Distribution } from './distribution.ts';

/** A normal distribution N(mean, sd²) restricted to [min, max]. */
export interface TruncatedNormalParameters {
  /** Mean of the parent (untruncated) normal. */
  readonly mean: number;
  /** Standard deviation of the parent normal, > 0. */
  readonly sd: number;
  /** Lower limit; default −Infinity (no lower truncation). */
  readonly min?: number;
  /** Upper limit; default +Infinity (no upper truncation). */
  readonly max?: number;
}

/** Intervals holding less of the parent's probability than this are rejected. */
export const SMALLEST_TRUNCATED_NORMAL_MASS = 1e-12;

const INVERSE_SQRT_TWO_PI = 0.3989422804014327;

/**
 * Gauss–Legendre nodes and weights on [−1, 1], 10 points (positive half; A&S Table 25.4).
 * Exact for polynomials up to degree 19.
 */
const GAUSS_LEGENDRE_NODES = [0.1488743389816312, 0.4333953941292472, 0.6794095682990244, 0.8650633666889845, 0.9739065285171717];
const GAUSS_LEGENDRE_WEIGHTS = [0.2955242247147529, 0.2692667193099963, 0.219086362515982, 0.1494513491505806, 0.0666713443086881];
/** Standardised intervals narrower than this get their moments by quadrature (see below). */
const NARROW_WIDTH = 0.1;

function standardDensity(z: number): number {
  return INVERSE_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
}

/**
 * P(lower < Z ≤ upper) for a standard normal Z, taking the difference of two lower tails
 * or two upper tails as the interval lies, so that an interval far out in either tail
 * keeps full relative precision (Φ(−x) is the upper tail, computed directly).
 */
function standardMass(lower: number, upper: number): number {
  if (lower >= 0) return normalCdf(-lower) - normalCdf(-upper);
  if (upper <= 0) return normalCdf(upper) - normalCdf(lower);
  return 1 - normalCdf(lower) - normalCdf(-upper);
}

/**
 * Every problem with truncated-normal parameters, as `"truncatedNormal needs …"`
 * messages without a path.
 *
 * Rules: mean and sd are finite numbers, sd > 0; min and max, when given, are finite
 * numbers with min < max; and [min, max] holds at least 1e-12 of the parent normal's
 * probability (below that the interval is almost surely a typing error, and sampling it
 * would be numerically meaningless). Cost: O(1).
 *
 * @param parameters the fields of a `{dist: 'truncatedNormal'}` spec, checked at run time.
 * @returns the problems in field order; empty when the parameters are valid.
 * @throws never.
 * @example
 * checkTruncatedNormalParameters({ mean: 0, sd: 1, min: 10 });
 * // ["truncatedNormal needs [min, max] to hold at least 1e-12 of the parent normal's probability (it holds 7.62e-24)"]
 */
export function checkTruncatedNormalParameters(parameters: TruncatedNormalParameters): string[] {
  const problems: string[] = [];
  const { mean, sd, min, max } = parameters;
  if (!Number.isFinite(mean)) problems.push('truncatedNormal needs mean to be a finite number');
  if (!Number.isFinite(sd)) problems.push('truncatedNormal needs sd to be a finite number');
  else if (!(sd > 0)) problems.push('truncatedNormal needs sd > 0');
  if (min !== undefined && !Number.isFinite(min)) problems.push('truncatedNormal needs min to be a finite number');
  if (max !== undefined && !Number.isFinite(max)) problems.push('truncatedNormal needs max to be a finite number');
  if (problems.length > 0) return problems;
  const lower = min ?? -Infinity;
  const upper = max ?? Infinity;
  if (!(lower < upper)) return ['truncatedNormal needs min < max'];
  const mass = standardMass((lower - mean) / sd, (upper - mean) / sd);
  if (!(mass >= SMALLEST_TRUNCATED_NORMAL_MASS)) {
    problems.push(`truncatedNormal needs [min, max] to hold at least ${SMALLEST_TRUNCATED_NORMAL_MASS} of the parent normal's probability (it holds ${mass.toPrecision(3)})`);
  }
  return problems;
}

/**
 * Mean and variance of the standard normal restricted to [lower, upper].
 *
 * Closed form (Johnson, Kotz & Balakrishnan, vol. 1, §13.10): with Z the interval's mass,
 * mean = (φ(lower) − φ(upper))/Z and variance = 1 + (lower·φ(lower) − upper·φ(upper))/Z − mean².
 * For a narrow interval both differences cancel catastrophically (the variance can even
 * come out negative), so below a standardised width of 0.1 the moments are instead
 * integrated about the centre c with 10-point Gauss–Legendre quadrature of
 * exp(−c·t − t²/2), which φ(c + t) is proportional to (the factor φ(c) cancels).
 */
function standardMoments(lower: number, upper: number, mass: number): { mean: number; variance: number } {
  if (upper - lower < NARROW_WIDTH) {
    const centre = 0.5 * (lower + upper);
    const halfWidth = 0.5 * (upper - lower);
    let zeroth = 0;
    let first = 0;
    let second = 0;
    for (let i = 0; i < GAUSS_LEGENDRE_NODES.length; i++) {
      for (const sign of [-1, 1]) {
        const t = sign * halfWidth * GAUSS_LEGENDRE_NODES[i];
        const weight = GAUSS_LEGENDRE_WEIGHTS[i] * Math.exp(-centre * t - 0.5 * t * t);
        zeroth += weight;
        first += weight * t;
        second += weight * t * t;
      }
    }
    const offset = first / zeroth;
    return { mean: centre + offset, variance: second / zeroth - offset * offset };
  }
  const densityAtLower = standardDensity(lower);
  const densityAtUpper = standardDensity(upper);
  // x·φ(x) → 0 at ±∞, but ∞·0 would be NaN.
  const lowerMoment = Number.isFinite(lower) ? lower * densityAtLower : 0;
  const upperMoment = Number.isFinite(upper) ? upper * densityAtUpper : 0;
  const mean = (densityAtLower - densityAtUpper) / mass;
  return { mean, variance: 1 + (lowerMoment - upperMoment) / mass - mean * mean };
}

/**
 * The normal distribution N(mean, sd²) truncated to [min, max] (either limit may be
 * left open).
 *
 * Method: with α = (min − mean)/sd, β = (max − mean)/sd and mass Z = Φ(β) − Φ(α)
 * (taken as a difference of lower tails or of upper tails, whichever is accurate), the
 * quantile targets either the lower tail Φ(α) + u·Z or the upper tail Φ(−β) + (1 − u)·Z —
 * whichever is below ½ — and inverts it with Φ⁻¹, so it stays accurate deep in either
 * tail (e.g. a normal truncated to [mean + 7 sd, ∞)); results are clamped to [min, max].
 * (Inversion with complementary CDFs; compare Botev & L'Écuyer, "Simulation from the
 * normal distribution truncated to an interval in the tail", VALUETOOLS 2016.)
 * Sampling is by inversion, one uniform per draw. Moments
 * in closed form, or by quadrature for intervals narrower than 0.1 sd (see
 * `standardMoments`). For intervals narrower than ~1e-6 sd the quantile's resolution
 * inside the interval degrades to about ε/Z of its width (the limits still hold). Cost:
 * O(1) per call.
 *
 * @param parameters mean and sd (> 0) of the parent normal; optional min < max.
 * @returns a {@link Distribution} of kind `'truncatedNormal'` with support [min, max].
 * @throws {RangeError} `"truncatedNormal needs …"` for the first broken rule (see
 *   {@link checkTruncatedNormalParameters}); its quantile throws for u outside [0, 1]
 *   and its cdf and density for NaN.
 * @example
 * const lengthOfStayChange = createTruncatedNormal({ mean: -0.02, sd: 0.05, min: -0.1, max: 0.05 });
 * lengthOfStayChange.quantile(0.5); // the median, inside [-0.1, 0.05]
 */
export function createTruncatedNormal(parameters: TruncatedNormalParameters): Distribution {
  const problems = checkTruncatedNormalParameters(parameters);
  if (problems.length > 0) throw new RangeError(problems[0]);
  const { mean, sd, min = -Infinity, max = Infinity } = parameters;
  const lower = (min - mean) / sd;
  const upper = (max - mean) / sd;
  const mass = standardMass(lower, upper);
  const lowerTailAtMin = normalCdf(lower);
  const upperTailAtMax = normalCdf(-upper);
  const moments = standardMoments(lower, upper, mass);

  const quantile = (u: number): number => {
    if (!(u >= 0 && u <= 1)) throw new RangeError(`truncatedNormal quantile needs 0 <= u <= 1, got ${u}`);
    if (u === 0) return min;
    if (u === 1) return max;
    const lowerTail = lowerTailAtMin + u * mass;
    const z = lowerTail < 0.5 ? normalQuantile(lowerTail) : -normalQuantile(upperTailAtMax + (1 - u) * mass);
    return Math.min(max, Math.max(min, mean + sd * z));
  };
  return {
    kind: 'truncatedNormal',
    mean: mean + sd * moments.mean,
    variance: sd * sd * moments.variance,
    support: [min, max],
    quantile,
    cdf(x) {
      if (Number.isNaN(x)) throw new RangeError('truncatedNormal cdf needs x to be a number');
      if (x <= min) return 0;
      if (x >= max) return 1;
      const z = (x - mean) / sd;
      // P(α < Z ≤ z) as a difference of same-side tails, as in standardMass.
      let below: number;
      if (z <= 0) below = normalCdf(z) - lowerTailAtMin;
      else if (lower >= 0) below = normalCdf(-lower) - normalCdf(-z);
      else below = 1 - lowerTailAtMin - normalCdf(-z);
      return Math.min(1, Math.max(0, below / mass));
    },
    density(x) {
      if (Number.isNaN(x)) throw new RangeError('truncatedNormal density needs x to be a number');
      if (x < min || x > max) return 0;
      return standardDensity((x - mean) / sd) / (sd * mass);
    },
    sample: (rng) => quantile(rng()),
    draw: (rng) => quantile(rng()),
  };
}
