import type { CompiledModel } from '../model/compiled-model.ts';
import { FINANCE_METRICS, type FinanceMetric } from '../model/metrics.ts';
import { BED_METRICS, type BedMetric } from '../model/beds/bed-metrics.ts';
import { bedColumnOf, columnOf } from '../montecarlo/column-layout.ts';
import type { ReservoirPart, TrialBlock } from '../montecarlo/trial-block.ts';
import { momentMean, momentStandardDeviation } from '../montecarlo/column-moments.ts';
import { quantileSorted } from '../stats/quantile-sorted.ts';
import { DecisionError } from './decision-error.ts';

/** The statistic of a metric across trials: its mean or a percentile (`p10` is the 10th). */
export type Statistic = 'mean' | `p${number}`;

/**
 * A result the engine reports, for one entity and year:
 * - `probability`: the share of trials meeting the control total, before or
 *   after risk share;
 * - `money`: a statistic of a money metric (£m), e.g. the P10 of the post-share variance;
 * - `beds`: a statistic of a bed metric of an acute trust, e.g. the mean days above 92%.
 */
export type Quantity =
  | { readonly kind: 'probability'; readonly basis: 'beforeRiskShare' | 'afterRiskShare' }
  | { readonly kind: 'money'; readonly metric: FinanceMetric; readonly statistic: Statistic }
  | { readonly kind: 'beds'; readonly metric: BedMetric; readonly statistic: Statistic };

export interface Measure {
  /** An organisation's or a system's id (for bed figures, an acute trust with beds). */
  readonly entity: string;
  /** 0 for the first modelled year. */
  readonly year: number;
  readonly quantity: Quantity;
}

/** A measure's value in one run, with its Monte Carlo standard error. */
export interface MeasuredValue {
  readonly value: number;
  readonly standardError: number;
  /** For money and bed figures: the 5th and 95th percentiles across trials (the 90% band); for a probability, value ± 1.645 standard errors. */
  readonly band: readonly [number, number];
}

const INDICATORS: ReadonlySet<string> = new Set(['meetsBeforeRiskShare', 'meetsAfterRiskShare', 'systemMetWhileOrganisationMissed']);

/**
 * Reads a measure from text: `ENTITY QUANTITY [YEAR]` where QUANTITY is
 * `meetsAfterRiskShare`, `meetsBeforeRiskShare`, `METRIC.STATISTIC` for money
 * (`postShareVariance.p10`, `outturn.mean`) or `beds.METRIC.STATISTIC`
 * (`beds.daysAbove92.mean`), and YEAR counts from 0 (default 0).
 * @throws DecisionError naming `field`
 * @example
 * parseMeasure('riverside meetsAfterRiskShare') // system riverside, first year, P(meet after risk share)
 */
export function parseMeasure(text: string, field: string): Measure {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) throw new DecisionError(field, `write it as "ENTITY QUANTITY [YEAR]", e.g. "riverside meetsAfterRiskShare 0", got "${text}"`);
  const [entity, quantityText, yearText = '0'] = words;
  if (!/^\d{1,3}$/.test(yearText)) throw new DecisionError(field, `the year counts from 0 (the first modelled year), got "${yearText}"`);
  return { entity, year: Number(yearText), quantity: parseQuantity(quantityText, field) };
}

function parseStatistic(text: string | undefined, field: string): Statistic {
  if (text === 'mean') return 'mean';
  const percentile = /^p(\d{1,2})$/.exec(text ?? '');
  if (percentile && Number(percentile[1]) >= 1) return `p${Number(percentile[1])}`;
  throw new DecisionError(field, `the statistic must be mean or a percentile p1 to p99, got "${text ?? ''}"`);
}

/**
 * Reads a result's name: `meetsAfterRiskShare`, `meetsBeforeRiskShare`,
 * `METRIC.STATISTIC` for money (`postShareVariance.p10`) or
 * `beds.METRIC.STATISTIC` (`beds.daysAbove92.mean`).
 * @throws DecisionError naming `field`
 */
export function parseQuantity(text: string, field: string): Quantity {
  if (text === 'meetsAfterRiskShare') return { kind: 'probability', basis: 'afterRiskShare' };
  if (text === 'meetsBeforeRiskShare') return { kind: 'probability', basis: 'beforeRiskShare' };
  const parts = text.split('.');
  if (parts[0] === 'beds' && parts.length === 3) {
    if (!(BED_METRICS as readonly string[]).includes(parts[1])) throw new DecisionError(field, `no bed metric "${parts[1]}"; one of ${BED_METRICS.join(', ')}`);
    return { kind: 'beds', metric: parts[1] as BedMetric, statistic: parseStatistic(parts[2], field) };
  }
  if (parts.length === 2) {
    if (!(FINANCE_METRICS as readonly string[]).includes(parts[0]) || INDICATORS.has(parts[0])) {
      throw new DecisionError(field, `no money metric "${parts[0]}"; one of ${FINANCE_METRICS.filter((metric) => !INDICATORS.has(metric)).join(', ')}, or meetsAfterRiskShare, meetsBeforeRiskShare`);
    }
    return { kind: 'money', metric: parts[0] as FinanceMetric, statistic: parseStatistic(parts[1], field) };
  }
  throw new DecisionError(field, `"${text}" is not a result: use meetsAfterRiskShare, meetsBeforeRiskShare, METRIC.STATISTIC (postShareVariance.p10) or beds.METRIC.STATISTIC (beds.daysAbove92.mean)`);
}

/** The column of a measure in a model's trial rows. @throws DecisionError naming `field` when it does not fit the model */
export function measureColumn(model: CompiledModel, measure: Measure, field: string): number {
  if (!Number.isInteger(measure.year) || measure.year < 0 || measure.year >= model.years)
    throw new DecisionError(field, `year ${measure.year} is outside the scenario's ${model.years} year(s) (0 is the first)`);
  const { quantity } = measure;
  if (quantity.kind === 'beds') {
    const organisation = model.organisations.find((candidate) => candidate.id === measure.entity);
    const bedIndex = model.bedTrusts.findIndex((trust) => organisation !== undefined && trust.organisation === organisation.index);
    if (bedIndex < 0) throw new DecisionError(field, `"${measure.entity}" is not an acute trust with a bed model`);
    return bedColumnOf(model, bedIndex, measure.year, quantity.metric);
  }
  const entity = model.entities.find((candidate) => candidate.id === measure.entity && candidate.kind !== 'reserve');
  if (!entity) throw new DecisionError(field, `no organisation or system "${measure.entity}" in the scenario`);
  const metric = quantity.kind === 'probability' ? (quantity.basis === 'afterRiskShare' ? 'meetsAfterRiskShare' : 'meetsBeforeRiskShare') : quantity.metric;
  return columnOf(model, entity.index, measure.year, metric);
}

/** Standard normal quantile at 0.95, for 90% bands. */
const Z90 = 1.6448536269514722;

/**
 * A measure in one run, read from every trial's row, with its Monte Carlo
 * standard error:
 * - a probability p over n trials: √(p(1 − p)/n) (binomial);
 * - a mean: the sample standard deviation / √n;
 * - a percentile q: √(q(1 − q)/n) / f(x_q), the asymptotic standard error of
 *   a sample quantile, with the density f estimated from the spread of the
 *   sorted sample around it: f ≈ 2h / (x_{q+h} − x_{q−h}), h = max(0.05, 2/√n)
 *   (a difference quotient of the empirical quantile function; 0 where the
 *   sample is flat there, as for a count that rarely moves).
 * Cost: O(n log n) for a percentile (one sort), O(n) otherwise.
 */
export function measureValue(block: TrialBlock, column: number, quantity: Quantity): MeasuredValue {
  if (block.reservoir) return measureReservoirValue(block, block.reservoir, column, quantity);
  const n = block.trialCount;
  const values = new Float64Array(n);
  for (let trial = 0; trial < n; trial++) values[trial] = block.values[trial * block.columnCount + column];
  if (quantity.kind === 'probability') {
    let met = 0;
    for (const value of values) met += value;
    const p = met / n;
    const standardError = Math.sqrt((p * (1 - p)) / n);
    return { value: p, standardError, band: [Math.max(0, p - Z90 * standardError), Math.min(1, p + Z90 * standardError)] };
  }
  const sorted = values.slice().sort();
  const band: [number, number] = [quantileSorted(sorted, 0.05), quantileSorted(sorted, 0.95)];
  if (quantity.statistic === 'mean') {
    let sum = 0;
    for (const value of values) sum += value;
    const mean = sum / n;
    let squares = 0;
    for (const value of values) squares += (value - mean) ** 2;
    const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
    return { value: mean, standardError: sd / Math.sqrt(n), band };
  }
  const q = Number(quantity.statistic.slice(1)) / 100;
  const h = Math.max(0.05, 2 / Math.sqrt(n));
  const spread = quantileSorted(sorted, Math.min(1, q + h)) - quantileSorted(sorted, Math.max(0, q - h));
  const width = Math.min(1, q + h) - Math.max(0, q - h);
  const standardError = spread > 0 ? (Math.sqrt((q * (1 - q)) / n) * spread) / width : 0;
  return { value: quantileSorted(sorted, q), standardError, band };
}

/**
 * {@link measureValue} for a run that kept a reservoir (more than
 * RESERVOIR_TRIALS trials): a probability and a mean, with their standard
 * errors, from every trial's exact moments; a percentile and the band from
 * the reservoir's rows, its standard error from the reservoir's size (the
 * reservoir is what the percentile was read from).
 */
function measureReservoirValue(block: TrialBlock, reservoir: ReservoirPart, column: number, quantity: Quantity): MeasuredValue {
  const { moments } = reservoir;
  const n = moments.trials;
  const rows = measureValue({ ...block, reservoir: undefined }, column, quantity);
  if (quantity.kind === 'probability') {
    const p = momentMean(moments, column);
    const standardError = Math.sqrt((p * (1 - p)) / n);
    return { value: p, standardError, band: [Math.max(0, p - Z90 * standardError), Math.min(1, p + Z90 * standardError)] };
  }
  if (quantity.statistic === 'mean') return { value: momentMean(moments, column), standardError: momentStandardDeviation(moments, column) / Math.sqrt(n), band: rows.band };
  return rows;
}
