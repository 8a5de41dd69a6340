import type { Diversion, FrontDoor, StayFamily } from '../../beds/types.ts';
import type { OccupancyPenaltyCurve } from './occupancy-penalty.ts';
import type { CompiledWaitingList } from './compile-waiting-list.ts';
import type { CompiledCareWait } from '../care/compile-care-waits.ts';

/** Slots index the model's ParameterTable. Days count from 1 April of the first year. */
export interface CompiledStay {
  readonly family: StayFamily;
  readonly meanDays: number;
  readonly sdDays: number;
}

export interface CompiledBedChange {
  readonly fromDay: number;
  /** Beds closed (positive) or opened (negative). */
  readonly beds: number;
  /** Share of the booked saving that is real (closures only). */
  readonly savingRealisation: number;
}

export interface CompiledAvoidance {
  readonly fromDay: number;
  readonly rampDays: number;
  readonly claimedReduction: number;
  readonly realisation: number;
  /** The patients the scheme is aimed at (its avoided patients come from them), or undefined for average patients. */
  readonly targetGroup?: CompiledTargetGroup;
}

/** An avoidance scheme's target group: its share of emergency admissions and its own stay. */
export interface CompiledTargetGroup {
  /** The scenario path of the group (`interventions[2].targetGroup`), for errors. */
  readonly path: string;
  readonly share: number;
  readonly stay: CompiledStay;
}

/** A dated scheme that changes stays: when it starts, how it ramps up, and how much of its claim comes true. */
interface CompiledStayScheme {
  /** The scenario path of the intervention, for errors. */
  readonly path: string;
  readonly fromDay: number;
  readonly rampDays: number;
  readonly realisation: number;
}

/** A length-of-stay reduction: days or a share off the emergency mean stay (the other slot is undefined). */
export interface CompiledStayReduction extends CompiledStayScheme {
  readonly daysOff: number | undefined;
  readonly shareOff: number | undefined;
}

/** A discharge improvement: relative falls in the share of patients delayed and in the extra days (constant 0 when not claimed). */
export interface CompiledDischargeImprovement extends CompiledStayScheme {
  readonly delayedShareReduction: number;
  readonly extraDaysReduction: number;
}

/** An acute trust's bed model. */
export interface CompiledBedTrust {
  /** Index among bed trusts (for columns and workspaces). */
  readonly bedIndex: number;
  readonly organisation: number;
  readonly coreBeds: number;
  readonly costPerBedDay: number;
  readonly escalationCap: number;
  readonly escalationCostPerBedDay: number;
  /** What an emergency patient does who finds no bed (the scenario's `frontDoor`, default queue). */
  readonly frontDoor: FrontDoor;
  /** Diversion to neighbours once the trolley queue reaches a length (the scenario's `diversion`), if any. */
  readonly diversion: Diversion | undefined;
  /** Days a patient waits for a bed before leaving the queue (the scenario's `abandonAfterHours` ÷ 24), if any. */
  readonly abandonAfterDays: number | undefined;
  readonly emergency: {
    readonly admissionsPerYear: number;
    readonly growth: number;
    readonly plannedGrowth: number;
    /** Multipliers by month of the year (April first) with a day-weighted mean of 1. */
    readonly monthly: Float64Array;
    /** Multipliers Monday … Sunday with a mean of 1. */
    readonly weekday: Float64Array;
    readonly stay: CompiledStay;
    readonly incomePerAdmission: number;
    readonly costPerAdmission: number;
  };
  readonly elective: {
    readonly admissionsPerYear: number;
    /** Share of the week's planned admissions on each weekday (sums to 1). */
    readonly weekdayShare: Float64Array;
    readonly stay: CompiledStay;
    readonly incomePerAdmission: number;
  };
  readonly delayedShare: number;
  readonly delayedExtraDays: number;
  /** Patients who wait for the system's social care, their delays following its capacity (none: the fixed delays alone). */
  readonly careWaits: readonly CompiledCareWait[];
  readonly changes: readonly CompiledBedChange[];
  readonly avoidance: readonly CompiledAvoidance[];
  readonly stayReductions: readonly CompiledStayReduction[];
  readonly dischargeImprovements: readonly CompiledDischargeImprovement[];
  /** Occupancy to A&E 4-hour performance lost: the trust's own curve or the NHS Improvement 2017 one. */
  readonly occupancyPenalty: OccupancyPenaltyCurve;
  /** Slot of the 4-hour share seen at low occupancy, or undefined when the trust does not model 4-hour performance. */
  readonly fourHourBaseline: number | undefined;
  /**
   * With A&E 4-hour performance read from the modelled waits (`fourHourPerformance.from:
   * waits`): the wait for a bed, days, past which a patient breaches (4 hours less the hours
   * before the decision), and the A&E attendances per emergency admission. Undefined when
   * it is read from occupancy.
   */
  readonly fourHourFromWaits: { readonly breachAfterDays: number; readonly attendancesPerAdmission: number } | undefined;
  /** The trust's elective waiting list, if the scenario gives one (its planned admissions are then slots filled from it). */
  readonly waitingList?: CompiledWaitingList;
}

/** A scheme's running cost (admission avoidance, length of stay, discharge). */
export interface CompiledSchemeCost {
  readonly paidBy: number;
  readonly annualCost: number;
  readonly fromMonth: number;
}
