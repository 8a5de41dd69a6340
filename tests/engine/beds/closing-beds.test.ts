import { describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, simulateBedsFast, type BedSimulationInput, type StayFamily } from '../../../engine/beds/index.ts';
import { createStream } from '../../../engine/random/stream.ts';
import { realisticTrust } from './realistic-trust.ts';

const DAYS = 200;
const FAMILIES: StayFamily[] = ['exponential', 'lognormal', 'gamma'];

/**
 * A varied small trust: 20–80 core beds at 80–120% offered load, a seasonal swing,
 * electives on weekdays at a random time of day, escalation beds on most days, delays
 * on in most scenarios, and 15% of the beds closed from a random day on (so some days
 * start with more patients than beds).
 */
function scenario(index: number): BedSimulationInput {
  const g = createStream(99, 'closing-beds scenario', index);
  const core = 20 + Math.floor(g() * 60);
  const meanDays = 1 + g() * 10;
  const cv = 0.4 + g() * 1.5;
  const load = 0.8 + g() * 0.4;
  const delayed = g() < 0.7;
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
  };
  const closedFrom = Math.floor(g() * DAYS);
  for (let day = 0; day < DAYS; day++) {
    input.emergencyArrivalRate[day] = ((load * core) / meanDays) * (1 + 0.3 * Math.sin(day / 9));
    input.electivePlanned[day] = day % 7 < 5 ? Math.floor(g() * 4) : 0;
    input.coreBeds[day] = core - (day >= closedFrom ? Math.floor(core * 0.15) : 0);
    input.escalationCap[day] = day % 11 < 3 ? 0 : 3;
  }
  return input;
}

function withBedsClosed(input: BedSimulationInput, closed: number): BedSimulationInput {
  return { ...input, coreBeds: input.coreBeds.map((beds) => Math.max(0, beds - closed)) };
}

/**
 * Common random numbers: each trial runs the same stream on bed base c and c − k. Every
 * draw whose count depends on beds is a one-uniform inversion that moves by 0 or 1 with
 * its count (fast path), or every patient's stay is drawn whether admitted or not
 * (detailed path), so the smaller ward holds a subset of the larger ward's patients with
 * at most k fewer, at every census. Checked path-wise, not on average: in every one of
 * 30 scenarios × 2 closures × 25 trials, on every day.
 */
describe.each([
  ['simulateBedsFast', simulateBedsFast],
  ['simulateBedsDetailed', simulateBedsDetailed],
] as const)('%s: closing beds never lowers refused admissions in the same trial', (_, simulate) => {
  it('refused and cancelled so far never fall, and the census falls by 0 to k, on every day of every trial', () => {
    const workspace = createBedWorkspace(100);
    const open = createBedOutput(DAYS);
    const closed = createBedOutput(DAYS);
    let trials = 0;
    let trialsWithMoreRefused = 0;
    for (let index = 0; index < 30; index++) {
      const input = scenario(index);
      for (const k of [1, 5]) {
        const fewer = withBedsClosed(input, k);
        for (let trial = 0; trial < 25; trial++) {
          simulate(input, createStream(1, 'closing-beds', index, trial), workspace, open);
          simulate(fewer, createStream(1, 'closing-beds', index, trial), workspace, closed);
          let refusedOpen = 0;
          let refusedClosed = 0;
          let cancelledOpen = 0;
          let cancelledClosed = 0;
          for (let day = 0; day < DAYS; day++) {
            refusedOpen += open.emergencyRefused[day];
            refusedClosed += closed.emergencyRefused[day];
            cancelledOpen += open.electiveCancelled[day];
            cancelledClosed += closed.electiveCancelled[day];
            const censusDrop = open.occupied[day] - closed.occupied[day];
            if (refusedClosed < refusedOpen || cancelledClosed < cancelledOpen || censusDrop < 0 || censusDrop > k) {
              expect.fail(
                `scenario ${index}, k ${k}, trial ${trial}, day ${day}: refused ${refusedOpen} → ${refusedClosed}, ` +
                  `cancelled ${cancelledOpen} → ${cancelledClosed}, census ${open.occupied[day]} → ${closed.occupied[day]}`,
              );
            }
          }
          trials++;
          if (refusedClosed > refusedOpen) trialsWithMoreRefused++;
        }
      }
    }
    // The comparison has teeth: closing beds does refuse more patients in almost every trial.
    expect(trialsWithMoreRefused).toBeGreaterThan(0.95 * trials);
  });

  it('holds for a realistic 700-bed trust at 95% occupancy closing 10 or 40 beds (20 trials each)', () => {
    const input = realisticTrust(365, 0.95, 10);
    const workspace = createBedWorkspace(800);
    const open = createBedOutput(365);
    const closed = createBedOutput(365);
    for (const k of [10, 40]) {
      const fewer = withBedsClosed(input, k);
      for (let trial = 0; trial < 20; trial++) {
        simulate(input, createStream(2, 'closing-beds', 'realistic', trial), workspace, open);
        simulate(fewer, createStream(2, 'closing-beds', 'realistic', trial), workspace, closed);
        let refused = 0;
        let cancelled = 0;
        for (let day = 0; day < 365; day++) {
          refused += closed.emergencyRefused[day] - open.emergencyRefused[day];
          cancelled += closed.electiveCancelled[day] - open.electiveCancelled[day];
          const censusDrop = open.occupied[day] - closed.occupied[day];
          if (refused < 0 || cancelled < 0 || censusDrop < 0 || censusDrop > k) {
            expect.fail(`k ${k}, trial ${trial}, day ${day}: extra refused ${refused}, extra cancelled ${cancelled}, census drop ${censusDrop}`);
          }
        }
        expect(refused).toBeGreaterThan(0);
      }
    }
  });
});
