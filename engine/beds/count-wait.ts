import type { BedSimulationOutput } from './types.ts';
import { WAIT_BINS, waitBin } from './wait-histogram.ts';

/**
 * Counts one emergency patient's wait for a bed (days, > 0) on the day they were given
 * the decision to admit: who waited, the time waited, over 4 and over 12 hours, over
 * `breachAfter` days (A&E's 4-hour standard; Infinity for none), and the histogram of the
 * day's reporting period.
 */
export function countWait(out: BedSimulationOutput, periodOfDay: Int32Array | undefined, decidedDay: number, wait: number, breachAfter: number): void {
  out.emergencyWaited[decidedDay]++;
  if (wait > breachAfter) out.waitsOverBreach[decidedDay]++;
  out.emergencyWaitDays[decidedDay] += wait;
  if (wait > 4 / 24) out.waitsOver4Hours[decidedDay]++;
  if (wait > 12 / 24) out.waitsOver12Hours[decidedDay]++;
  out.waitHistogram[(periodOfDay === undefined ? 0 : periodOfDay[decidedDay]) * WAIT_BINS + waitBin(wait)]++;
}

/** Counts every patient still waiting at the end of a run of `days` days, with the wait so far. */
export function countStillWaiting(out: BedSimulationOutput, periodOfDay: Int32Array | undefined, decidedAt: Float64Array, head: number, length: number, days: number, breachAfter: number): void {
  for (let i = 0; i < length; i++) {
    const decided = decidedAt[(head + i) % decidedAt.length];
    countWait(out, periodOfDay, Math.floor(decided), days - decided, breachAfter);
  }
}
