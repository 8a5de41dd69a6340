import type { Histogram } from './run-results.ts';

/**
 * Counts values into `bins` equal-width bins spanning their range (one bin of
 * width 0 when every value is the same). Exact: every trial is counted.
 *
 * @example
 * equalWidthHistogram(Float64Array.of(0, 1, 2, 3), 2) // { start: 0, width: 1.5, counts: [2, 2] }
 */
export function equalWidthHistogram(values: ArrayLike<number>, bins = 40): Histogram {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  if (values.length === 0) return { start: 0, width: 0, counts: [] };
  if (max === min) return { start: min, width: 0, counts: [values.length] };
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) counts[Math.min(bins - 1, Math.floor((values[i] - min) / width))]++;
  return { start: min, width, counts };
}
