import { describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, simulateBedsFast, type BedSimulationInput, type LengthOfStay } from '../../../engine/beds/index.ts';
import { createStream } from '../../../engine/random/stream.ts';

/** Erlang's loss formula by the stable recursion B(0) = 1, B(k) = a·B(k−1)/(k + a·B(k−1)). */
function erlangB(offeredLoad: number, beds: number): number {
  let blocking = 1;
  for (let k = 1; k <= beds; k++) blocking = (offeredLoad * blocking) / (k + offeredLoad * blocking);
  return blocking;
}

const BEDS = 50;
const OFFERED_LOAD = 45; // Erlangs: arrival rate × mean stay
const STREAMS = 20;
const DAYS = 10_000;

/** A pure loss system: flat arrivals, no electives, no escalation, no delays. */
function lossSystem(stay: LengthOfStay): BedSimulationInput {
  return {
    days: DAYS,
    emergencyArrivalRate: new Float64Array(DAYS).fill(OFFERED_LOAD / stay.meanDays),
    electivePlanned: new Int32Array(DAYS),
    coreBeds: new Int32Array(DAYS).fill(BEDS),
    escalationCap: new Int32Array(DAYS),
    emergencyStay: stay,
    electiveStay: { family: 'exponential', meanDays: 1, sdDays: 0 },
    delayedDischarge: { share: 0, meanExtraDays: 0 },
  };
}

/**
 * Share of arrivals refused on each of 20 independent streams of 10,000 days (about
 * 450,000 arrivals each with 1-day stays): the batch means, iid because each stream is
 * its own trial, and each unbiased because the run starts at the exact stationary law.
 */
function refusedShares(simulate: typeof simulateBedsFast, stay: LengthOfStay): { mean: number; standardError: number } {
  const input = lossSystem(stay);
  const out = createBedOutput(DAYS);
  const workspace = createBedWorkspace(BEDS);
  const shares: number[] = [];
  for (let stream = 0; stream < STREAMS; stream++) {
    simulate(input, createStream(2017, 'erlang', stay.family, stream), workspace, out);
    let arrivals = 0;
    let refused = 0;
    for (let day = 0; day < DAYS; day++) {
      arrivals += out.emergencyAdmitted[day] + out.emergencyRefused[day];
      refused += out.emergencyRefused[day];
    }
    shares.push(refused / arrivals);
  }
  const mean = shares.reduce((a, b) => a + b, 0) / STREAMS;
  const variance = shares.reduce((a, b) => a + (b - mean) ** 2, 0) / (STREAMS - 1);
  return { mean, standardError: Math.sqrt(variance / STREAMS) };
}

describe('Erlang loss formula', () => {
  const blocking = erlangB(OFFERED_LOAD, BEDS); // 0.054104…

  it('is 0.0541 for 45 Erlangs on 50 beds (the case tested below)', () => {
    expect(blocking).toBeCloseTo(0.054104, 6);
  });

  // Tolerance: 4 standard errors of the mean of 20 iid batch means (t with 19 df: a
  // two-sided chance below 0.1% of failing if the path is exact). The standard error is
  // about 0.0002, so the test also demands it be below 0.0005 (1% of B), or it could
  // pass by being noisy.
  it.each<[string, LengthOfStay]>([
    ['exponential stays', { family: 'exponential', meanDays: 1, sdDays: 0 }],
    ['lognormal stays of the same mean (insensitivity)', { family: 'lognormal', meanDays: 1, sdDays: 1.5 }],
    ['gamma stays with CV 0.5 (insensitivity)', { family: 'gamma', meanDays: 1, sdDays: 0.5 }],
  ])('holds for the detailed path with %s: refused share = B(50, 45) within 4 standard errors', (_, stay) => {
    const { mean, standardError } = refusedShares(simulateBedsDetailed, stay);
    expect(standardError).toBeLessThan(0.0005);
    expect(Math.abs(mean - blocking)).toBeLessThan(4 * standardError);
  });

  // The fast path approximates the day. Measured here (20 streams × 10,000 days, ± one
  // standard error), against B = 0.05410: stays of 5 days (9 arrivals a day) exponential
  // 0.0537 ± 0.0004, lognormal CV 1.5 0.0529 ± 0.0005, gamma CV 0.6 0.0545 ± 0.0004;
  // stays of 1 day (45 a day) exponential 0.0523 ± 0.0002 (−3.3%): a patient who comes
  // and goes within a stretch of the day is refused as often as others but holds no bed.
  // (The detailed path gives 0.0539 ± 0.0002, 0.0541 ± 0.0003 and 0.0542 ± 0.0002.)
  // Tolerance: 4% of B, the distance accepted for the fast path, plus 4 standard errors.
  it.each<[string, LengthOfStay]>([
    ['exponential stays of 5 days', { family: 'exponential', meanDays: 5, sdDays: 0 }],
    ['lognormal stays of 5 days, CV 1.5', { family: 'lognormal', meanDays: 5, sdDays: 7.5 }],
    ['gamma stays of 5 days, CV 0.6', { family: 'gamma', meanDays: 5, sdDays: 3 }],
    ['exponential stays of 1 day', { family: 'exponential', meanDays: 1, sdDays: 0 }],
  ])('is approached by the fast path with %s to within 4% of B', (_, stay) => {
    const { mean, standardError } = refusedShares(simulateBedsFast, stay);
    expect(Math.abs(mean - blocking)).toBeLessThan(0.04 * blocking + 4 * standardError);
  });
});
