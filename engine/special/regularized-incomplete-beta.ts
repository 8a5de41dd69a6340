import { logGamma, logGammaStirlingCorrection } from './log-gamma.ts';
import { excessOverLog } from './excess-over-log.ts';

/** Stop the continued fraction when a convergent changes by less than this ratio. */
const RELATIVE_TOLERANCE = 1e-16;
/** Lentz's method replaces a zero denominator by this tiny number (Thompson & Barnett). */
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/**
 * The continued fraction of A&S 26.5.8 for I_x(a, b) · a · B(a, b) / (x^a (1−x)^b),
 * evaluated by the modified Lentz method (W. J. Lentz, Appl. Opt. 15 (1976) 668;
 * I. J. Thompson and A. R. Barnett, J. Comput. Phys. 64 (1986) 490–509).
 * It converges quickly for x < (a + 1) / (a + b + 2), in O(√max(a, b)) terms.
 */
function betaContinuedFraction(a: number, b: number, x: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let fraction = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const twoM = 2 * m;
    // Even step: d_{2m} = m (b − m) x / ((a + 2m − 1)(a + 2m)).
    let numerator = (m * (b - m) * x) / ((a + twoM - 1) * (a + twoM));
    d = 1 + numerator * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + numerator / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    fraction *= d * c;
    // Odd step: d_{2m+1} = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)).
    numerator = (-(a + m) * (a + b + m) * x) / ((a + twoM) * (a + twoM + 1));
    d = 1 + numerator * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + numerator / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const change = d * c;
    fraction *= change;
    if (Math.abs(change - 1) <= RELATIVE_TOLERANCE) return fraction;
  }
  throw new RangeError(`regularizedIncompleteBeta did not converge for a = ${a}, b = ${b}, x = ${x}`);
}

/**
 * ln B(a, b). When the larger shape is ≥ 10, ln Γ(large) − ln Γ(large + small) is taken
 * from Stirling's formula as −(large − ½)·ln(1 + small/large) − small·ln(a + b) + small
 * plus the Stirling corrections, so no two large log-gammas are subtracted.
 */
function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (large < 10) return logGamma(a) + logGamma(b) - logGamma(a + b);
  const sum = a + b;
  const logGammaDifference = -(large - 0.5) * Math.log1p(small / large) - small * Math.log(sum) + small + logGammaStirlingCorrection(large) - logGammaStirlingCorrection(sum);
  return logGamma(small) + logGammaDifference;
}

/**
 * x^a (1−x)^b / B(a, b), the front factor of the continued fraction.
 *
 * When both shapes are ≥ 10 it uses Stirling's formula for B(a, b) and writes the power
 * terms about the mode x₀ = a/(a+b) as −a·(t₁ − 1 − ln t₁) − b·(t₂ − 1 − ln t₂),
 * t₁ = x/x₀, t₂ = (1−x)/(1−x₀) (the linear terms cancel exactly), which keeps the error
 * near ε instead of ε·(a + b)·ln(a + b) (as in DiDonato & Morris's BRCOMP, ACM TOMS 18
 * (1992) 360–373). Otherwise it is the plain product of `Math.pow` terms when none
 * under- or overflows ((1−x)^b by `pow` when x > ½, where 1 − x is exact, and by
 * exp(b·log1p(−x)) below), falling back to exp of the summed logs.
 */
function frontFactor(a: number, b: number, x: number): number {
  if (Math.min(a, b) >= 10) {
    const sum = a + b;
    const excess = x * sum - a; // = a·(t₁ − 1) = −b·(t₂ − 1)
    const exponent = -a * excessOverLog((x * sum) / a, excess / a) - b * excessOverLog(((1 - x) * sum) / b, -excess / b);
    const corrections = logGammaStirlingCorrection(a) + logGammaStirlingCorrection(b) - logGammaStirlingCorrection(sum);
    return Math.exp(exponent + 0.5 * (Math.log(a) + Math.log(b) - Math.log(sum) - Math.log(2 * Math.PI)) - corrections);
  }
  const logBetaValue = logBeta(a, b);
  const powerOfX = Math.pow(x, a);
  const powerOfComplement = x > 0.5 ? Math.pow(1 - x, b) : Math.exp(b * Math.log1p(-x));
  const product = powerOfX * powerOfComplement;
  // Normal doubles start at 2.2e-308; below that the product would lose bits.
  if (product >= 1e-307 && product <= 1e307 && Math.abs(logBetaValue) < 690) return product / Math.exp(logBetaValue);
  return Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBetaValue);
}

/**
 * The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b): the
 * cumulative distribution function of a Beta(a, b) variable at x.
 *
 * Method: the continued fraction of Abramowitz & Stegun 26.5.8 evaluated by the
 * modified Lentz method, times the front factor x^a (1−x)^b / (a B(a, b)). When
 * x > (a + 1)/(a + b + 2) the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) is used so the
 * fraction always converges fast (as in Press et al., Numerical Recipes, 3rd ed.,
 * §6.4). The front factor is a direct product of powers for small shapes and uses
 * Stirling's formula when both shapes are ≥ 10, so results agree with mpmath to
 * ~1e-15 relative for shapes from 0.01 to 1e4 (worse only where the answer is
 * subnormal or is a complement near 1). Argument order (a, b, x) follows Boost's
 * `ibeta`. Cost: O(√max(a, b)) iterations plus a few `log`/`pow`.
 *
 * @param a first shape, > 0.
 * @param b second shape, > 0.
 * @param x point in [0, 1].
 * @returns I_x(a, b) in [0, 1].
 * @throws {RangeError} if a or b is not a finite positive number, if x is NaN or
 *   outside [0, 1], or (never seen in practice) if the fraction fails to converge.
 * @example
 * regularizedIncompleteBeta(2, 5, 0.3); // 0.579825 (R: pbeta(0.3, 2, 5))
 * regularizedIncompleteBeta(1, 3, 0.5); // 0.875 (= 1 − (1 − 0.5)^3)
 */
export function regularizedIncompleteBeta(a: number, b: number, x: number): number {
  checkArguments('regularizedIncompleteBeta', a, b, x);
  if (x === 0) return 0;
  if (x === 1) return 1;
  return lowerOrUpper(a, b, x, false);
}

/**
 * The complement 1 − I_x(a, b) = I_{1−x}(b, a), computed without forming 1 − I_x when the
 * continued fraction gives the complement directly, so small upper tails keep their
 * relative precision (and no 1 − x is rounded when called as I_y(b, a) with small y).
 *
 * Method: as {@link regularizedIncompleteBeta}. Boost calls this `ibetac`. Cost: as I_x.
 *
 * @param a first shape, > 0.
 * @param b second shape, > 0.
 * @param x point in [0, 1].
 * @returns 1 − I_x(a, b) in [0, 1].
 * @throws {RangeError} as {@link regularizedIncompleteBeta}.
 * @example
 * regularizedIncompleteBetaComplement(1, 3, 0.5); // 0.125 (= (1 − 0.5)^3)
 */
export function regularizedIncompleteBetaComplement(a: number, b: number, x: number): number {
  checkArguments('regularizedIncompleteBetaComplement', a, b, x);
  if (x === 0) return 1;
  if (x === 1) return 0;
  return lowerOrUpper(a, b, x, true);
}

function checkArguments(name: string, a: number, b: number, x: number): void {
  if (!(a > 0 && a < Infinity)) throw new RangeError(`${name} needs a > 0, got ${a}`);
  if (!(b > 0 && b < Infinity)) throw new RangeError(`${name} needs b > 0, got ${b}`);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`${name} needs 0 <= x <= 1, got ${x}`);
}

/** I_x(a, b), or its complement when `upper`, for x strictly inside (0, 1). */
function lowerOrUpper(a: number, b: number, x: number, upper: boolean): number {
  const front = frontFactor(a, b, x);
  let lower: number;
  let complement: number;
  if (x < (a + 1) / (a + b + 2)) {
    lower = Math.min(1, (front * betaContinuedFraction(a, b, x)) / a);
    complement = 1 - lower;
  } else {
    complement = Math.min(1, (front * betaContinuedFraction(b, a, 1 - x)) / b);
    lower = 1 - complement;
  }
  return upper ? complement : lower;
}
