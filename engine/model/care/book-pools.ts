import type { TrialState } from '../trial-state.ts';
import type { CompiledPool } from './compiled-care.ts';
import { LINE } from '../ledger-lines.ts';
import { book } from '../book-line.ts';
import { ModelEvaluationError } from '../model-evaluation-error.ts';
import { POOL_METRIC, POOL_METRIC_COUNT, POOL_PARTNER_METRIC, POOL_PARTNER_METRIC_COUNT } from './pool-metrics.ts';

/** The month the year-end share of an over- or underspend is booked in (March, the last month of the financial year). */
const YEAR_END_MONTH = 11;

/**
 * Books one year of every pooled budget, after the care services (whose
 * public cost, for a service in a pool, the host has paid and
 * `state.poolSpend` holds), and records its figures.
 *
 * Each partner other than the host pays its contribution to the host in
 * twelve equal parts (the host's own contribution stays with it). At the year
 * end the overspend O = spend − Σ contributions is shared: partner i bears
 * s_i·O, where s_i is its contribution ÷ all contributions (proportional),
 * 1 for the host and 0 for the others (hostTakesAll), or its agreed share
 * (agreedShares); a partner other than the host pays its part to the host
 * (an underspend, O < 0, is returned the same way). So each partner's net
 * cost is c_i + s_i·O, and they add up to the spend: the pool neither makes
 * nor loses money, and payments between partners cancel in the system.
 *
 * @throws ModelEvaluationError naming the field when a contribution is negative, or when a proportional pool with no contributions has something to share
 */
export function bookPools(state: TrialState, year: number): void {
  const { poolYear, partnerYear, poolSpend } = state;
  poolYear.fill(0);
  partnerYear.fill(0);
  for (const pool of state.model.pools) {
    let contributions = 0;
    for (let index = 0; index < pool.partners.length; index++) {
      const partner = pool.partners[index];
      const amount = state.value(partner.contribution, year);
      if (!(amount >= 0) || !Number.isFinite(amount)) {
        throw new ModelEvaluationError(
          `${pool.path}.partners[${index}].contribution`,
          `a contribution to ${pool.name} must be a number ≥ 0 (£m), but gave ${amount} in ${state.model.yearLabels[year]}`,
        );
      }
      partnerYear[(pool.firstPartner + index) * POOL_PARTNER_METRIC_COUNT + POOL_PARTNER_METRIC.partnerContribution] = amount;
      contributions += amount;
    }
    const spend = poolSpend[pool.poolIndex];
    const overspend = spend - contributions;
    const at = pool.poolIndex * POOL_METRIC_COUNT;
    poolYear[at + POOL_METRIC.poolContributions] = contributions;
    poolYear[at + POOL_METRIC.poolSpend] = spend;
    poolYear[at + POOL_METRIC.poolOverspend] = overspend;
    pool.partners.forEach((partner, index) => {
      const row = (pool.firstPartner + index) * POOL_PARTNER_METRIC_COUNT;
      const contribution = partnerYear[row + POOL_PARTNER_METRIC.partnerContribution];
      const share = overspend === 0 ? 0 : overspend * shareOf(state, pool, index, contribution, contributions, year);
      partnerYear[row + POOL_PARTNER_METRIC.partnerShareOfOverspend] = share;
      partnerYear[row + POOL_PARTNER_METRIC.partnerNetCost] = contribution + share;
      if (partner.organisation === pool.host) return;
      for (let month = 0; month < 12; month++) {
        book(state, partner.organisation, LINE.pooledBudgetPayments, month, contribution / 12);
        book(state, pool.host, LINE.pooledBudgetIncome, month, contribution / 12);
      }
      if (share !== 0) {
        book(state, partner.organisation, LINE.pooledBudgetPayments, YEAR_END_MONTH, share);
        book(state, pool.host, LINE.pooledBudgetIncome, YEAR_END_MONTH, share);
      }
    });
  }
}

/** The part of an over- or underspend partner `index` bears under the pool's rule. */
function shareOf(state: TrialState, pool: CompiledPool, index: number, contribution: number, contributions: number, year: number): number {
  const partner = pool.partners[index];
  switch (pool.rule) {
    case 'hostTakesAll':
      return partner.organisation === pool.host ? 1 : 0;
    case 'agreedShares':
      return partner.agreedShare;
    case 'proportional':
      if (contributions > 0) return contribution / contributions;
      throw new ModelEvaluationError(`${pool.path}.partners`, `${pool.name} shares its over- or underspend in proportion to contributions, but nobody paid in in ${state.model.yearLabels[year]}`);
  }
}
