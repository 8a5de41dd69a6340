import type { CompiledPlaceBudget } from './places/compile-place-budgets.ts';
import type { ParameterTable, SampledInput } from './parameter-table.ts';
import type { OrganisationKind, PaymentModel } from '../scenario/schema/organisation.ts';
import type { RiskShareRule } from '../scenario/schema/risk-share.ts';
import type { Scenario } from '../scenario/schema/scenario.ts';
import type { CompiledBedTrust, CompiledSchemeCost } from './beds/compiled-beds.ts';
import type { BedCalendar } from './beds/bed-calendar.ts';
import type { CompiledCareService, CompiledPool } from './care/compiled-care.ts';

/** Slot numbers below index a {@link ParameterTable}; organisation numbers index `organisations`. */
export interface CompiledContract {
  readonly baseline: number;
  readonly uplift: number;
  readonly paymentModel: PaymentModel;
  readonly fixedShare: number;
  /** Index of the commissioning ICB, or −1 when the payer is outside the system. */
  readonly commissioner: number;
}

/** An amount that grows each year from its baseline: `baseline · Π(1 + growth)`. */
export interface CompiledAmountLine {
  /** Column in ledger arrays (see ledger-lines.ts). */
  readonly line: number;
  readonly baseline: number;
  readonly growth: number;
  /** Pay, non-pay and drugs flex with activity and carry the CIP. */
  readonly flexible: boolean;
}

export interface CompiledOrganisation {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly systemIndex: number;
  readonly foundationTrust: boolean;
  readonly place: string | undefined;
  readonly inSystemControlTotal: boolean;
  readonly allocationShare: number;
  readonly contract: CompiledContract | undefined;
  readonly amountLines: readonly CompiledAmountLine[];
  readonly plannedGrowth: number;
  readonly actualGrowth: number;
  readonly variableCostShare: number;
  /** ceiling is a slot, or −1 when the plan counts in full. */
  readonly cip: { readonly plan: number; readonly delivery: number; readonly ceiling: number; readonly recurrent: boolean } | undefined;
  /** Control-total slot for each year. */
  readonly controlTotal: readonly number[];
  /** £m taken off the written control total to compare it before incentive funding: the organisation's full incentive amounts when the scenario writes totals after incentive, else 0. */
  readonly incentiveInControlTotal: number;
}

export interface CompiledRiskShare {
  readonly rule: RiskShareRule;
  /** Organisation indices party to the agreement. */
  readonly members: readonly number[];
  /** 'income', 'equal', or a fixed weight per member (same order as members). */
  readonly weights: 'income' | 'equal' | Float64Array;
  readonly collars: Float64Array;
  readonly caps: Float64Array;
  readonly reserve: number;
  readonly returnRemainder: boolean;
  readonly surplusShare: number;
}

export interface CompiledIncentiveFund {
  readonly name: string;
  /** fourHourTrust: the organisation's index among bed trusts when its A&E 4-hour performance is modelled and the fund tests it, else −1. */
  readonly amounts: ReadonlyArray<{ readonly organisation: number; readonly amount: number; readonly fourHourTrust: number }>;
  readonly condition: 'organisation' | 'system' | 'both';
  readonly basis: 'beforeRiskShare' | 'afterRiskShare';
  readonly performanceShare: number;
  readonly performanceAchieved: number;
  /** Slot of the A&E 4-hour share to reach each quarter, or undefined. */
  readonly fourHourTrajectory: number | undefined;
}

export interface CompiledSystem {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly population: number | undefined;
  readonly allocationBaseline: number;
  readonly allocationGrowth: number;
  readonly places: ReadonlyArray<{ readonly id: string; readonly name: string; readonly share: number }>;
  readonly organisations: readonly number[];
  /** Organisations whose outturn counts towards the system control total. */
  readonly controlTotalMembers: readonly number[];
  /** System control-total slot per year, or undefined for the sum of members' totals. */
  readonly controlTotal: readonly number[] | undefined;
  /** £m taken off a written system control total to compare it before incentive funding (its members' full incentive amounts under afterIncentive, else 0). */
  readonly incentiveInControlTotal: number;
  readonly riskShare: CompiledRiskShare;
  readonly incentiveFunds: readonly CompiledIncentiveFund[];
  /** Entity index of the contingency reserve, or −1. */
  readonly reserveEntity: number;
  /** Who pays the contingency reserve in, and what share of it: the system's ICBs by their share of the single pot (shares sum to 1). */
  readonly reservePayers: ReadonlyArray<readonly [organisation: number, share: number]>;
}

export interface CompiledTransfer {
  readonly from: number;
  readonly to: number;
  readonly amount: number;
  readonly fromMonth: number;
}

export interface CompiledPaymentChange {
  readonly organisation: number;
  readonly paymentModel: PaymentModel;
  readonly fixedShare: number;
  readonly fromMonth: number;
}

export interface CompiledExtraFunding {
  readonly organisation: number;
  readonly amount: number;
  readonly fromMonth: number;
}

export type EntityKind = 'organisation' | 'reserve' | 'system';

/** A row of the results: an organisation, a system's contingency reserve, or a system. */
export interface EntityInfo {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly organisationKind: OrganisationKind | undefined;
  readonly systemIndex: number;
  readonly systemId: string;
}

/** A scenario turned into numbered slots and indices, ready to run trials. */
export interface CompiledModel {
  readonly scenario: Scenario;
  readonly years: number;
  readonly firstYear: number;
  readonly monthCount: number;
  readonly parameters: ParameterTable;
  readonly organisations: readonly CompiledOrganisation[];
  readonly systems: readonly CompiledSystem[];
  /** Organisations first (same index), then reserves, then systems. */
  readonly entities: readonly EntityInfo[];
  readonly transfers: readonly CompiledTransfer[];
  readonly paymentChanges: readonly CompiledPaymentChange[];
  readonly extraFunding: readonly CompiledExtraFunding[];
  readonly sampledInputs: readonly SampledInput[];
  readonly yearLabels: readonly string[];
  /** Days of the horizon (for the bed model). */
  readonly calendar: BedCalendar;
  /** Acute trusts with a bed model, in organisation order. */
  readonly bedTrusts: readonly CompiledBedTrust[];
  readonly schemeCosts: readonly CompiledSchemeCost[];
  readonly bedModel: 'fast' | 'detailed';
  /** Care services of every system, in scenario order, with their boundary shifts. */
  readonly careServices: readonly CompiledCareService[];
  /** Pooled budgets of every system, in scenario order. */
  readonly pools: readonly CompiledPool[];
  /** Places that hold a budget, system by system in scenario order. */
  readonly placeBudgets: readonly CompiledPlaceBudget[];
  /** How the scenario writes control totals; the engine always compares them before incentive funding. */
  readonly controlTotalBasis: 'beforeIncentive' | 'afterIncentive';
}
