import { describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, simulateBedsFast, type BedSimulationInput, type BedSimulationOutput, type StayFamily } from '../../../engine/beds/index.ts';
import { createStream } from '../../../engine/random/stream.ts';

const DAYS = 200;
const FAMILIES: StayFamily[] = ['exponential', 'lognormal', 'gamma'];

/**
 * A varied small trust with the front door a queue: 20–80 core beds at 85–115% offered
 * load, a swing of ±30% in arrivals, escalation beds on most days, delays in most
 * scenarios, 15% of the beds closed from a random day on, and electives on weekdays in
 * every other scenario.
 */
function scenario(index: number): BedSimulationInput {
  const g = createStream(77, 'queue closing-beds scenario', index);
  const core = 20 + Math.floor(g() * 60);
  const meanDays = 1 + g() * 10;
  const cv = 0.4 + g() * 1.5;
  const load = 0.85 + g() * 0.3;
  const delayed = g() < 0.7;
  const electives = index % 2 === 1;
  const input: BedSimulationInput = {
    days: DAYS,
    emergencyArrivalRate: new Float64Array(DAYS),
    electivePlanned: new Int32Array(DAYS),
    coreBeds: new Int32Array(DAYS),
    escalationCap: new Int32Array(DAYS),
    emergencyStay: { family: FAMILIES[index % 3], meanDays, sdDays: meanDays * cv },
    electiveStay: { family: FAMILIES[(index + 1) % 3], meanDays: 1 + g() * 6, sdDays: 2 + g() * 4 },
    delayedDischarge: { share: delayed ? 0.05 + g() * 0.25 : 0, meanExtraDays: 1 + g() * 8 },
    electiveTimeOfDay: 0.1 + 0.8 * g(),
    frontDoor: 'queue',
  };
  const closedFrom = Math.floor(g() * DAYS);
  for (let day = 0; day < DAYS; day++) {
    input.emergencyArrivalRate[day] = ((load * core) / meanDays) * (1 + 0.3 * Math.sin(day / 9));
    input.electivePlanned[day] = electives && day % 7 < 5 ? Math.floor(g() * 4) : 0;
    input.coreBeds[day] = core - (day >= closedFrom ? Math.floor(core * 0.15) : 0);
    input.escalationCap[day] = day % 11 < 3 ? 0 : 3;
  }
  return input;
}

const withBedsClosed = (input: BedSimulationInput, closed: number): BedSimulationInput => ({ ...input, coreBeds: input.coreBeds.map((beds) => Math.max(0, beds - closed)) });

interface Waits {
  waited: number;
  waitDays: number;
  over4: number;
  over12: number;
  queueDays: number;
  peak: number;
}

function waitsOf(out: BedSimulationOutput): Waits {
  const waits = { waited: 0, waitDays: 0, over4: 0, over12: 0, queueDays: 0, peak: 0 };
  for (let day = 0; day < DAYS; day++) {
    waits.waited += out.emergencyWaited[day];
    waits.waitDays += out.emergencyWaitDays[day];
    waits.over4 += out.waitsOver4Hours[day];
    waits.over12 += out.waitsOver12Hours[day];
    waits.queueDays += out.trolleyQueueDays[day];
    waits.peak = Math.max(waits.peak, out.trolleyQueuePeak[day]);
  }
  return waits;
}

/**
 * Common random numbers: the same stream on c and c − k beds. Every arrival draws its
 * stay whether it waits or not, so the same patients come with the same stays; in a
 * first-come-first-served queue, fewer beds never start anyone's stay sooner (Kiefer and
 * Wolfowitz's workload order), so every patient's wait, and with it every count of
 * waits and the queue at every moment, is at least as large. Checked path-wise for
 * emergency patients alone: every day of 20 scenarios × 2 closures × 10 trials.
 */
describe('simulateBedsDetailed with the front door a queue: closing beds never lowers waits in the same trial', () => {
  const workspace = createBedWorkspace(100);
  const wide = createBedOutput(DAYS);
  const narrow = createBedOutput(DAYS);

  it('emergency patients alone: waits, 4- and 12-hour waits and the queue never fall, day by day', () => {
    let compared = 0;
    const violations: string[] = [];
    for (let index = 0; index < 40; index += 2) {
      const input = scenario(index);
      for (const closed of [1, 4]) {
        for (let trial = 0; trial < 10; trial++) {
          simulateBedsDetailed(input, createStream(5, 'queue crn', index, trial), workspace, wide);
          simulateBedsDetailed(withBedsClosed(input, closed), createStream(5, 'queue crn', index, trial), workspace, narrow);
          let waited = 0;
          let over4 = 0;
          let over12 = 0;
          let waitDays = 0;
          for (let day = 0; day < DAYS; day++) {
            waited += narrow.emergencyWaited[day] - wide.emergencyWaited[day];
            over4 += narrow.waitsOver4Hours[day] - wide.waitsOver4Hours[day];
            over12 += narrow.waitsOver12Hours[day] - wide.waitsOver12Hours[day];
            waitDays += narrow.emergencyWaitDays[day] - wide.emergencyWaitDays[day];
            if (
              narrow.emergencyWaited[day] < wide.emergencyWaited[day] ||
              narrow.waitsOver4Hours[day] < wide.waitsOver4Hours[day] ||
              narrow.waitsOver12Hours[day] < wide.waitsOver12Hours[day] ||
              narrow.emergencyWaitDays[day] < wide.emergencyWaitDays[day] - 1e-9 ||
              narrow.trolleyQueuePeak[day] < wide.trolleyQueuePeak[day] ||
              narrow.trolleyQueueDays[day] < wide.trolleyQueueDays[day] - 1e-9
            ) {
              violations.push(`scenario ${index}, ${closed} closed, trial ${trial}, day ${day}`);
            }
          }
          expect(Math.min(waited, over4, over12, waitDays)).toBeGreaterThanOrEqual(-1e-9);
          compared++;
        }
      }
    }
    expect(violations).toEqual([]);
    expect(compared).toBe(400);
  });

  // With electives the path-wise order can break: an operation cancelled on the smaller
  // ward leaves a bed an emergency patient then takes sooner than on the larger ward,
  // where the elective patient holds it. What holds is the trial's totals.
  it('with electives too: the trial totals of waits, 4- and 12-hour waits, the queue and its peak never fall', () => {
    let compared = 0;
    for (let index = 1; index < 40; index += 2) {
      const input = scenario(index);
      for (const closed of [1, 4]) {
        for (let trial = 0; trial < 10; trial++) {
          simulateBedsDetailed(input, createStream(5, 'queue crn', index, trial), workspace, wide);
          const a = waitsOf(wide);
          simulateBedsDetailed(withBedsClosed(input, closed), createStream(5, 'queue crn', index, trial), workspace, narrow);
          const b = waitsOf(narrow);
          expect(b.waited).toBeGreaterThanOrEqual(a.waited);
          expect(b.over4).toBeGreaterThanOrEqual(a.over4);
          expect(b.over12).toBeGreaterThanOrEqual(a.over12);
          expect(b.waitDays).toBeGreaterThanOrEqual(a.waitDays - 1e-9);
          expect(b.queueDays).toBeGreaterThanOrEqual(a.queueDays - 1e-9);
          expect(b.peak).toBeGreaterThanOrEqual(a.peak);
          compared++;
        }
      }
    }
    expect(compared).toBe(400);
  });
});

/**
 * The fast kernel's walks are coupled through the stretch's halving tree: its shape
 * follows the arrivals alone, each node draws from its own substream, and each event
 * takes its own uniforms, so one more departure moves no arrival. The departures
 * themselves differ between bed bases (the census does), so the order is checked on the
 * trial's totals, not day by day. Checked on all 40 scenarios (with and without
 * electives) × 2 closures × 10 trials: the patients who wait, the time they wait, the
 * queue's area and its peak, and the 12-hour waits never fall, and the 12-hour waits
 * rise in total. (Before the tree, with one substream per stretch taken in event order,
 * 12-hour waits fell in 3 of these 800 trials, by one patient each.)
 */
describe('simulateBedsFast with the front door a queue: closing beds never lowers waits in the same trial', () => {
  it('the trial totals of waits, time waited, queue days, peak and 12-hour waits never fall', () => {
    const workspace = createBedWorkspace(100);
    const wide = createBedOutput(DAYS);
    const narrow = createBedOutput(DAYS);
    let compared = 0;
    let over12Change = 0;
    for (let index = 0; index < 40; index++) {
      const input = scenario(index);
      for (const closed of [1, 4]) {
        for (let trial = 0; trial < 10; trial++) {
          simulateBedsFast(input, createStream(5, 'queue crn', index, trial), workspace, wide);
          const a = waitsOf(wide);
          simulateBedsFast(withBedsClosed(input, closed), createStream(5, 'queue crn', index, trial), workspace, narrow);
          const b = waitsOf(narrow);
          expect(b.waited).toBeGreaterThanOrEqual(a.waited);
          expect(b.waitDays).toBeGreaterThanOrEqual(a.waitDays - 1e-9);
          expect(b.queueDays).toBeGreaterThanOrEqual(a.queueDays - 1e-9);
          expect(b.peak).toBeGreaterThanOrEqual(a.peak);
          expect(b.over12).toBeGreaterThanOrEqual(a.over12);
          over12Change += b.over12 - a.over12;
          compared++;
        }
      }
    }
    expect(over12Change).toBeGreaterThan(0);
    expect(compared).toBe(800);
  });
});
