/**
 * Exact within-day timing probabilities for exponential phases, used to discretise
 * continuous phase-type stays at the midnight census. Throughout, ρ is the time in days
 * from admission to the census, μ the stay's rate and ν the delay's.
 */

/** Relative gap below which two rates are treated as one (removable singularity). */
const NEAR = 1e-5;

/** (1 − e^(−x)) / x for x > 0, and 0 at x = +Infinity: the chance an Exp(x) clock started at a uniform time of day outlasts the day. */
export function outlastsRestOfDay(rate: number): number {
  if (rate === Infinity) return 0;
  return -Math.expm1(-rate) / rate;
}

/** ∫ e^(−xρ) dρ over [from, to], without cancellation. */
function decayIntegral(x: number, from: number, to: number): number {
  if (x === 0) return to - from;
  return (Math.exp(-x * from) * -Math.expm1(-x * (to - from))) / x;
}

/**
 * The chance an Exp(rate) stay is still running ρ days after admission, averaged over ρ
 * uniform on [from, to] (or at ρ = from when from = to).
 */
export function stillInStay(rate: number, from: number, to: number): number {
  if (to === from) return Math.exp(-rate * from);
  return decayIntegral(rate, from, to) / (to - from);
}

/**
 * P(S < ρ < S + D) for S ~ Exp(stayRate), D ~ Exp(delayRate) independent: the patient
 * has finished their stay but is still delayed ρ days after admission; averaged over ρ
 * uniform on [from, to] (or at ρ = from when from = to). Closed form
 * μ/(ν − μ)·(∫e^(−μρ) − ∫e^(−νρ)); when ν and μ nearly coincide, the mean of the
 * values at ν = μ(1 ± 1e-5), which cancels the first-order error (relative error ~1e-10).
 */
export function delayedAtCensus(stayRate: number, delayRate: number, from: number, to: number): number {
  if (delayRate === Infinity) return 0;
  if (Math.abs(delayRate - stayRate) <= NEAR * stayRate) {
    return (delayedAtCensus(stayRate, stayRate * (1 + 2 * NEAR), from, to) + delayedAtCensus(stayRate, stayRate * (1 - 2 * NEAR), from, to)) / 2;
  }
  const width = to === from ? 1 : to - from;
  const integral = to === from ? Math.exp(-stayRate * from) - Math.exp(-delayRate * from) : decayIntegral(stayRate, from, to) - decayIntegral(delayRate, from, to);
  return (stayRate * integral) / ((delayRate - stayRate) * width);
}
