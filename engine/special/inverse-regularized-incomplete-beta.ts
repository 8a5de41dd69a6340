import { logGamma } from './log-gamma.ts';
import { normalQuantile } from './normal-quantile.ts';
import { regularizedIncompleteBeta, regularizedIncompleteBetaComplement } from './regularized-incomplete-beta.ts';

const MAX_ITERATIONS = 1000;
/** Stop when a Halley step moves x by less than this fraction of x. */
const RELATIVE_TOLERANCE = 4 * Number.EPSILON;

/**
 * A first guess at the v in (0, ½] with I_v(a, b) = target. For a, b ≥ 1 it is
 * Abramowitz & Stegun 26.5.22 (a Cornish–Fisher-type normal approximation); otherwise,
 * and whenever that guess falls outside (0, ½), the small-v power law
 * I_v(a, b) ≈ v^a / (a·B(a, b)) solved for v (as in Numerical Recipes, 3rd ed., §6.14).
 */
function firstGuess(a: number, b: number, target: number, logBeta: number): number {
  if (a >= 1 && b >= 1 && target > 0 && target < 1) {
    const upperDeviate = -normalQuantile(target);
    const lambda = (upperDeviate * upperDeviate - 3) / 6;
    const harmonic = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (upperDeviate * Math.sqrt(harmonic + lambda)) / harmonic - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (lambda + 5 / 6 - 2 / (3 * harmonic));
    const guess = a / (a + b * Math.exp(2 * w));
    if (guess > 0 && guess < 0.5) return guess;
  }
  const powerLawGuess = Math.exp((Math.log(target) + Math.log(a) + logBeta) / a);
  return powerLawGuess < 0.5 ? powerLawGuess : 0.25;
}

/**
 * Finds the root in [0, ½] of an increasing residual(v), where v is x or 1 − x and
 * (a, b) are the shapes of the beta density in v. Halley's method: the residual's
 * derivative is that density and f''/f' = (a − 1)/v − (b − 1)/(1 − v). Every evaluation
 * narrows a bracket [low, high] around the root; a step that leaves the bracket is
 * replaced by bisection (geometric when the bracket spans orders of magnitude), so the
 * loop always converges.
 */
function solveInLowerHalf(a: number, b: number, guessTarget: number, residualAt: (v: number) => number): number {
  const logBeta = logGamma(a) + logGamma(b) - logGamma(a + b);
  let low = 0;
  let high = 0.5;
  let v = firstGuess(a, b, guessTarget, logBeta);
  // The power law is exact in the limit, so a guess that underflows means the root does too.
  if (v === 0) return 0;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const residual = residualAt(v);
    if (residual === 0) return v;
    if (residual < 0) low = v;
    else high = v;
    const density = Math.exp((a - 1) * Math.log(v) + (b - 1) * Math.log1p(-v) - logBeta);
    let next = Number.NaN;
    if (density > 0 && Number.isFinite(density)) {
      const newtonStep = residual / density;
      const curvature = (a - 1) / v - (b - 1) / (1 - v);
      // Halley's correction, limited as in Numerical Recipes so it cannot flip the step.
      const step = newtonStep / (1 - 0.5 * Math.min(1, Math.max(-1, newtonStep * curvature)));
      next = v - step;
      if (Math.abs(step) <= RELATIVE_TOLERANCE * v && next > low && next < high) return next;
    }
    if (!(next > low && next < high)) {
      next = low > 0 && high / low > 64 ? Math.sqrt(low * high) : low === 0 ? high / 64 : 0.5 * (low + high);
    }
    if (high - low <= RELATIVE_TOLERANCE * high || next === v) return next;
    v = next;
  }
  throw new RangeError(`inverseRegularizedIncompleteBeta did not converge for a = ${a}, b = ${b}`);
}

/**
 * The inverse of the regularized incomplete beta function: the x in [0, 1] with
 * I_x(a, b) = p, i.e. the quantile function of a Beta(a, b) distribution.
 *
 * Method: the side of ½ on which x lies is found from I_½(a, b); the smaller of x and
 * 1 − x is then solved for, matched against the smaller of p and 1 − p where the
 * forward function allows (using I_x(a, b) = 1 − I_{1−x}(b, a)), so results near 0 or
 * near 1 and probabilities near 0 or 1 keep their precision. The solve is Halley's method from the first guess of
 * Abramowitz & Stegun 26.5.22 (or the small-x power law), safeguarded by a shrinking
 * bracket and bisection so that it always converges (the safeguarding follows the usual
 * "rtsafe" pattern of Numerical Recipes, 3rd ed., §9.4). The result is as accurate as
 * {@link regularizedIncompleteBeta} allows, typically a few ulps. Argument order
 * (a, b, p) follows Boost's `ibeta_inv`. Cost: typically 3–6 evaluations of I_x.
 *
 * @param a first shape, > 0.
 * @param b second shape, > 0.
 * @param p probability in [0, 1].
 * @returns x in [0, 1]; exactly 0 at p = 0 and 1 at p = 1.
 * @throws {RangeError} if a or b is not a finite positive number, or p is NaN or
 *   outside [0, 1].
 * @example
 * inverseRegularizedIncompleteBeta(1, 3, 0.875); // 0.5 (since I_x(1, b) = 1 − (1 − x)^b)
 * inverseRegularizedIncompleteBeta(2, 5, 0.579825); // 0.3 (R: qbeta(0.579825, 2, 5))
 */
export function inverseRegularizedIncompleteBeta(a: number, b: number, p: number): number {
  if (!(a > 0 && a < Infinity)) throw new RangeError(`inverseRegularizedIncompleteBeta needs a > 0, got ${a}`);
  if (!(b > 0 && b < Infinity)) throw new RangeError(`inverseRegularizedIncompleteBeta needs b > 0, got ${b}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`inverseRegularizedIncompleteBeta needs 0 <= p <= 1, got ${p}`);
  if (p === 0) return 0;
  if (p === 1) return 1;
  // Solve for the smaller of x and y = 1 − x, comparing against the smaller of p and
  // q = 1 − p; I_x(a, b) = 1 − I_y(b, a) links the four cases, each residual increasing.
  const q = 1 - p;
  const rootBelowHalf = p <= 0.5 ? p < regularizedIncompleteBeta(a, b, 0.5) : q > regularizedIncompleteBetaComplement(a, b, 0.5);
  if (rootBelowHalf) {
    return p <= 0.5 ? solveInLowerHalf(a, b, p, (x) => regularizedIncompleteBeta(a, b, x) - p) : solveInLowerHalf(a, b, p, (x) => q - regularizedIncompleteBetaComplement(a, b, x));
  }
  const y = p > 0.5 ? solveInLowerHalf(b, a, q, (y) => regularizedIncompleteBeta(b, a, y) - q) : solveInLowerHalf(b, a, q, (y) => p - regularizedIncompleteBetaComplement(b, a, y));
  return 1 - y;
}
