/** A piecewise-linear curve from occupancy to the share of A&E patients no longer seen within 4 hours. */
export interface OccupancyPenaltyCurve {
  /** Occupancy at each point, strictly rising. */
  readonly occupancy: Float64Array;
  /** Fall in 4-hour performance at each point (0.03 = 3 percentage points). */
  readonly fall: Float64Array;
}

/**
 * Builds a curve from its points (already validated: at least one, occupancy strictly rising).
 *
 * @example
 * occupancyPenaltyCurve([{ occupancy: 0.85, fall: 0 }, { occupancy: 1, fall: 0.08 }])
 */
export function occupancyPenaltyCurve(points: ReadonlyArray<{ readonly occupancy: number; readonly fall: number }>): OccupancyPenaltyCurve {
  if (points.length === 0) throw new RangeError('occupancyPenaltyCurve: needs at least one point');
  for (let i = 1; i < points.length; i++) {
    if (!(points[i].occupancy > points[i - 1].occupancy)) throw new RangeError(`occupancyPenaltyCurve: occupancy must rise, point ${i} is ${points[i].occupancy} after ${points[i - 1].occupancy}`);
  }
  return { occupancy: Float64Array.from(points, (point) => point.occupancy), fall: Float64Array.from(points, (point) => point.fall) };
}

/**
 * The fall in A&E 4-hour performance at an occupancy: straight lines between
 * the curve's points, the first point's fall below it and the last point's
 * above it. Allocation-free (called once per trust-day).
 *
 * @example
 * // The default curve (read from NHS Improvement 2017): 0 at 85%, 0.03 at 90%, 0.08 at 100%
 * occupancyPenalty(curve, 0.95) // 0.055
 */
export function occupancyPenalty(curve: OccupancyPenaltyCurve, occupancy: number): number {
  const { occupancy: at, fall } = curve;
  const last = at.length - 1;
  if (occupancy <= at[0]) return fall[0];
  if (occupancy >= at[last]) return fall[last];
  let i = 1;
  while (at[i] < occupancy) i++;
  const weight = (occupancy - at[i - 1]) / (at[i] - at[i - 1]);
  return fall[i - 1] + weight * (fall[i] - fall[i - 1]);
}
