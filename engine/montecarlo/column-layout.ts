import type { CompiledModel } from '../model/compiled-model.ts';
import { FINANCE_METRIC_COUNT, type FinanceMetric, METRIC } from '../model/metrics.ts';
import { BED_METRIC, BED_METRIC_COUNT, OCCUPANCY_BINS, type BedMetric } from '../model/beds/bed-metrics.ts';
import { HISTOGRAM_BUCKETS } from './log-histogram.ts';
import { CARE_METRIC, CARE_METRIC_COUNT, type CareMetric } from '../model/care/care-metrics.ts';
import { POOL_METRIC, POOL_METRIC_COUNT, POOL_PARTNER_METRIC, POOL_PARTNER_METRIC_COUNT, type PoolMetric, type PoolPartnerMetric } from '../model/care/pool-metrics.ts';
import { WAITING_LIST_METRIC, WAITING_LIST_METRIC_COUNT, type WaitingListMetric } from '../model/beds/waiting-list-metrics.ts';
import { waitingListsOf } from '../model/beds/compile-waiting-list.ts';
import { PLACE_METRIC, PLACE_METRIC_COUNT, type PlaceMetric } from '../model/places/place-metrics.ts';

/**
 * Where a figure sits in a trial's row: first the money, entity by entity,
 * year by year, metric by metric; then the beds, trust by trust, year by
 * year; then what each incentive fund paid each member, year by year (see
 * {@link fundPaymentCount}); then each care service's figures, year by year;
 * then each pooled budget's, then each pool partner's, then each elective
 * waiting list's, then each budget-holding place's.
 * Rows grow with entities × years × metrics, never with months or days.
 */
export function columnCount(model: CompiledModel): number {
  return firstPlaceColumn(model) + model.placeBudgets.length * model.years * PLACE_METRIC_COUNT;
}

function firstPlaceColumn(model: CompiledModel): number {
  return firstWaitingListColumn(model) + waitingListCount(model) * model.years * WAITING_LIST_METRIC_COUNT;
}

/** Column of (place that holds a budget, year, place metric), after the waiting lists'. */
export function placeColumnOf(model: CompiledModel, placeBudgetIndex: number, year: number, metric: PlaceMetric): number {
  return firstPlaceColumn(model) + (placeBudgetIndex * model.years + year) * PLACE_METRIC_COUNT + PLACE_METRIC[metric];
}

/** Trusts with an elective waiting list (their `waitingList.listIndex` counts them). */
export function waitingListCount(model: CompiledModel): number {
  return waitingListsOf(model.bedTrusts).length;
}

function firstWaitingListColumn(model: CompiledModel): number {
  return firstPartnerColumn(model) + poolPartnerCount(model) * model.years * POOL_PARTNER_METRIC_COUNT;
}

/** Column of (waiting list, year, waiting-list metric), after the pool partners'; `listIndex` counts the trusts with a waiting list. */
export function waitingListColumnOf(model: CompiledModel, listIndex: number, year: number, metric: WaitingListMetric): number {
  return firstWaitingListColumn(model) + (listIndex * model.years + year) * WAITING_LIST_METRIC_COUNT + WAITING_LIST_METRIC[metric];
}

function poolPartnerCount(model: CompiledModel): number {
  return model.pools.reduce((count, pool) => count + pool.partners.length, 0);
}

function firstPoolColumn(model: CompiledModel): number {
  return firstCareColumn(model) + model.careServices.length * model.years * CARE_METRIC_COUNT;
}

function firstPartnerColumn(model: CompiledModel): number {
  return firstPoolColumn(model) + model.pools.length * model.years * POOL_METRIC_COUNT;
}

/** Column of (pooled budget, year, pool metric). */
export function poolColumnOf(model: CompiledModel, poolIndex: number, year: number, metric: PoolMetric): number {
  return firstPoolColumn(model) + (poolIndex * model.years + year) * POOL_METRIC_COUNT + POOL_METRIC[metric];
}

/** Column of (pool partner, year, partner metric); `partnerRow` counts the partners of every pool, pool by pool (`firstPartner` + position). */
export function poolPartnerColumnOf(model: CompiledModel, partnerRow: number, year: number, metric: PoolPartnerMetric): number {
  return firstPartnerColumn(model) + (partnerRow * model.years + year) * POOL_PARTNER_METRIC_COUNT + POOL_PARTNER_METRIC[metric];
}

function firstCareColumn(model: CompiledModel): number {
  return financeColumnCount(model) + bedColumnCount(model) + fundPaymentCount(model) * model.years;
}

/** Column of (care service, year, care metric); `careIndex` counts the model's care services. */
export function careColumnOf(model: CompiledModel, careIndex: number, year: number, metric: CareMetric): number {
  return firstCareColumn(model) + (careIndex * model.years + year) * CARE_METRIC_COUNT + CARE_METRIC[metric];
}

function bedColumnCount(model: CompiledModel): number {
  return model.bedTrusts.length * model.years * BED_METRIC_COUNT;
}

/**
 * Incentive fund payments recorded per trial: one per (system, fund, member
 * named in its amounts), counted system by system, fund by fund, member by
 * member in scenario order.
 */
export function fundPaymentCount(model: CompiledModel): number {
  return model.systems.reduce((total, system) => total + system.incentiveFunds.reduce((sum, fund) => sum + fund.amounts.length, 0), 0);
}

/** The first fund payment of each system, in the count of {@link fundPaymentCount}. */
export function firstFundPayments(model: CompiledModel): number[] {
  let next = 0;
  return model.systems.map((system) => {
    const first = next;
    next += system.incentiveFunds.reduce((sum, fund) => sum + fund.amounts.length, 0);
    return first;
  });
}

/** Column of what fund payment `payment` (see {@link fundPaymentCount}) paid in a year, £m. */
export function fundPaymentColumnOf(model: CompiledModel, payment: number, year: number): number {
  return financeColumnCount(model) + bedColumnCount(model) + payment * model.years + year;
}

function financeColumnCount(model: CompiledModel): number {
  return model.entities.length * model.years * FINANCE_METRIC_COUNT;
}

/** Column of (bed trust, year, bed metric); `bedIndex` counts acute trusts with beds. */
export function bedColumnOf(model: CompiledModel, bedIndex: number, year: number, metric: BedMetric): number {
  return financeColumnCount(model) + (bedIndex * model.years + year) * BED_METRIC_COUNT + BED_METRIC[metric];
}

/** Column of (entity, year, metric). */
export function columnOf(model: CompiledModel, entity: number, year: number, metric: FinanceMetric): number {
  return (entity * model.years + year) * FINANCE_METRIC_COUNT + METRIC[metric];
}

/** Fan-chart series: one per entity (organisations, reserves, systems), same order. */
export function fanSeriesCount(model: CompiledModel): number {
  return model.entities.length;
}

/**
 * Length of a block's histogram counts (its `fan` array): the monthly fan
 * charts, `(series * monthCount + month) * HISTOGRAM_BUCKETS + bucket`, then
 * the daily occupancy of each bed trust, from {@link occupancyOffset}, then
 * each waiting list's size at every month's end, from {@link waitingListFanOffset}.
 */
export function histogramLength(model: CompiledModel): number {
  return fanSeriesCount(model) * model.monthCount * HISTOGRAM_BUCKETS + model.bedTrusts.length * model.years * OCCUPANCY_BINS + waitingListCount(model) * model.monthCount * HISTOGRAM_BUCKETS;
}

/** Where a waiting list's histogram of its size at a month's end (across trials, log buckets) starts in the `fan` array, after the occupancy histograms. */
export function waitingListFanOffset(model: CompiledModel, listIndex: number, month: number): number {
  return fanSeriesCount(model) * model.monthCount * HISTOGRAM_BUCKETS + model.bedTrusts.length * model.years * OCCUPANCY_BINS + (listIndex * model.monthCount + month) * HISTOGRAM_BUCKETS;
}

/** Where a bed trust's daily occupancy histogram for a year starts in the `fan` array. */
export function occupancyOffset(model: CompiledModel, bedIndex: number, year: number): number {
  return fanSeriesCount(model) * model.monthCount * HISTOGRAM_BUCKETS + (bedIndex * model.years + year) * OCCUPANCY_BINS;
}
