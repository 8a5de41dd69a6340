/** A mixture of two exponential phases: with probability `firstShare` mean `firstMean`, else `secondMean`. */
export interface Hyperexponential {
  firstShare: number;
  firstMean: number;
  secondMean: number;
  /** True if the third moment was matched; false if it fell back to balanced means. */
  matchesThirdMoment: boolean;
}

/**
 * A two-phase hyperexponential (H2) with the given mean, variance and third raw moment,
 * for a length of stay with coefficient of variation above 1.
 *
 * Method: the phase means x₁, x₂ and weight p solve p·xᵢᵏ + (1 − p)·x₂ᵏ = E[Sᵏ]/k! for
 * k = 1, 2, 3 (a two-point moment problem: x₁, x₂ are the roots of x² − a·x + b with
 * a = (r₃ − r₁r₂)/(r₂ − r₁²), b = a·r₁ − r₂, rₖ = E[Sᵏ]/k!). Matching the third moment
 * matches the first two moments of the equilibrium residual stay, which governs how
 * occupancy carries over from day to day. When that has no solution (third moment too
 * small for an H2), it falls back to Whitt's balanced means (p·x₁ = (1 − p)·x₂), which
 * matches the first two moments only. Cost: O(1).
 *
 * @throws {RangeError} if the variance does not exceed mean² (CV ≤ 1).
 * @example
 * fitHyperexponential(9.1, 144, 15_483); // ≈ { firstShare: 0.0268, firstMean: 42.4, secondMean: 8.18 }
 */
export function fitHyperexponential(mean: number, variance: number, thirdMoment: number): Hyperexponential {
  if (!(variance > mean * mean)) throw new RangeError(`fitHyperexponential: needs CV > 1, got mean ${mean}, variance ${variance}`);
  const r1 = mean;
  const r2 = (variance + mean * mean) / 2;
  const r3 = thirdMoment / 6;
  const a = (r3 - r1 * r2) / (r2 - r1 * r1);
  const b = a * r1 - r2;
  const discriminant = a * a - 4 * b;
  if (b > 0 && discriminant > 0) {
    const root = Math.sqrt(discriminant);
    const firstMean = (a + root) / 2;
    const secondMean = b / firstMean; // product of the roots, without cancellation
    const firstShare = (r1 - secondMean) / (firstMean - secondMean);
    if (firstShare > 0 && firstShare < 1 && secondMean > 0) return { firstShare, firstMean, secondMean, matchesThirdMoment: true };
  }
  const cvSquared = variance / (mean * mean);
  const firstShare = (1 + Math.sqrt((cvSquared - 1) / (cvSquared + 1))) / 2;
  return {
    firstShare,
    firstMean: mean / (2 * firstShare),
    secondMean: mean / (2 * (1 - firstShare)),
    matchesThirdMoment: false,
  };
}

/**
 * A chain of `stages` census stages for a count of midnights K with CV below 1: a new
 * patient starts in stage 1 (or, with probability `skipShare`, in stage 2, or leaves
 * before the first midnight if there is only one stage), stays in each stage for a
 * geometric number of midnights with mean `censusesPerStage` (≥ 1), and moves on at
 * most one stage a day.
 */
export interface StageChain {
  stages: number;
  skipShare: number;
  censusesPerStage: number;
  /** False when the variance asked for was below what a chain can reach (or above its stage cap). */
  matchesVariance: boolean;
}

/** Beyond this many stages a chain costs more than it is worth; it then keeps the mean and overshoots the variance. */
export const MAX_CHAIN_STAGES = 40;

/**
 * A stage chain whose count of midnights K has the given mean and variance.
 *
 * Method: with k stages, entry skipping stage 1 with probability β and g midnights per
 * stage on average, E[K] = (k − β)·g and Var K = (k − β)·g(g − 1) + β(1 − β)·g². With
 * w = (V + M)/M² and k = ⌈1/w⌉, x = k − β is the root in [k − 1, k] of
 * (w + 1)x² − 2kx + k² − k = 0, and g = M/x. If g < 1 (a variance below the chain's
 * minimum) it uses g = 1, k = ⌈M⌉, β = k − M: the mean stays exact. Cost: O(1).
 *
 * @throws {RangeError} if mean or variance is not positive and finite.
 * @example
 * fitStageChain(5.1, 9); // { stages: 2, skipShare: 0.0825, censusesPerStage: 2.66 }: E[K] = 5.1, Var K = 9
 */
export function fitStageChain(mean: number, variance: number): StageChain {
  if (!(mean > 0 && mean < Infinity) || !(variance > 0 && variance < Infinity)) {
    throw new RangeError(`fitStageChain: mean and variance must be finite and > 0, got ${mean}, ${variance}`);
  }
  const w = (variance + mean) / (mean * mean);
  let stages = Math.max(1, Math.ceil(1 / w - 1e-12));
  if (stages > MAX_CHAIN_STAGES) {
    return { stages: MAX_CHAIN_STAGES, skipShare: 0, censusesPerStage: mean / MAX_CHAIN_STAGES, matchesVariance: false };
  }
  const root = Math.sqrt(Math.max(0, stages * stages - (w + 1) * (stages * stages - stages)));
  const traversed = Math.min(stages, (stages + root) / (w + 1));
  const censusesPerStage = mean / traversed;
  if (censusesPerStage >= 1) {
    return { stages, skipShare: stages - traversed, censusesPerStage, matchesVariance: true };
  }
  stages = Math.ceil(mean);
  if (stages > MAX_CHAIN_STAGES) {
    return { stages: MAX_CHAIN_STAGES, skipShare: 0, censusesPerStage: mean / MAX_CHAIN_STAGES, matchesVariance: false };
  }
  return { stages, skipShare: stages - mean, censusesPerStage: 1, matchesVariance: false };
}
