import type { BedSimulationOutput } from './types.ts';

/**
 * Preallocated daily output arrays for a run of `days` days, to be reused across trials
 * (a kernel overwrites the first `input.days` entries of each array).
 *
 * Cost: seven Int32Arrays of length `days`.
 *
 * @throws {RangeError} if days is not a whole number ≥ 1.
 * @example
 * const out = createBedOutput(365);
 * simulateBedsFast(input, rng, workspace, out);
 * out.occupied[0]; // census at the end of 1 April
 */
export function createBedOutput(days: number): BedSimulationOutput {
  if (!(days >= 1) || !Number.isInteger(days)) throw new RangeError(`createBedOutput: days must be a whole number >= 1, got ${days}`);
  return {
    path: null,
    occupied: new Int32Array(days),
    escalationInUse: new Int32Array(days),
    emergencyAdmitted: new Int32Array(days),
    emergencyRefused: new Int32Array(days),
    electiveAdmitted: new Int32Array(days),
    electiveCancelled: new Int32Array(days),
    delayedOccupied: new Int32Array(days),
  };
}
