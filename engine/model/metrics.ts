import { catalogue } from '../catalogue/metric-kind.ts';

/**
 * Year-end figures recorded for every entity (organisation, reserve, system)
 * in every trial, declared once: name, kind (so unit and number format),
 * label and meaning. The order is the order of the engine's columns. The
 * indicators (0/1 in each trial) are reported as probabilities
 * (`probabilityMeets…` in the results), the rest with statistics.
 */
export const FINANCE_METRIC_CATALOGUE = catalogue({
  income: { kind: 'money', label: 'Income', description: 'Every income line of the year, £m.' },
  expenditure: { kind: 'money', label: 'Expenditure', description: 'Every expenditure line of the year (CIP savings net), £m.' },
  outturn: { kind: 'money', label: 'Outturn', description: 'Income − expenditure, before risk share and incentive funding; positive is a surplus.' },
  controlTotal: { kind: 'money', label: 'Control total', description: 'The surplus (or deficit, negative) the organisation or system is held to.' },
  variance: { kind: 'money', label: 'Variance against control total', description: 'Outturn − control total (d_i), before risk share; positive is better than plan.' },
  riskShareTransfer: { kind: 'money', label: 'Risk-share transfer', description: 'Money received (+) or paid (−) under the risk share (t_i); a system’s sum to zero.' },
  postShareVariance: { kind: 'money', label: 'Variance after risk share', description: 'd_i + t_i: the position against the control total after risk share.' },
  incentive: { kind: 'money', label: 'Incentive funding', description: 'Incentive funding received (from outside the system).' },
  reportedPosition: { kind: 'money', label: 'Reported position', description: 'Outturn + risk-share transfer + incentive funding.' },
  meetsBeforeRiskShare: { kind: 'indicator', label: 'Meets control total before risk share', description: '1 when d_i ≥ 0 (to within £1).' },
  meetsAfterRiskShare: { kind: 'indicator', label: 'Meets control total after risk share', description: '1 when d_i + t_i ≥ 0 (to within £1).' },
  systemMetWhileOrganisationMissed: {
    kind: 'indicator',
    label: 'System meets while an organisation misses',
    description: 'Systems only: 1 when the system met its total while at least one member missed its own after risk share.',
  },
});

export type FinanceMetric = keyof typeof FINANCE_METRIC_CATALOGUE;
export const FINANCE_METRICS = Object.keys(FINANCE_METRIC_CATALOGUE) as readonly FinanceMetric[];
export const FINANCE_METRIC_COUNT = FINANCE_METRICS.length;
export const METRIC: Readonly<Record<FinanceMetric, number>> = Object.fromEntries(FINANCE_METRICS.map((metric, index) => [metric, index])) as Record<FinanceMetric, number>;

/** The 0/1 indicators: summarised as probabilities, not quantiles. */
export type IndicatorMetric = { [Name in FinanceMetric]: (typeof FINANCE_METRIC_CATALOGUE)[Name]['kind'] extends 'indicator' ? Name : never }[FinanceMetric];
/** The money metrics, summarised with statistics. */
export type MoneyMetric = Exclude<FinanceMetric, IndicatorMetric>;

export const INDICATOR_METRICS: ReadonlySet<FinanceMetric> = new Set(FINANCE_METRICS.filter((metric) => FINANCE_METRIC_CATALOGUE[metric].kind === 'indicator'));
export const MONEY_METRICS = FINANCE_METRICS.filter((metric) => FINANCE_METRIC_CATALOGUE[metric].kind === 'money') as readonly MoneyMetric[];

/** A control total counts as met when the variance is no worse than −£1 (rounding in £m sums). */
export const MEETS_TOLERANCE = 1e-6;
