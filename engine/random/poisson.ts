import type { RandomSource } from './random-source.ts';
import { logFactorial } from './log-factorial.ts';

/** Below this mean the sequential-search inversion is cheaper than PTRS (as numpy). */
const INVERSION_LIMIT = 10;
/** Relative size below which a pmf term no longer changes a sum of doubles. */
const NEGLIGIBLE = 1e-17;

/**
 * One draw from the Poisson distribution with the given mean.
 *
 * Method: for mean < 10, inversion by sequential search from 0 (one uniform); for
 * mean ≥ 10, Hörmann's transformed rejection with squeeze, PTRS (W. Hörmann, "The
 * transformed rejection method for generating Poisson random variables", Insurance:
 * Mathematics and Economics 12 (1993) 39–45), with the constants numpy uses. Both are
 * exact. PTRS consumes a random number of uniforms (two per try, ~1.1 tries), so use it
 * only for counts whose mean is the same in every run being compared (arrivals); a
 * count that must stay coupled across runs wants `poissonQuantile`. A mean of 0 returns
 * 0 without consuming a uniform. Cost: O(mean) below 10, O(1) expected above.
 *
 * @throws {RangeError} if mean is negative, NaN or infinite.
 * @example
 * const arrivals = samplePoisson(58.7, createStream(1, 'beds'));
 */
export function samplePoisson(mean: number, rng: RandomSource): number {
  if (!(mean >= 0 && mean < Infinity)) throw new RangeError(`samplePoisson: mean must be finite and >= 0, got ${mean}`);
  if (mean === 0) return 0;
  if (mean < INVERSION_LIMIT) {
    const u = rng();
    let k = 0;
    let term = Math.exp(-mean);
    let cdf = term;
    // The cap only matters if rounding left the cdf a hair below u near 1.
    while (cdf < u && k < 1000) {
      k++;
      term *= mean / k;
      cdf += term;
    }
    return k;
  }
  const root = Math.sqrt(mean);
  const b = 0.931 + 2.53 * root;
  const a = -0.059 + 0.02483 * b;
  const acceptAlways = 0.9277 - 3.6224 / (b - 2);
  // Most tries end in the squeeze (two in three for means of 50 to 100); these two
  // logarithms are needed only by the rest, so they are taken on first need.
  let logMean = NaN;
  let logInverseAlpha = NaN;
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= acceptAlways) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Number.isNaN(logMean)) {
      logMean = Math.log(mean);
      logInverseAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
    }
    if (Math.log(v) + logInverseAlpha - Math.log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) return k;
  }
}

/**
 * The u-quantile of a Poisson(mean) count conditioned on being at most `max`:
 * the least n ≤ max with P(N ≤ n) ≥ u · P(N ≤ max).
 *
 * One uniform gives one draw (inversion), so two runs that differ only in `max` draw
 * coupled counts: because the Poisson pmf is log-concave, P(N ≤ n)/P(N ≤ n − 1) falls
 * with n, which makes the quantile for max and for max − 1 differ by 0 or 1 for every
 * u. This is how a trust's census is started at the stationary law of a loss system
 * (a Poisson count truncated at the beds). Method: pmf ratios relative to the mode
 * (no exponentials, so no underflow for any mean), the cdf at the mode summed down to
 * negligible terms, then a walk from the mode. Cost: O(√mean) for moderate max.
 *
 * @param mean Poisson mean, finite and ≥ 0.
 * @param u probability in (0, 1].
 * @param max largest count allowed (a whole number ≥ 0, or Infinity for no truncation).
 * @throws {RangeError} on a bad mean, u or max.
 * @example
 * poissonQuantile(45, 0.5, 50); // the median census of an M/M/50/50 ward offered 45 Erlangs
 */
export function poissonQuantile(mean: number, u: number, max = Infinity): number {
  if (!(mean >= 0 && mean < Infinity)) throw new RangeError(`poissonQuantile: mean must be finite and >= 0, got ${mean}`);
  if (!(u > 0 && u <= 1)) throw new RangeError(`poissonQuantile: u must be in (0, 1], got ${u}`);
  if (!(max >= 0) || (max !== Infinity && !Number.isInteger(max))) {
    throw new RangeError(`poissonQuantile: max must be a whole number >= 0 or Infinity, got ${max}`);
  }
  if (mean === 0 || max === 0) return 0;
  const anchor = Math.min(Math.floor(mean), max);
  // Relative pmf: term(anchor) = 1; below it term(k − 1) = term(k) · k / mean.
  let cdfAtAnchor = 1;
  for (let k = anchor, term = 1; k > 0; k--) {
    term *= k / mean;
    cdfAtAnchor += term;
    if (term < NEGLIGIBLE * cdfAtAnchor) break;
  }
  let cdfAtMax = cdfAtAnchor;
  let top = anchor; // where the upper sum stopped: the walk below repeats its arithmetic, so never passes it
  for (let term = 1; top < max;) {
    term *= mean / (top + 1);
    cdfAtMax += term;
    top++;
    if (term < NEGLIGIBLE * cdfAtMax) break;
  }
  const target = u * cdfAtMax;
  let k = anchor;
  let cdf = cdfAtAnchor;
  let term = 1;
  if (target <= cdf) {
    while (k > 0) {
      const below = cdf - term;
      if (below < target) break;
      term *= k / mean;
      cdf = below;
      k--;
    }
    return k;
  }
  while (k < top) {
    term *= mean / (k + 1);
    cdf += term;
    k++;
    if (cdf >= target) break;
  }
  return k;
}
