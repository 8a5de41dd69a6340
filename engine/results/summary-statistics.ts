import { mean } from '../stats/mean.ts';
import { standardDeviation } from '../stats/standard-deviation.ts';
import { quantiles } from '../stats/quantiles.ts';
import { REPORTED_QUANTILES, type SummaryStatistics } from './run-results.ts';

/**
 * Mean, sample standard deviation (0 for a single trial), type-7 quantiles
 * P5…P95, minimum and maximum of one column of trial values.
 */
export function summaryStatistics(values: Float64Array): SummaryStatistics {
  const [p5, p10, p25, p50, p75, p90, p95] = quantiles(values, REPORTED_QUANTILES);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { mean: mean(values), sd: values.length > 1 ? standardDeviation(values) : 0, p5, p10, p25, p50, p75, p90, p95, min, max };
}

/** Copies column `column` of a trial-major table into its own array. */
export function extractColumn(values: Float64Array, columnCount: number, column: number, trials: number): Float64Array {
  const out = new Float64Array(trials);
  for (let trial = 0; trial < trials; trial++) out[trial] = values[trial * columnCount + column];
  return out;
}
