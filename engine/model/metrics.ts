/**
 * Year-end figures recorded for every entity (organisation, reserve, system)
 * in every trial, all in £m except the 0/1 indicators.
 *
 * - outturn: income − expenditure before risk share and incentive funding
 * - variance: outturn − control total (positive is better than plan), d_i
 * - riskShareTransfer: t_i, money received (+) or paid (−) under the risk share
 * - postShareVariance: d_i + t_i
 * - incentive: incentive funding received (from outside the system)
 * - reportedPosition: outturn + t_i + incentive
 * - meetsBeforeRiskShare / meetsAfterRiskShare: 1 when d_i ≥ 0, resp. d_i + t_i ≥ 0
 * - systemMetWhileOrganisationMissed (systems only): 1 when the system met its
 *   total while at least one member missed its own after risk share
 */
export const FINANCE_METRICS = [
  'income',
  'expenditure',
  'outturn',
  'controlTotal',
  'variance',
  'riskShareTransfer',
  'postShareVariance',
  'incentive',
  'reportedPosition',
  'meetsBeforeRiskShare',
  'meetsAfterRiskShare',
  'systemMetWhileOrganisationMissed',
] as const;

export type FinanceMetric = (typeof FINANCE_METRICS)[number];
export const FINANCE_METRIC_COUNT = FINANCE_METRICS.length;
export const METRIC: Readonly<Record<FinanceMetric, number>> = Object.fromEntries(FINANCE_METRICS.map((metric, index) => [metric, index])) as Record<FinanceMetric, number>;

/** Metrics that are 0/1 indicators: summarised as probabilities, not quantiles. */
export const INDICATOR_METRICS: ReadonlySet<FinanceMetric> = new Set(['meetsBeforeRiskShare', 'meetsAfterRiskShare', 'systemMetWhileOrganisationMissed']);

/** A control total counts as met when the variance is no worse than −£1 (rounding in £m sums). */
export const MEETS_TOLERANCE = 1e-6;
