import { logFactorial } from '../random/log-factorial.ts';

/**
 * P(M ≥ h) for the running maximum M of a walk that takes `ups` steps of +1 and `downs`
 * steps of −1 in a uniformly random order: 1 for h ≤ max(0, ups − downs), else
 * C(ups + downs, downs + h) / C(ups + downs, ups) = ups!·downs! / ((ups − h)!·(downs + h)!)
 * for h ≤ ups (the reflection principle), 0 above ups.
 */
export function walkMaximumSurvival(h: number, ups: number, downs: number): number {
  if (h <= ups - downs || h <= 0) return 1;
  if (h > ups) return 0;
  return Math.exp(logFactorial(ups) + logFactorial(downs) - logFactorial(ups - h) - logFactorial(downs + h));
}

/**
 * How many of `arrivals` emergencies are lost in one stretch of a day in which
 * `departures` patients leave, arrivals and departures coming in a uniformly random
 * order (as they do when both are spread evenly over the stretch: Poisson arrivals at
 * a constant rate, discharges at uniform times), starting from `occupied` patients,
 * with room for `threshold`: an arrival is admitted when fewer than `threshold` beds are
 * occupied, else lost.
 *
 * Method: the free walk X (occupied + arrivals so far − departures so far) reflected
 * below the threshold loses L = (occupied + M − threshold)⁺ arrivals, M the running
 * maximum of the ±1 walk, whose law is the ballot/reflection formula
 * `walkMaximumSurvival`. One uniform by inversion: M = max{h : P(M ≥ h) ≥ u}, found by
 * evaluating P(M ≥ h) at the first h that loses anyone and walking up with the ratio
 * P(M ≥ h + 1)/P(M ≥ h) = (ups − h)/(downs + h + 1). Exact when occupied ≤ threshold.
 * If the day starts over the threshold (beds were closed overnight), the departures
 * needed to get back to the threshold are taken to come first, an optimistic
 * approximation. Coupling: M is stochastically decreasing in `departures` and the
 * inverse survival functions for downs and downs + 1 interlace (they differ by 0 or
 * 1), so the lost count is monotone across bed bases on common uniforms.
 * Cost: O(1) plus one step per lost arrival.
 *
 * @param u uniform in (0, 1); the caller draws it whether or not anyone can be lost.
 * @example
 * countLostArrivals(9, 10, 2, 0, 0.5); // 1: no one leaves, so the second arrival finds the ward full
 */
export function countLostArrivals(occupied: number, threshold: number, arrivals: number, departures: number, u: number): number {
  if (arrivals === 0) return 0;
  let start = occupied;
  let downs = departures;
  if (start > threshold) {
    const excess = start - threshold;
    if (downs < excess) return arrivals;
    downs -= excess;
    start = threshold;
  }
  const headroom = threshold - start;
  const firstLoss = headroom + 1;
  if (firstLoss > arrivals) return 0;
  let survival = walkMaximumSurvival(firstLoss, arrivals, downs);
  if (survival < u) return 0;
  let h = firstLoss;
  while (h < arrivals) {
    const next = h + 1 <= arrivals - downs ? 1 : (survival * (arrivals - h)) / (downs + h + 1);
    if (next < u) break;
    survival = next;
    h++;
  }
  return h - headroom;
}
