import { catalogue } from '../../catalogue/metric-kind.ts';

/**
 * Figures recorded for every pooled budget in every trial and year, declared
 * once (the order is the order of the engine's columns). The partners' net
 * costs add up to the pool's spend in every trial.
 */
export const POOL_METRIC_CATALOGUE = catalogue({
  poolContributions: { kind: 'money', label: 'Contributions', description: 'What the partners pay into the pool in the year, before any over- or underspend is shared, £m.' },
  poolSpend: { kind: 'money', label: 'Pool spend', description: "The public cost of the pool's care services (NHS and council parts; never people's own money), £m." },
  poolOverspend: { kind: 'money', label: 'Pool overspend', description: 'Spend − contributions, £m (negative: an underspend); shared among the partners by the pool’s rule at the year end.' },
});

/** Figures recorded for every partner of every pooled budget, in every trial and year. */
export const POOL_PARTNER_METRIC_CATALOGUE = catalogue({
  partnerContribution: { kind: 'money', label: 'Partner contribution', description: 'What the partner pays into the pool in the year, £m.' },
  partnerShareOfOverspend: { kind: 'money', label: 'Share of the overspend', description: "The partner's share of the pool's overspend, £m (negative: its share of an underspend, returned)." },
  partnerNetCost: { kind: 'money', label: 'Net cost of the pool', description: 'Contribution + share of the overspend: what the pool costs the partner in the year, £m.' },
});

export type PoolMetric = keyof typeof POOL_METRIC_CATALOGUE;
export type PoolPartnerMetric = keyof typeof POOL_PARTNER_METRIC_CATALOGUE;
export const POOL_METRICS = Object.keys(POOL_METRIC_CATALOGUE) as readonly PoolMetric[];
export const POOL_PARTNER_METRICS = Object.keys(POOL_PARTNER_METRIC_CATALOGUE) as readonly PoolPartnerMetric[];
export const POOL_METRIC_COUNT = POOL_METRICS.length;
export const POOL_PARTNER_METRIC_COUNT = POOL_PARTNER_METRICS.length;
export const POOL_METRIC: Readonly<Record<PoolMetric, number>> = Object.fromEntries(POOL_METRICS.map((metric, index) => [metric, index])) as Record<PoolMetric, number>;
export const POOL_PARTNER_METRIC: Readonly<Record<PoolPartnerMetric, number>> = Object.fromEntries(POOL_PARTNER_METRICS.map((metric, index) => [metric, index])) as Record<PoolPartnerMetric, number>;
