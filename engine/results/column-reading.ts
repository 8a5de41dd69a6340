import { momentMean, momentStandardDeviation, PAID_TOLERANCE } from '../montecarlo/column-moments.ts';
import { trialsRun, type TrialBlock } from '../montecarlo/trial-block.ts';
import { mean } from '../stats/mean.ts';
import type { SummaryStatistics } from './run-results.ts';
import { extractColumn, summaryStatistics } from './summary-statistics.ts';

/**
 * How the results read one column of a run's trials. A run that kept every
 * row is read exactly as it always was. A run that kept a reservoir (more
 * than RESERVOIR_TRIALS trials) has its mean, standard deviation, minimum,
 * maximum and shares of trials above 0 or paid from every trial (the
 * columns' exact moments), and its quantiles from the reservoir's rows, with
 * the rank error TrialReservoir states.
 */
export function columnStatistics(block: TrialBlock, column: number): SummaryStatistics {
  const statistics = summaryStatistics(extractColumn(block.values, block.columnCount, column, block.trialCount));
  const moments = block.reservoir?.moments;
  if (!moments) return statistics;
  return { ...statistics, mean: momentMean(moments, column), sd: momentStandardDeviation(moments, column), min: moments.min[column], max: moments.max[column] };
}

/**
 * The statistics of a trial-by-trial difference (alternative − baseline)
 * from its paired rows. When the rows are a reservoir's, the mean is taken
 * from every trial instead, as the difference of the two sides' exact means
 * (Σ(b − a)/n = Σb/n − Σa/n); the spread and quantiles stay the reservoir's.
 */
export function pairedDifference(block: TrialBlock, rows: Float64Array, sides: { readonly baseline: SummaryStatistics; readonly alternative: SummaryStatistics }): SummaryStatistics {
  const statistics = summaryStatistics(rows);
  return block.reservoir ? { ...statistics, mean: sides.alternative.mean - sides.baseline.mean } : statistics;
}

/** Mean of a column over every trial (a 0/1 column's mean is the share of trials where it holds). */
export function columnMean(block: TrialBlock, column: number): number {
  const moments = block.reservoir?.moments;
  return moments ? momentMean(moments, column) : mean(extractColumn(block.values, block.columnCount, column, block.trialCount));
}

/** Share of every trial in which a column is above 0 (`positive`) or above PAID_TOLERANCE (`paid`). */
export function columnShare(block: TrialBlock, column: number, above: 'positive' | 'paid'): number {
  const moments = block.reservoir?.moments;
  if (moments) return (above === 'positive' ? moments.positive[column] : moments.aboveTolerance[column]) / moments.trials;
  const threshold = above === 'positive' ? 0 : PAID_TOLERANCE;
  const values = extractColumn(block.values, block.columnCount, column, block.trialCount);
  return values.reduce((count, value) => count + (value > threshold ? 1 : 0), 0) / trialsRun(block);
}
