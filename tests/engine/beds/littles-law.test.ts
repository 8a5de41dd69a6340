import { describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, simulateBedsFast, type BedSimulationInput, type LengthOfStay } from '../../../engine/beds/index.ts';
import { createStream } from '../../../engine/random/stream.ts';

const TRIALS = 2000;
const DAYS = 40;
const ARRIVALS_PER_DAY = 50;
const DELAY = { share: 0.13, meanExtraDays: 5 };

/** Ample beds (never full), flat emergency arrivals, no electives; delays on. */
function ampleBeds(stay: LengthOfStay): BedSimulationInput {
  return {
    days: DAYS,
    emergencyArrivalRate: new Float64Array(DAYS).fill(ARRIVALS_PER_DAY),
    electivePlanned: new Int32Array(DAYS),
    coreBeds: new Int32Array(DAYS).fill(5000),
    escalationCap: new Int32Array(DAYS),
    emergencyStay: stay,
    electiveStay: { family: 'exponential', meanDays: 1, sdDays: 0 },
    delayedDischarge: DELAY,
  };
}

const STAYS: Array<[string, LengthOfStay]> = [
  ['exponential, mean 6 days', { family: 'exponential', meanDays: 6, sdDays: 0 }],
  ['lognormal, mean 9.1, sd 12 days', { family: 'lognormal', meanDays: 9.1, sdDays: 12 }],
  ['gamma, mean 5, sd 3 days', { family: 'gamma', meanDays: 5, sdDays: 3 }],
];

/**
 * With ample beds the ward is an infinite-server queue: the midnight census is Poisson
 * with mean λ × (mean stay + share × mean delay), on any day, for any stay law.
 *
 * For the fast path this holds exactly under its discretisation, not only in the limit:
 * a patient admitted at a uniform time of day with any stay S is counted at E[S]
 * midnights on average, its census model keeps that mean for every stay (exact for the
 * exponential phases, by construction for the stage chains), and its compartments,
 * started at their stationary Poisson means and fed Poisson arrivals thinned by
 * binomial moves, stay independent Poisson. (With electives admitted at a fixed time τ
 * the census mean per elective is E[number of midnights] ≈ mean stay − (τ − ½), in both
 * paths, so electives are left out here.)
 *
 * Test: the census on day 0 and day 39 across 2,000 independent trials (iid draws).
 * Mean: within 4 standard errors √(mean/2000). Dispersion variance/mean: within 4
 * standard errors √(2/1999) of 1 (the sample variance of a Poisson sample).
 */
describe.each([
  ['simulateBedsFast', simulateBedsFast],
  ['simulateBedsDetailed', simulateBedsDetailed],
] as const)("Little's law with ample beds, %s", (name, simulate) => {
  it.each(STAYS)('census is Poisson with mean λ × (stay + delay) for %s stays', (_, stay) => {
    const input = ampleBeds(stay);
    const expectedMean = ARRIVALS_PER_DAY * (stay.meanDays + DELAY.share * DELAY.meanExtraDays);
    const out = createBedOutput(DAYS);
    const workspace = createBedWorkspace(1000);
    const days = [0, DAYS - 1];
    const sums = [0, 0];
    const sumSquares = [0, 0];
    let refused = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      simulate(input, createStream(1854, name, stay.family, trial), workspace, out);
      for (let i = 0; i < days.length; i++) {
        sums[i] += out.occupied[days[i]];
        sumSquares[i] += out.occupied[days[i]] ** 2;
      }
      for (let day = 0; day < DAYS; day++) refused += out.emergencyRefused[day];
    }
    expect(refused).toBe(0);
    for (let i = 0; i < days.length; i++) {
      const mean = sums[i] / TRIALS;
      const variance = (sumSquares[i] - TRIALS * mean * mean) / (TRIALS - 1);
      expect(Math.abs(mean - expectedMean), `day ${days[i]} mean ${mean}`).toBeLessThan(4 * Math.sqrt(expectedMean / TRIALS));
      expect(Math.abs(variance / mean - 1), `day ${days[i]} dispersion ${variance / mean}`).toBeLessThan(4 * Math.sqrt(2 / (TRIALS - 1)));
    }
  });
});
