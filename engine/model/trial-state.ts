import { PLACE_METRIC_COUNT } from './places/place-metrics.ts';
import type { CompiledModel } from './compiled-model.ts';
import { LINE_COUNT } from './ledger-lines.ts';
import { FINANCE_METRIC_COUNT } from './metrics.ts';
import { BedTrialState } from './beds/bed-trial-state.ts';
import { firstFundPayments, fundPaymentCount } from '../montecarlo/column-layout.ts';
import { CARE_METRIC_COUNT } from './care/care-metrics.ts';
import { POOL_METRIC_COUNT, POOL_PARTNER_METRIC_COUNT } from './care/pool-metrics.ts';

/**
 * Working arrays for one trial, allocated once per model and reused for every
 * trial, so the trial loop allocates nothing that grows with trials.
 */
export class TrialState {
  /** Parameter values, `year * slotCount + slot`. */
  readonly values: Float64Array;
  /** The formula scope: year, financialYear, drivers, named parameters. */
  readonly scope: Float64Array;
  /** This year's totals per ledger line: `entity * LINE_COUNT + line` (organisations and reserves). */
  readonly lines: Float64Array;
  /** This year's net position each month: `entity * 12 + month`. */
  readonly monthlyNet: Float64Array;
  /** Cumulative growth index of each organisation's amount lines: `organisation * LINE_COUNT + line`. */
  readonly growthIndex: Float64Array;
  readonly contractIndex: Float64Array;
  readonly activityIndex: Float64Array;
  readonly allocationIndex: Float64Array;
  /** Recurrent CIP savings carried into the year, and last year's flexible cost base, per organisation. */
  readonly cipCarried: Float64Array;
  readonly previousFlexibleCost: Float64Array;
  /** This year's year-end figures: `entity * FINANCE_METRIC_COUNT + metric`. */
  readonly yearEnd: Float64Array;
  /** Scratch arrays for the risk share, sized for the largest agreement. */
  readonly memberVariances: Float64Array;
  readonly memberWeights: Float64Array;
  readonly memberTransfers: Float64Array;
  /** The bed model's arrays, when the scenario has acute trusts with beds. */
  readonly beds: BedTrialState | undefined;
  /** This year's incentive payments, fund by fund and member by member (`fundPaymentCount` in column-layout.ts), £m. */
  readonly fundPaid: Float64Array;
  /** Where each system's payments start in `fundPaid`. */
  readonly firstFundPayment: readonly number[];
  /** Cumulative growth of each care service's users and weekly cost. */
  readonly careUsersIndex: Float64Array;
  readonly careCostIndex: Float64Array;
  /** This year's care figures: `careIndex * CARE_METRIC_COUNT + metric`. */
  readonly careYear: Float64Array;
  /** This year's public spend on each pooled budget's services, £m. */
  readonly poolSpend: Float64Array;
  /** This year's pool figures (`poolIndex * POOL_METRIC_COUNT + metric`) and partner figures (`partnerRow * POOL_PARTNER_METRIC_COUNT + metric`). */
  readonly poolYear: Float64Array;
  readonly partnerYear: Float64Array;
  /** `placeBudgetIndex * PLACE_METRIC_COUNT + metric`: the year's figures of each place that holds a budget. */
  readonly placeYear: Float64Array;

  constructor(readonly model: CompiledModel) {
    const { parameters, organisations, systems, entities } = model;
    const ledgerEntities = entities.filter((entity) => entity.kind !== 'system').length;
    this.values = new Float64Array(parameters.years * parameters.slotCount);
    this.scope = new Float64Array(parameters.scopeSize);
    this.lines = new Float64Array(ledgerEntities * LINE_COUNT);
    this.monthlyNet = new Float64Array(ledgerEntities * 12);
    this.growthIndex = new Float64Array(organisations.length * LINE_COUNT);
    this.contractIndex = new Float64Array(organisations.length);
    this.activityIndex = new Float64Array(organisations.length);
    this.allocationIndex = new Float64Array(systems.length);
    this.cipCarried = new Float64Array(organisations.length);
    this.previousFlexibleCost = new Float64Array(organisations.length);
    this.yearEnd = new Float64Array(entities.length * FINANCE_METRIC_COUNT);
    const largest = Math.max(1, ...systems.map((system) => system.riskShare.members.length));
    this.memberVariances = new Float64Array(largest);
    this.memberWeights = new Float64Array(largest);
    this.memberTransfers = new Float64Array(largest);
    this.beds = model.bedTrusts.length > 0 ? new BedTrialState(model.bedTrusts, model.calendar, model.monthCount, model.years) : undefined;
    this.fundPaid = new Float64Array(fundPaymentCount(model));
    this.firstFundPayment = firstFundPayments(model);
    this.careUsersIndex = new Float64Array(model.careServices.length);
    this.careCostIndex = new Float64Array(model.careServices.length);
    this.careYear = new Float64Array(model.careServices.length * CARE_METRIC_COUNT);
    this.poolSpend = new Float64Array(model.pools.length);
    this.poolYear = new Float64Array(model.pools.length * POOL_METRIC_COUNT);
    this.partnerYear = new Float64Array(model.pools.reduce((count, pool) => count + pool.partners.length, 0) * POOL_PARTNER_METRIC_COUNT);
    this.placeYear = new Float64Array(model.placeBudgets.length * PLACE_METRIC_COUNT);
  }

  /** Resets the indices that carry from year to year, before a new trial. */
  startTrial(): void {
    this.growthIndex.fill(1);
    this.contractIndex.fill(1);
    this.activityIndex.fill(1);
    this.allocationIndex.fill(1);
    this.cipCarried.fill(0);
    this.previousFlexibleCost.fill(0);
    this.careUsersIndex.fill(1);
    this.careCostIndex.fill(1);
  }

  /** Value of a parameter slot in a year. */
  value(slot: number, year: number): number {
    return this.values[year * this.model.parameters.slotCount + slot];
  }
}
