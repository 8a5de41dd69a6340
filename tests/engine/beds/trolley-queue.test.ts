import { describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, type BedSimulationInput, type BedSimulationOutput } from '../../../engine/beds/index.ts';
import { createStream } from '../../../engine/random/stream.ts';
import { realisticTrust } from './realistic-trust.ts';

const TODAYS_OUTPUTS = ['occupied', 'escalationInUse', 'emergencyAdmitted', 'emergencyRefused', 'electiveAdmitted', 'electiveCancelled', 'delayedOccupied'] as const;

function run(input: BedSimulationInput, stream: number): BedSimulationOutput {
  const out = createBedOutput(input.days);
  simulateBedsDetailed(input, createStream(41, 'trolley queue', stream), createBedWorkspace(1000), out);
  return out;
}

function total(array: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < array.length; i++) sum += array[i];
  return sum;
}

describe('the front door as a queue (detailed kernel)', () => {
  it('with ample beds changes nothing: every output equals the loss front door, day by day, and no one waits', () => {
    // 1,000 core beds for a 700-bed trust's patients: the wards never fill.
    const input = { ...realisticTrust(365, 0.9, 30), coreBeds: new Int32Array(365).fill(1000) };
    for (let stream = 0; stream < 3; stream++) {
      const loss = run({ ...input, frontDoor: 'loss' }, stream);
      const queue = run({ ...input, frontDoor: 'queue' }, stream);
      for (const name of TODAYS_OUTPUTS) expect(Array.from(queue[name])).toEqual(Array.from(loss[name]));
      expect(total(queue.emergencyRefused)).toBe(0);
      expect(total(queue.emergencyWaited) + total(queue.trolleyQueuePeak) + total(queue.trolleyQueueDays) + total(queue.waitsOver4Hours)).toBe(0);
      // Every emergency admission is in the histogram's no-wait bin.
      expect(queue.waitHistogram[0]).toBe(total(queue.emergencyAdmitted));
    }
  });

  it('admits every patient the loss front door refuses, later: arrivals admitted or waiting equal admitted plus refused', () => {
    const input = realisticTrust(365, 0.97, 10);
    const loss = run({ ...input, frontDoor: 'loss' }, 7);
    const workspace = createBedWorkspace(1000);
    const queue = createBedOutput(365);
    simulateBedsDetailed({ ...input, frontDoor: 'queue' }, createStream(41, 'trolley queue', 7), workspace, queue);
    // The same patients arrive (every arrival draws its stay whatever happens to it).
    expect(total(loss.emergencyRefused)).toBeGreaterThan(50);
    expect(total(queue.emergencyRefused)).toBe(0);
    expect(total(queue.emergencyAdmitted) + workspace.trolleyQueue.length).toBe(total(loss.emergencyAdmitted) + total(loss.emergencyRefused));
    expect(total(queue.emergencyWaited)).toBeGreaterThan(total(loss.emergencyRefused));
    // Waits over 12 hours are among those over 4 hours, who are among those who waited.
    for (let day = 0; day < 365; day++) {
      expect(queue.waitsOver12Hours[day]).toBeLessThanOrEqual(queue.waitsOver4Hours[day]);
      expect(queue.waitsOver4Hours[day]).toBeLessThanOrEqual(queue.emergencyWaited[day]);
      expect(queue.emergencyWaitDays[day]).toBeGreaterThanOrEqual(queue.waitsOver4Hours[day] / 6 - 1e-9);
    }
    // The histogram counts every patient once: admitted at once, admitted after a wait, or still waiting.
    expect(total(queue.waitHistogram)).toBe(total(queue.emergencyAdmitted) + workspace.trolleyQueue.length);
    expect(total(queue.waitHistogram) - queue.waitHistogram[0]).toBe(total(queue.emergencyWaited));
  });

  it('takes a waiting patient before a planned operation: a full ward with a queue cancels every elective', () => {
    // One bed, held by a patient for ~ever; emergencies queue from the first; electives find the queue.
    const days = 5;
    const input: BedSimulationInput = {
      days,
      emergencyArrivalRate: new Float64Array(days).fill(4),
      electivePlanned: new Int32Array(days).fill(2),
      coreBeds: new Int32Array(days).fill(1),
      escalationCap: new Int32Array(days),
      emergencyStay: { family: 'exponential', meanDays: 1000, sdDays: 0 },
      electiveStay: { family: 'exponential', meanDays: 1, sdDays: 0 },
      delayedDischarge: { share: 0, meanExtraDays: 0 },
      frontDoor: 'queue',
    };
    const out = run(input, 3);
    expect(total(out.electiveAdmitted)).toBeLessThanOrEqual(1);
    expect(total(out.electiveCancelled)).toBeGreaterThanOrEqual(9);
    expect(out.trolleyQueuePeak[days - 1]).toBeGreaterThan(10);
  });
});
