/**
 * Decision-to-admit times as a histogram, so that a percentile of a year's waits can be
 * read without keeping every wait. Bin 0 holds the patients admitted at once (no wait);
 * then quarter-hour bins up to 24 hours, hourly bins up to a week, daily bins up to 60
 * days, and a last bin for waits of 60 days or more.
 */
export const WAIT_BIN_EDGES_HOURS: Float64Array = (() => {
  const edges: number[] = [0];
  for (let h = 0.25; h <= 24; h += 0.25) edges.push(h);
  for (let h = 25; h <= 168; h++) edges.push(h);
  for (let d = 8; d <= 60; d++) edges.push(24 * d);
  return Float64Array.from(edges);
})();

/** Bins per histogram: no wait, then one per interval between edges, then the open last bin. */
export const WAIT_BINS = WAIT_BIN_EDGES_HOURS.length + 1;

const LAST_EDGE_HOURS = WAIT_BIN_EDGES_HOURS[WAIT_BIN_EDGES_HOURS.length - 1];

/**
 * The bin of a wait in days: 0 for no wait, i for a wait in (edge[i − 1], edge[i]] hours,
 * the last bin above 60 days. Cost: O(1) (the bins are regular within each band).
 */
export function waitBin(waitDays: number): number {
  if (!(waitDays > 0)) return 0;
  const hours = waitDays * 24;
  if (hours <= 24) return Math.max(1, Math.ceil(hours * 4));
  if (hours <= 168) return 96 + Math.ceil(hours - 24);
  if (hours <= LAST_EDGE_HOURS) return 240 + Math.ceil(hours / 24 - 7);
  return WAIT_BINS - 1;
}

/**
 * The q-quantile (0 < q < 1) in hours of the waits counted in `histogram[offset …
 * offset + WAIT_BINS)`: 0 if at least that share had no wait, else read by straight lines
 * within the bin it falls in (waits spread evenly in a bin); 1,440 hours (60 days) if it
 * falls in the open last bin, a floor. 0 when the histogram is empty.
 *
 * @example
 * waitQuantileHours(histogram, 0, 0.9); // P90 of the decision-to-admit times, hours
 */
export function waitQuantileHours(histogram: ArrayLike<number>, offset: number, q: number): number {
  let total = 0;
  for (let b = 0; b < WAIT_BINS; b++) total += histogram[offset + b];
  if (total === 0) return 0;
  const target = q * total;
  let below = histogram[offset];
  if (below >= target) return 0;
  for (let b = 1; b < WAIT_BINS - 1; b++) {
    const count = histogram[offset + b];
    if (below + count >= target) {
      const from = WAIT_BIN_EDGES_HOURS[b - 1];
      const to = WAIT_BIN_EDGES_HOURS[b];
      return from + ((target - below) / count) * (to - from);
    }
    below += count;
  }
  return LAST_EDGE_HOURS;
}
