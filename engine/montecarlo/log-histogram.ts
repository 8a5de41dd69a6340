/**
 * A fixed, signed, log-spaced histogram for £m values, used for monthly fan
 * charts so that memory does not grow with trials.
 *
 * Buckets: one for |v| < £0.01m (read back as 0), then for each sign buckets
 * whose edges grow by 2% from £0.01m to £1,000,000m. A value read back from a
 * bucket is the bucket's geometric midpoint, so a fan-chart quantile is within
 * ±1% of the exact one (or within £5k of zero). Counts from different chunks of
 * trials simply add, so the result does not depend on how trials were split.
 */
const SMALLEST = 0.01;
const RATIO = 1.02;
const LOG_RATIO = Math.log(RATIO);
const PER_SIGN = Math.ceil(Math.log(1e6 / SMALLEST) / LOG_RATIO);

/** Buckets per histogram: negative values, zero, positive values. */
export const HISTOGRAM_BUCKETS = 2 * PER_SIGN + 1;

/** Bucket of a value (values beyond ±£1,000,000m fall in the end buckets). */
export function bucketOf(value: number): number {
  const magnitude = Math.abs(value);
  if (!(magnitude >= SMALLEST)) return PER_SIGN;
  const step = Math.min(PER_SIGN - 1, Math.floor(Math.log(magnitude / SMALLEST) / LOG_RATIO));
  return value > 0 ? PER_SIGN + 1 + step : PER_SIGN - 1 - step;
}

/** The value a bucket stands for (its geometric midpoint, 0 for the zero bucket). */
export function valueOfBucket(bucket: number): number {
  if (bucket === PER_SIGN) return 0;
  const step = bucket > PER_SIGN ? bucket - PER_SIGN - 1 : PER_SIGN - 1 - bucket;
  const midpoint = SMALLEST * RATIO ** (step + 0.5);
  return bucket > PER_SIGN ? midpoint : -midpoint;
}

/**
 * Quantile p of the values counted in `counts[offset .. offset + HISTOGRAM_BUCKETS)`:
 * the bucket holding the value of rank ⌈p·n⌉ (inverse of the empirical CDF,
 * type 1), read back as its midpoint. Returns NaN when nothing was counted.
 */
export function histogramQuantile(counts: Uint32Array, offset: number, total: number, p: number): number {
  if (total === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (let bucket = 0; bucket < HISTOGRAM_BUCKETS; bucket++) {
    seen += counts[offset + bucket];
    if (seen >= rank) return valueOfBucket(bucket);
  }
  return valueOfBucket(HISTOGRAM_BUCKETS - 1);
}
