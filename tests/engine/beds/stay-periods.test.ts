import { describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, simulateBedsFast, type BedSimulationInput, type LengthOfStay } from '../../../engine/beds/index.ts';
import { createStream } from '../../../engine/random/stream.ts';
import { otherGroupStay, remainingEmergencyLaws } from '../../../engine/model/beds/target-group.ts';
import { realisticTrust } from './realistic-trust.ts';

const KERNELS = [
  ['simulateBedsFast', simulateBedsFast],
  ['simulateBedsDetailed', simulateBedsDetailed],
] as const;

const NO_DELAYS = { share: 0, meanExtraDays: 0 };

function ampleBeds(days: number, rate: number, stay: LengthOfStay): BedSimulationInput {
  return {
    days,
    emergencyArrivalRate: new Float64Array(days).fill(rate),
    electivePlanned: new Int32Array(days),
    coreBeds: new Int32Array(days).fill(20_000),
    escalationCap: new Int32Array(days),
    emergencyStay: stay,
    electiveStay: { family: 'exponential', meanDays: 1, sdDays: 0 },
    delayedDischarge: NO_DELAYS,
  };
}

/** Mean census over the days of each trial, and the standard error of their mean across trials. */
function meanCensus(simulate: (typeof KERNELS)[number][1], input: BedSimulationInput, trials: number, seed: number, fromDay = 0): { mean: number; standardError: number } {
  const out = createBedOutput(input.days);
  const workspace = createBedWorkspace(4000);
  const means: number[] = [];
  for (let trial = 0; trial < trials; trial++) {
    simulate(input, createStream(seed, trial, 'beds'), workspace, out);
    let sum = 0;
    for (let day = fromDay; day < input.days; day++) sum += out.occupied[day];
    means.push(sum / (input.days - fromDay));
  }
  const mean = means.reduce((a, b) => a + b, 0) / trials;
  const variance = means.reduce((a, b) => a + (b - mean) ** 2, 0) / (trials - 1);
  return { mean, standardError: Math.sqrt(variance / trials) };
}

/**
 * Population: lognormal stays, mean 4 and sd 5 days; the target group is half of the
 * admissions at 1.5 days (sd 1.5), so the others stay (4 − 0.75)/0.5 = 6.5 days. A scheme
 * avoids 40% of all admissions, all from the group: a sixth of the remaining patients are
 * in it, and each admission uses 4 − 0.4 × 1.5 = 3.4 bed-days instead of 4.
 */
const POPULATION: LengthOfStay = { family: 'lognormal', meanDays: 4, sdDays: 5 };
const TARGET: LengthOfStay = { family: 'lognormal', meanDays: 1.5, sdDays: 1.5 };

describe('a scheme aimed at a target group frees its own bed-days (Little: freed = avoided admissions × the group stay)', () => {
  it('the hand-worked mix: others 6.5 days, a sixth of the remaining in the group, 3.4 bed-days an admission', () => {
    const other = otherGroupStay(POPULATION, 0.5, TARGET);
    expect(other.meanDays).toBeCloseTo(6.5, 12);
    // E[S²]: population 25 + 16 = 41, group 2.25 + 2.25 = 4.5; others (41 − 2.25)/0.5 = 77.5, sd √(77.5 − 42.25).
    expect(other.sdDays).toBeCloseTo(Math.sqrt(35.25), 12);
    const mix = remainingEmergencyLaws(POPULATION, 0.5, TARGET, other, 0.4, 0);
    expect(mix.targetShare).toBeCloseTo(1 / 6, 12);
    expect(mix.stay.meanDays * 0.6).toBeCloseTo(3.4, 12);
  });

  // 600 admissions a day before avoidance, 360 after: bed-days freed 0.4 × 600 × 1.5 = 360 a
  // day, against 2,040 still in use. 40 independent years from the stationary start: the
  // standard error of the mean census is about 2 beds, and 2% of the freed beds is 7.2.
  describe.each(KERNELS)('%s', (_, simulate) => {
    it('bed-days freed are within 2% of avoided admissions × the target group stay', () => {
      const rate = 600;
      const other = otherGroupStay(POPULATION, 0.5, TARGET);
      const mix = remainingEmergencyLaws(POPULATION, 0.5, TARGET, other, 0.4, 0);
      const input = ampleBeds(365, rate * 0.6, mix.stay);
      input.emergencyMix = { targetShare: mix.targetShare, targetStay: mix.targetStay, otherStay: mix.otherStay };
      const { mean, standardError } = meanCensus(simulate, input, 40, 20261202);
      const freed = rate * POPULATION.meanDays - mean; // with no scheme the census has mean λ·m exactly (Little)
      const expected = 0.4 * rate * TARGET.meanDays;
      expect(3 * standardError).toBeLessThan(0.02 * expected);
      expect(Math.abs(freed - expected)).toBeLessThan(3 * standardError);
    });
  });
});

describe('stays that change during the run', () => {
  // Exponential stays of 4 days to day 199, then 6 days: after the change the census
  // settles to λ × 6 (by day 260, 15 mean stays on, the old patients are long gone).
  describe.each(KERNELS)('%s', (_, simulate) => {
    it("patients admitted in a later period take its stay: the census follows λ × the period's mean stay", () => {
      const input = ampleBeds(400, 100, { family: 'exponential', meanDays: 4, sdDays: 0 });
      input.laterStays = [{ fromDay: 200, emergencyStay: { family: 'exponential', meanDays: 6, sdDays: 0 }, electiveStay: input.electiveStay, delayedDischarge: NO_DELAYS }];
      const before = meanCensus(simulate, { ...input, days: 200, laterStays: undefined }, 60, 7);
      const after = meanCensus(simulate, input, 60, 7, 260);
      expect(Math.abs(before.mean - 400)).toBeLessThan(4 * before.standardError);
      expect(Math.abs(after.mean - 600)).toBeLessThan(4 * after.standardError);
    });

    it('patients delayed before a period with no delays still leave, and no one new is delayed', () => {
      const input = ampleBeds(200, 50, { family: 'gamma', meanDays: 5, sdDays: 3 });
      input.delayedDischarge = { share: 0.2, meanExtraDays: 4 };
      input.laterStays = [{ fromDay: 100, emergencyStay: input.emergencyStay, electiveStay: input.electiveStay, delayedDischarge: NO_DELAYS }];
      const out = createBedOutput(200);
      simulate(input, createStream(3, 0, 'beds'), createBedWorkspace(1000), out);
      // Before: about 50 × 0.2 × 4 = 40 delayed at a census; 60 days after the end of delays, none.
      expect(out.delayedOccupied[99]).toBeGreaterThan(15);
      expect(out.delayedOccupied[199]).toBe(0);
    });
  });

  it('the fast path stays close to the detailed one when the mean stay falls by a day mid-year (occupancy within 1%)', () => {
    const input = realisticTrust(365, 0.9);
    input.laterStays = [
      { fromDay: 183, emergencyStay: { family: 'lognormal', meanDays: 8.1, sdDays: 12 * (8.1 / 9.1) }, electiveStay: input.electiveStay, delayedDischarge: { share: 0.1, meanExtraDays: 5 } },
    ];
    const fast = meanCensus(simulateBedsFast, input, 100, 11);
    const detailed = meanCensus(simulateBedsDetailed, input, 100, 11);
    const tolerance = 0.01 * detailed.mean + 3 * Math.hypot(fast.standardError, detailed.standardError);
    expect(Math.abs(fast.mean - detailed.mean)).toBeLessThan(tolerance);
    // And the fall is there: the second half holds fewer patients than the same trust with no change.
    const unchanged = meanCensus(simulateBedsFast, { ...input, laterStays: undefined }, 100, 11);
    expect(fast.mean).toBeLessThan(unchanged.mean - 10 * fast.standardError);
  });

  it("the fast path's one stay for the mix a scheme leaves sits close to the detailed path's patients from two groups (a trust 97% full)", () => {
    // The population 9.1 days (sd 12), a group of 40% at 0.9 days, 10% of admissions avoided
    // from it: a third of the remaining in the group, the fast path on one lognormal stay of
    // 10.0 days (sd 12.3), the detailed path drawing each patient from the group (0.9) or the
    // others (14.6). Measured at 200 trials: census 659.7 and 660.1, cancellations 492 and 498 a year.
    const population: LengthOfStay = { family: 'lognormal', meanDays: 9.1, sdDays: 12 };
    const group: LengthOfStay = { family: 'exponential', meanDays: 0.9, sdDays: 0.9 };
    const mix = remainingEmergencyLaws(population, 0.4, group, otherGroupStay(population, 0.4, group), 0.1, 0);
    const input = realisticTrust(365, 0.97);
    for (let day = 0; day < 365; day++) input.emergencyArrivalRate[day] *= 0.9;
    input.emergencyStay = mix.stay;
    input.emergencyMix = { targetShare: mix.targetShare, targetStay: mix.targetStay, otherStay: mix.otherStay };
    const measure = (simulate: (typeof KERNELS)[number][1]) => {
      const out = createBedOutput(365);
      const workspace = createBedWorkspace(800);
      const census: number[] = [];
      const cancelled: number[] = [];
      for (let trial = 0; trial < 100; trial++) {
        simulate(input, createStream(5, trial, 'beds'), workspace, out);
        census.push(out.occupied.reduce((a, b) => a + b, 0) / 365);
        cancelled.push(out.electiveCancelled.reduce((a, b) => a + b, 0));
      }
      const stats = (values: number[]) => {
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        return { mean, standardError: Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1) / values.length) };
      };
      return { census: stats(census), cancelled: stats(cancelled) };
    };
    const fast = measure(simulateBedsFast);
    const detailed = measure(simulateBedsDetailed);
    expect(Math.abs(fast.census.mean - detailed.census.mean)).toBeLessThan(0.01 * detailed.census.mean + 3 * Math.hypot(fast.census.standardError, detailed.census.standardError));
    expect(Math.abs(fast.cancelled.mean - detailed.cancelled.mean)).toBeLessThan(0.05 * detailed.cancelled.mean + 3 * Math.hypot(fast.cancelled.standardError, detailed.cancelled.standardError));
    expect(detailed.cancelled.mean).toBeGreaterThan(100);
  });
});
