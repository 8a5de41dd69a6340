import { beforeAll, describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, simulateBedsFast, type BedSimulationInput } from '../../../engine/beds/index.ts';
import { createStream } from '../../../engine/random/stream.ts';
import { realisticTrust, summariseTrial, SUMMARY_MEASURES, type BedTrialSummary } from './realistic-trust.ts';

const TRIALS = 300;

/**
 * How far apart the two kernels may be on a trust-year, per measure: the distance a
 * user of the results would not act on, and at least twice the systematic distance
 * measured offline with 3,000 trials per path (diff ± standard error, fast − detailed):
 *
 *                      90% occupancy, 30 escalation   95% occupancy, 10 escalation
 *   mean occupancy     −0.0002 ± 0.0002               +0.0000 ± 0.0002
 *   refused share      −0.000002 ± 0.000002           −0.00013 ± 0.00005 (of 0.0044)
 *   days > 85%         −0.6 ± 0.6                     +0.3 ± 0.3
 *   days > 92%         −0.4 ± 0.6                     −0.2 ± 0.6
 *   days > 100%        −0.1 ± 0.1                     −0.4 ± 0.2
 *   cancelled share    −0.0009 ± 0.0005               −0.0025 ± 0.0008 (of 0.118)
 *   escalation beds    −0.001 ± 0.003                 −0.006 ± 0.003
 *   delayed beds       −0.01 ± 0.03                   −0.00 ± 0.03
 */
const ALLOWANCE: BedTrialSummary = {
  meanOccupancy: 0.002, // 0.2 percentage points of core beds
  refusedShare: 0.0004, // about 10% of the pressured trust's refused share
  daysAbove85: 2, // days a year
  daysAbove92: 2,
  daysAbove100: 2,
  cancelledShare: 0.005, // half a percentage point of planned electives
  meanEscalation: 0.03, // escalation beds in use at midnight
  meanDelayed: 0.3, // beds held by delayed patients
};

function summaries(simulate: typeof simulateBedsFast, input: BedSimulationInput, label: string): BedTrialSummary[] {
  const workspace = createBedWorkspace(800);
  const out = createBedOutput(input.days);
  const results: BedTrialSummary[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    simulate(input, createStream(1948, label, trial), workspace, out);
    results.push(summariseTrial(input, out));
  }
  return results;
}

function meanAndVariance(values: number[]): [number, number] {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return [mean, values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1)];
}

/**
 * Tolerance per measure: the allowance above plus 4 standard errors of the difference of
 * two independent means of 300 trials (the paths use their streams differently, so there
 * is no common-random-number correlation to exploit).
 */
describe.each([
  ['a realistic trust at 90% occupancy with 30 escalation beds', realisticTrust(365, 0.9, 30)],
  ['a pressured trust at 95% occupancy with 10 escalation beds', realisticTrust(365, 0.95, 10)],
])('fast path against detailed path on %s', (label, input) => {
  let fast: BedTrialSummary[] = [];
  let detailed: BedTrialSummary[] = [];
  beforeAll(() => {
    fast = summaries(simulateBedsFast, input, `fast ${label}`);
    detailed = summaries(simulateBedsDetailed, input, `detailed ${label}`);
  }, 60_000);

  it.each(SUMMARY_MEASURES)('%s agrees within its allowance plus 4 standard errors', (measure) => {
    const [fastMean, fastVariance] = meanAndVariance(fast.map((summary) => summary[measure]));
    const [detailedMean, detailedVariance] = meanAndVariance(detailed.map((summary) => summary[measure]));
    const standardError = Math.sqrt((fastVariance + detailedVariance) / TRIALS);
    expect(Math.abs(fastMean - detailedMean)).toBeLessThan(ALLOWANCE[measure] + 4 * standardError);
  });
});
