import type { WaitingList } from './waiting-list.ts';

/** Distribution family of a length of stay. */
export type StayFamily = 'exponential' | 'lognormal' | 'gamma';

/** A length of stay in days: its family, mean and standard deviation (sd is ignored for exponential). */
export interface LengthOfStay {
  family: StayFamily;
  meanDays: number;
  sdDays: number;
}

/**
 * Delayed transfers of care: the share of patients whose discharge is delayed once they
 * are fit to leave, and the mean of the extra days they then hold the bed (the extra
 * days are exponential, so a delay has no memory: a patient delayed for a week is as
 * likely to leave tomorrow as one delayed since yesterday).
 */
export interface DelayedDischarge {
  share: number;
  meanExtraDays: number;
}

/**
 * The stays of the emergency patients who remain when an avoidance scheme has taken
 * its avoided admissions out of a target group: a share of them still belong to the
 * group and stay like it, the others stay like the rest of the population. The
 * detailed kernel draws each patient from this mix; the fast kernel uses the
 * period's `emergencyStay`, which the caller sets to the mix's mean and sd.
 */
export interface EmergencyStayMix {
  /** Share of the remaining emergency patients who belong to the target group, in [0, 1]. */
  targetShare: number;
  targetStay: LengthOfStay;
  otherStay: LengthOfStay;
}

/** The stay and delay laws a patient admitted in a period takes. */
export interface StayLaws {
  emergencyStay: LengthOfStay;
  electiveStay: LengthOfStay;
  delayedDischarge: DelayedDischarge;
  /** When set, the detailed kernel draws emergency stays from this mix (its mean and sd are `emergencyStay`'s). */
  emergencyMix?: EmergencyStayMix;
}

/** Stay and delay laws from a day on (until the next period's first day). */
export interface StayPeriod extends StayLaws {
  /** First day of the period, 1 … days − 1, after the previous period's. */
  fromDay: number;
}

/**
 * One acute trust's bed inputs for one trial, resolved per day by the caller (profiles,
 * growth, avoidance, closures and openings already applied). Day 0 is 1 April of the
 * first financial year. Arrays may be longer than `days`; only the first `days` entries
 * are read.
 */
export interface BedSimulationInput extends StayLaws {
  /** Simulated days, a whole number ≥ 1. */
  days: number;
  /** Expected emergency arrivals on each day (admitted or not), ≥ 0. */
  emergencyArrivalRate: Float64Array;
  /** Planned elective admissions on each day, ≥ 0. */
  electivePlanned: Int32Array;
  /** General and acute beds open on each day, ≥ 0. */
  coreBeds: Int32Array;
  /** Most escalation beds that may be open on each day, ≥ 0 (emergencies only). */
  escalationCap: Int32Array;
  /**
   * Later periods whose patients take other stay and delay laws (a stay that changes
   * by year, a length-of-stay or discharge scheme). The input's own laws hold from day 0
   * to the first of them; with none, for the whole run.
   */
  laterStays?: readonly StayPeriod[];
  /**
   * When planned electives arrive, as a fraction of the day after midnight, in (0, 1).
   * Default 0.375 (09:00): electives come in the morning, before most of the day's
   * discharges, which is why a full hospital cancels them.
   */
  electiveTimeOfDay?: number;
  /** What a patient who finds no bed does (default `loss`, the kernels' original behaviour; scenarios default to `queue`). */
  frontDoor?: FrontDoor;
  /**
   * With the front door a queue: once `queueLength` patients are waiting for a bed, each
   * further emergency patient who finds no bed goes to a neighbouring trust instead with
   * probability `share` (diverted; the neighbour's beds are not modelled). None by default.
   */
  diversion?: Diversion;
  /**
   * With the front door a queue: a patient who has waited this long (days, > 0) for a bed
   * without getting one leaves the queue (abandoned: left without being admitted). None by
   * default: every patient waits until a bed comes free.
   */
  abandonAfterDays?: number;
  /**
   * Waits for a bed (days from the decision to admit) beyond which a patient breaches A&E's
   * 4-hour standard (4 hours less the time in A&E before the decision); counted in
   * `waitsOverBreach`. None by default (nothing counted there).
   */
  breachAfterDays?: number;
  /**
   * The reporting period of each day (a financial year, say), 0 … periods − 1, for the
   * histogram of decision-to-admit times; default every day in period 0. The output's
   * histogram must have room for every period named.
   */
  waitPeriodOfDay?: Int32Array;
  /**
   * The trust's elective waiting list, if it has one: each day's `electivePlanned` are
   * then the slots, filled from the list (`bookFromWaitingList`, never more than are on
   * it), and the day's admitted and cancelled go back to it (`recordElectiveDay`).
   * Without one, `electivePlanned` are the patients who come.
   */
  waitingList?: WaitingList;
}

/**
 * What happens to an emergency patient who needs a bed when core and escalation beds
 * are all full: `queue`, they wait (on a trolley in A&E or a corridor) for the next bed
 * to come free, first come first served and ahead of planned electives; `loss`, they
 * are counted as not admitted and leave the model (Erlang's loss system, for teaching
 * and validation).
 */
export type FrontDoor = 'queue' | 'loss';

/** When a trust diverts emergency patients to its neighbours (see `BedSimulationInput.diversion`). */
export interface Diversion {
  /** Patients waiting for a bed at or above which arrivals who find no bed may be diverted, a whole number ≥ 0. */
  queueLength: number;
  /** Share of those arrivals diverted, in [0, 1]. */
  share: number;
}

/** Which kernel filled an output. */
export type BedSimulationPath = 'fast' | 'detailed';

/**
 * Daily results of one trust-trial, preallocated by `createBedOutput(days)` and filled
 * by a kernel. Counts on day t cover the day from midnight to midnight; the census is
 * taken at the midnight that ends day t.
 */
export interface BedSimulationOutput {
  /** Which kernel filled the arrays last (null until one has run). */
  path: BedSimulationPath | null;
  /** Beds occupied at the census, core + escalation, including delayed-discharge patients. */
  occupied: Int32Array;
  /** Escalation beds in use at the census: max(0, occupied − coreBeds). */
  escalationInUse: Int32Array;
  /** Emergency patients given the decision to admit during the day (every arrival, admitted or not). */
  emergencyArrivals: Int32Array;
  /** Emergency patients admitted during the day, those who waited for a bed included. */
  emergencyAdmitted: Int32Array;
  /** Emergency arrivals that found no core or escalation bed and were lost (front door `loss`; 0 with the queue). */
  emergencyRefused: Int32Array;
  /** Emergency arrivals diverted to a neighbouring trust during the day (`diversion`; 0 without it). */
  emergencyDiverted: Int32Array;
  /** Emergency patients who left the trolley queue during the day after waiting `abandonAfterDays` (0 without it). */
  emergencyAbandoned: Int32Array;
  /**
   * Patients waiting for a bed at the midnight that ends the day. Every day,
   * waiting[d] = waiting[d − 1] + arrivals − admitted − refused − diverted − abandoned.
   */
  waitingAtMidnight: Int32Array;
  /** Planned electives admitted (into core beds only). */
  electiveAdmitted: Int32Array;
  /** Planned electives cancelled for want of a free core bed. */
  electiveCancelled: Int32Array;
  /** Beds held at the census by patients fit to leave whose discharge is delayed. */
  delayedOccupied: Int32Array;
  /**
   * Emergency patients given the decision to admit during the day who found no bed and
   * waited for one (front door `queue`). The wait counts fall on the day of the decision,
   * a patient still waiting at the end of the run with the wait so far.
   */
  emergencyWaited: Int32Array;
  /** Σ decision-to-admit time, in days, of the day's emergency patients (0 for those admitted at once). */
  emergencyWaitDays: Float64Array;
  /** Of the day's emergency patients, those who waited more than 4 hours for a bed. */
  waitsOver4Hours: Int32Array;
  /** Of the day's emergency patients, those who waited more than 12 hours for a bed. */
  waitsOver12Hours: Int32Array;
  /**
   * Of the day's emergency patients (by the day of the decision), those whose wait for a bed
   * exceeded `breachAfterDays`, those who left the queue after waiting longer included (0
   * without it).
   */
  waitsOverBreach: Int32Array;
  /** The most patients waiting for a bed at any moment of the day. */
  trolleyQueuePeak: Int32Array;
  /** ∫ patients waiting for a bed over the day, in patient-days (the bed days spent waiting). */
  trolleyQueueDays: Float64Array;
  /**
   * Decision-to-admit times of emergency patients (every one, those admitted at once in
   * bin 0) per reporting period of the day of the decision: `period * WAIT_BINS + waitBin(wait)`.
   */
  waitHistogram: Int32Array;
}

/** Electives arrive at 09:00 unless the input says otherwise. */
export const DEFAULT_ELECTIVE_TIME_OF_DAY = 0.375;
