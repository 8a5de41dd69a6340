import type { BedSimulationOutput } from './types.ts';
import { WAIT_BINS } from './wait-histogram.ts';

/**
 * Preallocated daily output arrays for a run of `days` days, to be reused across trials
 * (a kernel overwrites the first `input.days` entries of each array), with a histogram
 * of decision-to-admit times for each of `periods` reporting periods (a kernel clears
 * and refills it).
 *
 * Cost: sixteen Int32Arrays and two Float64Arrays of length `days`, and `periods` × 298
 * histogram counts.
 *
 * @throws {RangeError} if days or periods is not a whole number ≥ 1.
 * @example
 * const out = createBedOutput(365);
 * simulateBedsFast(input, rng, workspace, out);
 * out.occupied[0]; // census at the end of 1 April
 */
export function createBedOutput(days: number, periods = 1): BedSimulationOutput {
  if (!(days >= 1) || !Number.isInteger(days)) throw new RangeError(`createBedOutput: days must be a whole number >= 1, got ${days}`);
  if (!(periods >= 1) || !Number.isInteger(periods)) throw new RangeError(`createBedOutput: periods must be a whole number >= 1, got ${periods}`);
  return {
    path: null,
    occupied: new Int32Array(days),
    escalationInUse: new Int32Array(days),
    emergencyArrivals: new Int32Array(days),
    emergencyAdmitted: new Int32Array(days),
    emergencyRefused: new Int32Array(days),
    emergencyDiverted: new Int32Array(days),
    emergencyAbandoned: new Int32Array(days),
    waitingAtMidnight: new Int32Array(days),
    electiveAdmitted: new Int32Array(days),
    electiveCancelled: new Int32Array(days),
    delayedOccupied: new Int32Array(days),
    emergencyWaited: new Int32Array(days),
    emergencyWaitDays: new Float64Array(days),
    waitsOver4Hours: new Int32Array(days),
    waitsOver12Hours: new Int32Array(days),
    waitsOverBreach: new Int32Array(days),
    trolleyQueuePeak: new Int32Array(days),
    trolleyQueueDays: new Float64Array(days),
    waitHistogram: new Int32Array(periods * WAIT_BINS),
  };
}
