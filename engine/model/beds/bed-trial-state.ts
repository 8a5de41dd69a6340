import type { BedSimulationInput, BedSimulationOutput } from '../../beds/types.ts';
import { createBedOutput } from '../../beds/bed-output.ts';
import { createBedWorkspace, type BedWorkspace } from '../../beds/workspace.ts';
import type { BedCalendar } from './bed-calendar.ts';
import type { CompiledBedTrust } from './compiled-beds.ts';
import { BED_METRIC_COUNT, BED_MONTH_FIELDS } from './bed-metrics.ts';
import { createWaitingList } from '../../beds/waiting-list.ts';

/** Daily inputs, outputs and a workspace for one trust, reused across trials. */
export interface TrustBedArrays {
  readonly input: BedSimulationInput;
  readonly output: BedSimulationOutput;
  readonly workspace: BedWorkspace;
}

/**
 * The beds part of a trial's working state, allocated once per model: each
 * bed trust's daily arrays and kernel workspace, monthly totals for booking
 * money, and year figures for the results.
 */
export class BedTrialState {
  readonly trusts: TrustBedArrays[];
  /** `(bedTrust * months + month) * BED_MONTH_FIELDS + field` (see BED_MONTH). */
  readonly monthly: Float64Array;
  /** `(bedTrust * years + year) * BED_METRIC_COUNT + metric`. */
  readonly yearMetrics: Float64Array;
  /** `(bedTrust * years + year) * 4 + quarter`: mean fall in A&E 4-hour performance over the quarter's days (quarter 0 is April to June). */
  readonly quarterPointsLost: Float64Array;

  constructor(
    trusts: readonly CompiledBedTrust[],
    readonly calendar: BedCalendar,
    months: number,
    years: number,
  ) {
    const { days } = calendar;
    this.trusts = trusts.map((trust) => {
      const largest = trust.coreBeds + Math.max(0, ...trust.changes.map((change) => -change.beds)) + trust.escalationCap;
      return {
        input: {
          days,
          emergencyArrivalRate: new Float64Array(days),
          electivePlanned: new Int32Array(days),
          coreBeds: new Int32Array(days),
          escalationCap: new Int32Array(days),
          emergencyStay: { family: trust.emergency.stay.family, meanDays: 1, sdDays: 1 },
          electiveStay: { family: trust.elective.stay.family, meanDays: 1, sdDays: 1 },
          delayedDischarge: { share: 0, meanExtraDays: 0 },
          frontDoor: trust.frontDoor,
          ...(trust.diversion ? { diversion: trust.diversion } : {}),
          ...(trust.abandonAfterDays === undefined ? {} : { abandonAfterDays: trust.abandonAfterDays }),
          ...(trust.fourHourFromWaits ? { breachAfterDays: trust.fourHourFromWaits.breachAfterDays } : {}),
          waitPeriodOfDay: Int32Array.from(calendar.monthOfDay, (month) => Math.floor(month / 12)),
          ...(trust.waitingList ? { waitingList: createWaitingList(calendar.monthOfDay, months, trust.waitingList.rebookAfterDays) } : {}),
        },
        output: createBedOutput(days, years),
        workspace: createBedWorkspace(largest),
      };
    });
    this.monthly = new Float64Array(trusts.length * months * BED_MONTH_FIELDS);
    this.yearMetrics = new Float64Array(trusts.length * years * BED_METRIC_COUNT);
    this.quarterPointsLost = new Float64Array(trusts.length * years * 4);
  }
}
