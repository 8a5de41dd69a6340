import { createNormal } from './normal.ts';
import { createPert } from './pert.ts';
import type { DistributionSpec } from './spec.ts';

/** How sure someone is that a value lies in their range: every value (1), or 90% or 80% of them. */
export type IntervalCoverage = 1 | 0.9 | 0.8;

/** A range as people say it: "between 20% and 60%, most likely 30%", or "90% sure it is between 2% and 6%". */
export interface Interval {
  readonly low: number;
  readonly high: number;
  /** The most likely value, inside the range; without it the range says nothing of a peak. */
  readonly mostLikely?: number;
  readonly coverage: IntervalCoverage;
  /** Hard limits of the quantity (a share cannot fall below 0 or rise above 1): a fitted range is cut there. */
  readonly limits?: readonly [number, number];
}

/** The distribution a range stands for, and whether it had to be cut at the quantity's limits (its range then covers less than asked). */
export interface IntervalFit {
  readonly spec: DistributionSpec;
  readonly cutAtLimits: boolean;
}

const Z = { 0.9: 1.6448536269514722, 0.8: 1.2815515655446004 } as const;

/** PERT(0, p, 1) quantile: the standardised shape whose mode sits at p. */
const standardQuantile = (p: number, u: number) => createPert({ min: 0, mode: p, max: 1 }).quantile(u);

/**
 * Turns a range as people say it into a distribution of the scenario:
 * - every value between low and high, most likely m: PERT(low, m, high);
 *   with no most likely value, uniform(low, high);
 * - 90% (or 80%) sure between low and high, most likely m: the PERT with
 *   mode m whose 5th and 95th (10th and 90th) percentiles are low and high
 *   (its own minimum and maximum lie outside the range); with no most likely
 *   value, the normal with those percentiles.
 *
 * Method for the PERT: its shape depends only on where the mode sits in its
 * range, p = (m − min)/(max − min); the ratio (m − low)/(high − low) fixes p
 * (by bisection, 200 steps: it rises with p), then the range follows from
 * the percentiles' distance. Where the fit reaches past the quantity's
 * limits (below 0 or above 1 for a share), that end is put at the limit and
 * the other end moved so its own percentile still holds; `cutAtLimits` says
 * the percentile at the cut end is no longer the one asked for.
 *
 * @throws RangeError when low ≥ high or the most likely value is outside the range
 * @example
 * distributionFromInterval({ low: 0.2, high: 0.6, mostLikely: 0.3, coverage: 1 }).spec
 * // { dist: 'pert', min: 0.2, mode: 0.3, max: 0.6 }
 */
export function distributionFromInterval(interval: Interval): IntervalFit {
  const { low, high, mostLikely, coverage, limits } = interval;
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(low < high)) throw new RangeError(`the range needs a low value below its high value, got ${low} to ${high}`);
  if (mostLikely !== undefined && !(mostLikely >= low && mostLikely <= high)) throw new RangeError(`the most likely value must lie in the range ${low} to ${high}, got ${mostLikely}`);
  if (coverage === 1) return { spec: mostLikely === undefined ? { dist: 'uniform', min: low, max: high } : { dist: 'pert', min: low, mode: mostLikely, max: high }, cutAtLimits: false };
  const tail = (1 - coverage) / 2;
  if (mostLikely === undefined) {
    const spec: DistributionSpec = { dist: 'normal', mean: (low + high) / 2, sd: (high - low) / (2 * Z[coverage]) };
    return limits ? cutNormal(spec, limits) : { spec, cutAtLimits: false };
  }
  const target = (mostLikely - low) / (high - low);
  const ratio = (p: number) => {
    const lowQuantile = standardQuantile(p, tail);
    return (p - lowQuantile) / (standardQuantile(p, 1 - tail) - lowQuantile);
  };
  let below = 1e-9;
  let above = 1 - 1e-9;
  for (let step = 0; step < 200 && above - below > 1e-13; step++) {
    const middle = (below + above) / 2;
    if (ratio(middle) < target) below = middle;
    else above = middle;
  }
  const p = (below + above) / 2;
  const lowQuantile = standardQuantile(p, tail);
  const range = (high - low) / (standardQuantile(p, 1 - tail) - lowQuantile);
  const min = low - range * lowQuantile;
  const max = min + range;
  if (!limits || (min >= limits[0] && max <= limits[1])) return { spec: { dist: 'pert', min, mode: mostLikely, max }, cutAtLimits: false };
  // One end past a limit: put it at the limit and move the other end so that its own percentile still holds.
  const [lower, upper] = limits;
  if (min < lower && max > upper) return { spec: { dist: 'pert', min: lower, mode: mostLikely, max: upper }, cutAtLimits: true };
  if (max > upper) {
    const fittedMin = bisect((candidate) => createPert({ min: candidate, mode: mostLikely, max: upper }).quantile(tail) - low, Math.max(lower, low - 100 * (high - low)), Math.min(low, mostLikely));
    return { spec: { dist: 'pert', min: fittedMin, mode: mostLikely, max: upper }, cutAtLimits: true };
  }
  const fittedMax = bisect(
    (candidate) => createPert({ min: lower, mode: mostLikely, max: candidate }).quantile(1 - tail) - high,
    Math.max(high, mostLikely),
    Math.min(upper, high + 100 * (high - low)),
  );
  return { spec: { dist: 'pert', min: lower, mode: mostLikely, max: fittedMax }, cutAtLimits: true };
}

/**
 * The root of an increasing function on [from, to] by bisection (200 steps),
 * or the nearer end when it has none there (the percentile cannot be met
 * inside the limits: the end then sits as close as it can).
 */
function bisect(excess: (value: number) => number, from: number, to: number): number {
  if (excess(from) >= 0) return from;
  if (excess(to) <= 0) return to;
  let below = from;
  let above = to;
  for (let step = 0; step < 200 && above - below > 1e-15 * Math.max(1, Math.abs(above)); step++) {
    const middle = (below + above) / 2;
    if (excess(middle) < 0) below = middle;
    else above = middle;
  }
  return (below + above) / 2;
}

/** Most of a normal's probability that may lie past a quantity's limits before the normal is cut off there. */
const NEGLIGIBLE_MASS = 0.001;

/** A normal with more than a thousandth of its draws past the limits becomes a normal cut off at them (the mean and sd of the uncut one). */
function cutNormal(spec: DistributionSpec & { dist: 'normal' }, limits: readonly [number, number]): IntervalFit {
  const normal = createNormal(spec);
  const outside = normal.cdf(limits[0]) + (1 - normal.cdf(limits[1]));
  if (!(outside > NEGLIGIBLE_MASS)) return { spec, cutAtLimits: false };
  const [lower, upper] = limits;
  return {
    spec: { dist: 'truncatedNormal', mean: spec.mean, sd: spec.sd, ...(Number.isFinite(lower) ? { min: lower } : {}), ...(Number.isFinite(upper) ? { max: upper } : {}) },
    cutAtLimits: true,
  };
}
