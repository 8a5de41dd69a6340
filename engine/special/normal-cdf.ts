/** Coefficients of Cody's rational approximations (ACM TOMS Algorithm 715, function ANORM). */
const CENTRE_NUMERATOR = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const CENTRE_DENOMINATOR = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const MIDDLE_NUMERATOR = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
  1.0765576773720192317e-8,
];
const MIDDLE_DENOMINATOR = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const TAIL_NUMERATOR = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303];
const TAIL_DENOMINATOR = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];

const ONE_OVER_SQRT_TWO_PI = 0.39894228040143267794;
/** |x| where Φ(x) = 0.75; below it the centre approximation is used. */
const CENTRE_LIMIT = 0.66291;
const SQRT_32 = 5.656854248;
/** Beyond this |x| the tail is below the smallest subnormal double. */
const UNDERFLOW_LIMIT = 38.5;

/**
 * exp(-y²/2) computed as exp(-r²/2)·exp(-(y-r)(y+r)/2) with r = y rounded down to a
 * multiple of 1/16, so r² is exact and the large exponent carries no rounding error
 * (Cody's device; it keeps the tail relative error near machine precision).
 */
function gaussianFactor(y: number): number {
  const rounded = Math.trunc(y * 16) / 16;
  const remainder = (y - rounded) * (y + rounded);
  return Math.exp(-rounded * rounded * 0.5) * Math.exp(-remainder * 0.5);
}

/**
 * The standard normal cumulative distribution function Φ(x) = P(Z ≤ x).
 *
 * Method: W. J. Cody's near-minimax rational approximations, "Rational Chebyshev
 * approximations for the error function", Math. Comp. 23 (1969) 631–637, in the form
 * of function ANORM of ACM TOMS Algorithm 715 (Cody 1993, "SPECFUN"): one rational
 * function for |x| ≤ 0.66291, one for |x| ≤ √32 and an asymptotic one in 1/x² beyond.
 * The small tail is always computed directly (never as 1 − something), so Φ(x) for
 * x < 0 keeps a relative error of about 1e-15 down to underflow (x ≈ −38.5); use
 * `normalCdf(-x)` for an accurate upper tail. Cost: O(1), one or two `exp`.
 *
 * @param x any number; ±Infinity give 0 and 1.
 * @returns Φ(x) in [0, 1].
 * @throws {RangeError} if x is NaN.
 * @example
 * normalCdf(1.959963984540054); // 0.975
 * normalCdf(-10);               // 7.619853024160527e-24 (R: pnorm(-10))
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) throw new RangeError('normalCdf needs x to be a number');
  const y = Math.abs(x);
  if (y <= CENTRE_LIMIT) {
    const square = x * x;
    let numerator = CENTRE_NUMERATOR[4] * square;
    let denominator = square;
    for (let i = 0; i < 3; i++) {
      numerator = (numerator + CENTRE_NUMERATOR[i]) * square;
      denominator = (denominator + CENTRE_DENOMINATOR[i]) * square;
    }
    return 0.5 + (x * (numerator + CENTRE_NUMERATOR[3])) / (denominator + CENTRE_DENOMINATOR[3]);
  }
  let tail: number;
  if (y <= SQRT_32) {
    let numerator = MIDDLE_NUMERATOR[8] * y;
    let denominator = y;
    for (let i = 0; i < 7; i++) {
      numerator = (numerator + MIDDLE_NUMERATOR[i]) * y;
      denominator = (denominator + MIDDLE_DENOMINATOR[i]) * y;
    }
    tail = ((numerator + MIDDLE_NUMERATOR[7]) / (denominator + MIDDLE_DENOMINATOR[7])) * gaussianFactor(y);
  } else if (y < UNDERFLOW_LIMIT) {
    const inverseSquare = 1 / (y * y);
    let numerator = TAIL_NUMERATOR[5] * inverseSquare;
    let denominator = inverseSquare;
    for (let i = 0; i < 4; i++) {
      numerator = (numerator + TAIL_NUMERATOR[i]) * inverseSquare;
      denominator = (denominator + TAIL_DENOMINATOR[i]) * inverseSquare;
    }
    const correction = (inverseSquare * (numerator + TAIL_NUMERATOR[4])) / (denominator + TAIL_DENOMINATOR[4]);
    tail = ((ONE_OVER_SQRT_TWO_PI - correction) / y) * gaussianFactor(y);
  } else {
    tail = 0;
  }
  return x > 0 ? 1 - tail : tail;
}
