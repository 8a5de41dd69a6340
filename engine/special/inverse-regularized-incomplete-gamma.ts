import { logGamma } from './log-gamma.ts';
import { normalQuantile } from './normal-quantile.ts';
import { regularizedIncompleteGamma, regularizedIncompleteGammaComplement } from './regularized-incomplete-gamma.ts';

const MAX_ITERATIONS = 1000;
/** Stop when a Halley step moves x by less than this fraction of x. */
const RELATIVE_TOLERANCE = 4 * Number.EPSILON;

/**
 * A first guess at x. Lower tail (P = p): the small-x power law P(a, x) ≈ x^a / Γ(a + 1)
 * when a < 1 or when the Wilson–Hilferty guess is not positive. Otherwise the
 * Wilson–Hilferty cube-root normal approximation x ≈ a (1 − 1/(9a) + z / (3√a))³
 * (E. B. Wilson and M. M. Hilferty, PNAS 17 (1931) 684–688). Upper tail with a < 1:
 * Q(a, x) ≈ x^(a−1) e^−x / Γ(a), solved by one fixed-point step.
 */
function firstGuess(a: number, probability: number, upper: boolean): number {
  const z = upper ? -normalQuantile(probability) : normalQuantile(probability);
  const wilsonHilferty = a * (1 - 1 / (9 * a) + z / (3 * Math.sqrt(a))) ** 3;
  if (upper) {
    if (a >= 1 && wilsonHilferty > 0) return wilsonHilferty;
    const exponential = Math.max(1, -Math.log(probability) - logGamma(a));
    return exponential + (a - 1) * Math.log(exponential);
  }
  if (a >= 1 && wilsonHilferty > 0) return wilsonHilferty;
  return Math.exp((Math.log(probability) + logGamma(a + 1)) / a);
}

/**
 * Solves P(a, x) = probability (or Q(a, x) = probability when `upper`) by Halley's method
 * on an increasing residual, with the derivative x^(a−1) e^−x / Γ(a) and
 * f''/f' = (a − 1)/x − 1. Every evaluation narrows a bracket [low, high] (high starts at
 * +Infinity); a step that leaves it is replaced by doubling or by (geometric) bisection,
 * so the loop always converges.
 */
function solve(a: number, probability: number, upper: boolean): number {
  const logGammaOfA = logGamma(a);
  let low = 0;
  let high = Infinity;
  let x = firstGuess(a, probability, upper);
  // The power law is exact in the limit, so a guess that underflows means the root does too.
  if (x === 0) return 0;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const residual = upper ? probability - regularizedIncompleteGammaComplement(a, x) : regularizedIncompleteGamma(a, x) - probability;
    if (residual === 0) return x;
    if (residual < 0) low = x;
    else high = x;
    const density = Math.exp((a - 1) * Math.log(x) - x - logGammaOfA);
    let next = Number.NaN;
    if (density > 0 && Number.isFinite(density)) {
      const newtonStep = residual / density;
      const curvature = (a - 1) / x - 1;
      // Halley's correction, limited as in Numerical Recipes so it cannot flip the step.
      const step = newtonStep / (1 - 0.5 * Math.min(1, Math.max(-1, newtonStep * curvature)));
      next = x - step;
      if (Math.abs(step) <= RELATIVE_TOLERANCE * x && next > low && next < high) return next;
    }
    if (!(next > low && next < high)) {
      if (high === Infinity) next = 2 * x + 1;
      else if (low === 0) next = high / 64;
      else next = high / low > 64 ? Math.sqrt(low * high) : 0.5 * (low + high);
    }
    // (high − low ≤ tol·high is false while high is +Infinity, since ∞ ≤ ∞ would end the loop.)
    if ((high < Infinity && high - low <= RELATIVE_TOLERANCE * high) || next === x) return next;
    x = next;
  }
  throw new RangeError(`inverseRegularizedIncompleteGamma did not converge for a = ${a}, p = ${probability}`);
}

/**
 * The inverse of the regularized lower incomplete gamma function: the x ≥ 0 with
 * P(a, x) = p, i.e. the quantile function of a Gamma(shape a, scale 1) distribution.
 *
 * Method: for p ≤ ½ solves P(a, x) = p; for p > ½ solves Q(a, x) = 1 − p (exact in
 * floating point), so the far upper tail keeps full precision. Halley's method from a
 * Wilson–Hilferty or power-law first guess (as in Numerical Recipes, 3rd ed., §6.2.1,
 * and DiDonato & Morris, ACM TOMS 12 (1986) 377–393), safeguarded by a shrinking bracket
 * with bisection so it always converges. Accuracy is that of
 * {@link regularizedIncompleteGamma}, typically a few ulps. Argument order (a, p)
 * follows Boost's `gamma_p_inv`. Cost: typically 3–6 evaluations of P or Q.
 *
 * @param a shape, > 0.
 * @param p probability in [0, 1].
 * @returns x ≥ 0; 0 at p = 0 and +Infinity at p = 1.
 * @throws {RangeError} if a is not a finite positive number, or p is NaN or outside [0, 1].
 * @example
 * inverseRegularizedIncompleteGamma(1, 0.5); // 0.6931471805599453 (= ln 2, since P(1, x) = 1 − e^−x)
 * inverseRegularizedIncompleteGamma(3, 0.3233235838169366); // 2 (R: qgamma(0.3233235838169366, 3))
 */
export function inverseRegularizedIncompleteGamma(a: number, p: number): number {
  if (!(a > 0 && a < Infinity)) throw new RangeError(`inverseRegularizedIncompleteGamma needs a > 0, got ${a}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`inverseRegularizedIncompleteGamma needs 0 <= p <= 1, got ${p}`);
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  return p <= 0.5 ? solve(a, p, false) : solve(a, 1 - p, true);
}
