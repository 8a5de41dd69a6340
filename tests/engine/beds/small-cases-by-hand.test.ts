import { describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, simulateBedsFast, type BedSimulationInput } from '../../../engine/beds/index.ts';
import { createStream } from '../../../engine/random/stream.ts';

/**
 * A tiny trust whose days can be counted by hand: stays of 10¹² days, so no one leaves
 * (a binomial with p = 10⁻¹² and a dozen patients is 0 for every uniform a stream can
 * return), and either no emergencies or 10,000 a day, far more than the beds, so the
 * free beds always fill. Rows: core beds, escalation cap, emergency rate, planned electives.
 */
const DAYS: Array<[number, number, number, number]> = [
  [10, 2, 0, 0], // days 0–6: nothing happens, so the trust starts empty
  [10, 2, 0, 0],
  [10, 2, 0, 0],
  [10, 2, 0, 0],
  [10, 2, 0, 0],
  [10, 2, 0, 0],
  [10, 2, 0, 0],
  [10, 2, 0, 8], // day 7: 8 electives, all admitted into core beds
  [10, 2, 0, 5], // day 8: 2 core beds left: 2 admitted, 3 cancelled
  [10, 2, 10_000, 3], // day 9: emergencies take the 2 escalation beds before the electives arrive; all 3 cancelled
  [8, 2, 10_000, 0], // day 10: 2 core beds closed: 12 patients for 10 beds, so no one is admitted
  [14, 0, 10_000, 2], // day 11: 14 core beds, no escalation: the morning's emergencies take the 2 free beds; electives cancelled
  [14, 6, 0, 0], // day 12: quiet
];

function tinyTrust(share = 0, meanExtraDays = 0, stayDays = 1e12): BedSimulationInput {
  const days = DAYS.length;
  const input: BedSimulationInput = {
    days,
    emergencyArrivalRate: new Float64Array(days),
    electivePlanned: new Int32Array(days),
    coreBeds: new Int32Array(days),
    escalationCap: new Int32Array(days),
    emergencyStay: { family: 'exponential', meanDays: stayDays, sdDays: 0 },
    electiveStay: { family: 'exponential', meanDays: stayDays, sdDays: 0 },
    delayedDischarge: { share, meanExtraDays },
  };
  DAYS.forEach(([core, cap, rate, planned], day) => {
    input.coreBeds[day] = core;
    input.escalationCap[day] = cap;
    input.emergencyArrivalRate[day] = rate;
    input.electivePlanned[day] = planned;
  });
  return input;
}

describe.each([
  ['simulateBedsFast', simulateBedsFast],
  ['simulateBedsDetailed', simulateBedsDetailed],
] as const)('%s on a tiny trust counted by hand', (_, simulate) => {
  it('admits, escalates, refuses and cancels exactly as counted', () => {
    const input = tinyTrust();
    const out = createBedOutput(input.days);
    simulate(input, createStream(3, 'tiny'), createBedWorkspace(20), out);
    expect(Array.from(out.occupied.slice(6))).toEqual([0, 8, 10, 12, 12, 14, 14]);
    expect(Array.from(out.escalationInUse.slice(6))).toEqual([0, 0, 0, 2, 4, 0, 0]);
    expect(Array.from(out.electiveAdmitted.slice(6))).toEqual([0, 8, 2, 0, 0, 0, 0]);
    expect(Array.from(out.electiveCancelled.slice(6))).toEqual([0, 0, 3, 3, 0, 2, 0]);
    expect(Array.from(out.emergencyAdmitted.slice(6))).toEqual([0, 0, 0, 2, 0, 2, 0]);
    expect(Array.from(out.delayedOccupied.slice(6))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // Refused: every other arrival of a Poisson(10,000) day (within 6 sd).
    for (const day of [9, 10, 11]) {
      const arrivals = out.emergencyAdmitted[day] + out.emergencyRefused[day];
      expect(Math.abs(arrivals - 10_000)).toBeLessThan(600);
    }
    expect(out.emergencyRefused[12]).toBe(0);
  });

  it('counts patients fit to leave at once but delayed indefinitely as delayed occupants', () => {
    const input = tinyTrust(1, 1e12, 1e-9);
    const out = createBedOutput(input.days);
    simulate(input, createStream(3, 'tiny'), createBedWorkspace(20), out);
    expect(Array.from(out.occupied.slice(6))).toEqual([0, 8, 10, 12, 12, 14, 14]);
    expect(Array.from(out.delayedOccupied.slice(6))).toEqual([0, 8, 10, 12, 12, 14, 14]);
  });
});
