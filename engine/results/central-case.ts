import type { CompiledModel } from '../model/compiled-model.ts';
import { TrialState } from '../model/trial-state.ts';
import { runTrial } from '../model/run-trial.ts';
import { LEDGER_LINES, LINE_COUNT, type LedgerLine } from '../model/ledger-lines.ts';
import { FINANCE_METRICS, FINANCE_METRIC_COUNT, type FinanceMetric } from '../model/metrics.ts';
import type { CentralStatement } from './run-results.ts';
import { BED_METRICS, BED_METRIC_COUNT, type BedMetric } from '../model/beds/bed-metrics.ts';
import { WAITING_LIST_METRICS, WAITING_LIST_METRIC_COUNT, waitingListYear, type WaitingListMetric } from '../model/beds/waiting-list-metrics.ts';
import { waitingListsOf } from '../model/beds/compile-waiting-list.ts';
import { CARE_METRICS, type CareMetric } from '../model/care/care-metrics.ts';
import { POOL_METRICS, type PoolMetric } from '../model/care/pool-metrics.ts';
import { PLACE_METRICS, type PlaceMetric } from '../model/places/place-metrics.ts';
import { WAITING_LIST_MONTH, WAITING_LIST_MONTH_FIELDS, type WaitingListMonthField } from '../beds/waiting-list.ts';

export interface CentralCase {
  /** Year-end figures: `central[year][entity][metric]`. */
  readonly yearEnd: ReadonlyArray<ReadonlyArray<Readonly<Record<FinanceMetric, number>>>>;
  readonly statements: CentralStatement[];
  /** Bed figures: `beds[bedIndex][year][metric]`. */
  readonly beds: ReadonlyArray<ReadonlyArray<Readonly<Record<BedMetric, number>>>>;
  /** Waiting lists by `listIndex`: each year's figures and each month's. */
  readonly waitingLists: ReadonlyArray<{ readonly years: ReadonlyArray<Readonly<Record<WaitingListMetric, number>>>; readonly months: Readonly<Record<WaitingListMonthField, number[]>> }>;
  /** Care services: `care[careIndex][year][metric]` (cost by payer, what moved, unmet need). */
  readonly care: ReadonlyArray<ReadonlyArray<Readonly<Record<CareMetric, number>>>>;
  /** Pooled budgets: `pools[poolIndex][year][metric]`. */
  readonly pools: ReadonlyArray<ReadonlyArray<Readonly<Record<PoolMetric, number>>>>;
  /** Places that hold budgets: `places[placeBudgetIndex][year][metric]`. */
  readonly places: ReadonlyArray<ReadonlyArray<Readonly<Record<PlaceMetric, number>>>>;
}

/** One row of a year's figures (`values[row * count + m]`) as a record by metric name. */
function figuresOf<M extends string>(metrics: readonly M[], values: Float64Array, row: number): Record<M, number> {
  return Object.fromEntries(metrics.map((metric, m) => [metric, values[row * metrics.length + m]])) as Record<M, number>;
}

/**
 * The deterministic central case: one pass with every distribution at its
 * mean and every driver at its mean. It makes the model explainable: each
 * organisation's statement line by line, and the position the uncertainty is
 * spread around.
 */
export function centralCase(model: CompiledModel, seed: number): CentralCase {
  const state = new TrialState(model);
  const yearEnd: Array<Array<Record<FinanceMetric, number>>> = [];
  const statements: CentralStatement[] = [];
  const care = model.careServices.map((): Array<Record<CareMetric, number>> => []);
  const pools = model.pools.map((): Array<Record<PoolMetric, number>> => []);
  const places = model.placeBudgets.map((): Array<Record<PlaceMetric, number>> => []);
  runTrial(state, seed, 0, 'central', (year) => {
    model.careServices.forEach((service) => care[service.careIndex].push(figuresOf(CARE_METRICS, state.careYear, service.careIndex)));
    model.pools.forEach((pool) => pools[pool.poolIndex].push(figuresOf(POOL_METRICS, state.poolYear, pool.poolIndex)));
    model.placeBudgets.forEach((place) => places[place.placeBudgetIndex].push(figuresOf(PLACE_METRICS, state.placeYear, place.placeBudgetIndex)));
    yearEnd.push(
      model.entities.map((entity) => Object.fromEntries(FINANCE_METRICS.map((metric, m) => [metric, state.yearEnd[entity.index * FINANCE_METRIC_COUNT + m]])) as Record<FinanceMetric, number>),
    );
    for (const entity of model.entities) {
      if (entity.kind === 'system') continue;
      const lines = Object.fromEntries(LEDGER_LINES.map((line, l) => [line, state.lines[entity.index * LINE_COUNT + l]])) as Record<LedgerLine, number>;
      statements.push({ entityId: entity.id, year, lines });
    }
  });
  const beds = model.bedTrusts.map((trust) =>
    Array.from(
      { length: model.years },
      (_, year) => Object.fromEntries(BED_METRICS.map((metric, m) => [metric, state.beds!.yearMetrics[(trust.bedIndex * model.years + year) * BED_METRIC_COUNT + m]])) as Record<BedMetric, number>,
    ),
  );
  const waitingLists = waitingListsOf(model.bedTrusts).map((trust) => {
    const monthly = state.beds!.trusts[trust.bedIndex].input.waitingList!.monthly;
    const figures = new Float64Array(WAITING_LIST_METRIC_COUNT);
    const years = Array.from({ length: model.years }, (_, year) => {
      waitingListYear(monthly, year, figures, 0);
      return Object.fromEntries(WAITING_LIST_METRICS.map((metric, m) => [metric, figures[m]])) as Record<WaitingListMetric, number>;
    });
    const months = Object.fromEntries(
      (Object.keys(WAITING_LIST_MONTH) as WaitingListMonthField[]).map((field) => [
        field,
        Array.from({ length: model.monthCount }, (_, month) => monthly[month * WAITING_LIST_MONTH_FIELDS + WAITING_LIST_MONTH[field]]),
      ]),
    ) as Record<WaitingListMonthField, number[]>;
    return { years, months };
  });
  return { yearEnd, statements, beds, waitingLists, care, pools, places };
}
