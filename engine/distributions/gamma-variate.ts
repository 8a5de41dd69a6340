import { normalQuantile } from '../special/normal-quantile.ts';
import type { RandomSource } from '../random/random-source.ts';

/**
 * ln G for G ~ Gamma(shape, 1), an exact draw.
 *
 * Method: G. Marsaglia and W. W. Tsang, "A simple method for generating gamma
 * variables", ACM Transactions on Mathematical Software 26 (2000) 363–372: for
 * shape ≥ 1, with d = shape − 1/3 and c = 1/√(9d), draw a standard normal z
 * (by inversion of a uniform, Wichura's AS 241) and a uniform u, take v = (1 +
 * cz)³ and accept d·v when v > 0 and u < 1 − 0.0331 z⁴ or ln u < z²/2 + d(1 − v
 * + ln v); otherwise draw again (under 5% of tries are rejected for shape ≥ 1,
 * about 2% for shape ≥ 3). For shape < 1, their boost: G(shape) = G(shape + 1)
 * · U^(1/shape), kept as a logarithm so that very small shapes (whose draws
 * underflow to 0 as doubles) still give a finite ln G. Exact: no
 * approximation beyond rounding. Takes two uniforms per try (three below shape
 * 1), so a varying number per draw. Cost: about 30–40 ns.
 *
 * @param shape > 0 (not checked: the distributions check it when built).
 * @param rng the uniforms.
 * @example
 * Math.exp(logStandardGammaVariate(2, rng)); // a Gamma(2, 1) draw
 */
export function logStandardGammaVariate(shape: number, rng: RandomSource): number {
  if (shape < 1) {
    const boost = Math.log(rng()) / shape;
    return Math.log(standardGammaAtLeastOne(shape + 1, rng)) + boost;
  }
  return Math.log(standardGammaAtLeastOne(shape, rng));
}

/**
 * G ~ Gamma(shape, 1), an exact draw by Marsaglia and Tsang's method (see
 * {@link logStandardGammaVariate}); may underflow to 0 for shapes far below 1.
 *
 * @param shape > 0 (not checked).
 * @example
 * 3 * standardGammaVariate(2, rng); // a Gamma(shape 2, scale 3) draw
 */
export function standardGammaVariate(shape: number, rng: RandomSource): number {
  if (shape < 1) return standardGammaAtLeastOne(shape + 1, rng) * Math.exp(Math.log(rng()) / shape);
  return standardGammaAtLeastOne(shape, rng);
}

function standardGammaAtLeastOne(shape: number, rng: RandomSource): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = normalQuantile(rng());
    let v = 1 + c * z;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rng();
    const zSquared = z * z;
    if (u < 1 - 0.0331 * zSquared * zSquared) return d * v;
    if (Math.log(u) < 0.5 * zSquared + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * B ~ Beta(alpha, beta) on [0, 1], an exact draw: G₁/(G₁ + G₂) with G₁ ~
 * Gamma(alpha), G₂ ~ Gamma(beta), both by {@link logStandardGammaVariate};
 * computed as 1/(1 + e^(ln G₂ − ln G₁)) when a shape is below 1, so that tiny
 * shapes never give 0/0. Cost: two gamma draws, about 70 ns (inverting the
 * incomplete beta function costs about 2 µs).
 *
 * @param alpha > 0 (not checked).
 * @param beta > 0 (not checked).
 * @example
 * betaVariate(7, 3, rng); // a share of a savings plan delivered, mean 0.7
 */
export function betaVariate(alpha: number, beta: number, rng: RandomSource): number {
  if (alpha >= 1 && beta >= 1) {
    const first = standardGammaAtLeastOne(alpha, rng);
    return first / (first + standardGammaAtLeastOne(beta, rng));
  }
  const logFirst = logStandardGammaVariate(alpha, rng);
  const logSecond = logStandardGammaVariate(beta, rng);
  return 1 / (1 + Math.exp(logSecond - logFirst));
}
