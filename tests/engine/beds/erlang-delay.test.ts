import { describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, type BedSimulationInput } from '../../../engine/beds/index.ts';
import { createStream } from '../../../engine/random/stream.ts';

/** Erlang's loss formula by the stable recursion B(0) = 1, B(k) = a·B(k−1)/(k + a·B(k−1)). */
function erlangB(offeredLoad: number, beds: number): number {
  let blocking = 1;
  for (let k = 1; k <= beds; k++) blocking = (offeredLoad * blocking) / (k + offeredLoad * blocking);
  return blocking;
}

/** Erlang's delay formula, the chance an M/M/c arrival waits: C = B / (1 − ρ(1 − B)), ρ = a/c (from B). */
function erlangC(offeredLoad: number, beds: number): number {
  const blocking = erlangB(offeredLoad, beds);
  const utilisation = offeredLoad / beds;
  return blocking / (1 - utilisation * (1 - blocking));
}

const BEDS = 10;
const OFFERED_LOAD = 8; // Erlangs: arrival rate × mean stay (ρ = 0.8)
const MEAN_STAY = 1;
const STREAMS = 40;
const DAYS = 40_000;

/** M/M/10 with 1-day exponential stays: flat arrivals, no electives, no escalation, no delays, the front door a queue. */
function delaySystem(): BedSimulationInput {
  return {
    days: DAYS,
    emergencyArrivalRate: new Float64Array(DAYS).fill(OFFERED_LOAD / MEAN_STAY),
    electivePlanned: new Int32Array(DAYS),
    coreBeds: new Int32Array(DAYS).fill(BEDS),
    escalationCap: new Int32Array(DAYS),
    emergencyStay: { family: 'exponential', meanDays: MEAN_STAY, sdDays: 0 },
    electiveStay: { family: 'exponential', meanDays: 1, sdDays: 0 },
    delayedDischarge: { share: 0, meanExtraDays: 0 },
    frontDoor: 'queue',
  };
}

interface BatchMean {
  mean: number;
  standardError: number;
}

function batchMean(values: readonly number[]): BatchMean {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
  return { mean, standardError: Math.sqrt(variance / values.length) };
}

/**
 * Share of patients who waited, mean decision-to-admit time and mean queue length, each
 * the mean over 40 independent streams of 40,000 days (about 320,000 patients each):
 * iid batch means. A small ward is chosen because waits on a large one near full are
 * correlated over many stays, and 2% would take far more patients to resolve. The run
 * starts from the loss system's law with no one waiting, not M/M/c's; with 1-day stays
 * that start is forgotten within days, a bias under 0.01%.
 */
function delayMeasures(): { waitedShare: BatchMean; meanWait: BatchMean; meanQueue: BatchMean; littlesLawGap: number } {
  const input = delaySystem();
  const out = createBedOutput(DAYS);
  const workspace = createBedWorkspace(BEDS);
  const waitedShares: number[] = [];
  const meanWaits: number[] = [];
  const meanQueues: number[] = [];
  let littlesLawGap = 0;
  for (let stream = 0; stream < STREAMS; stream++) {
    simulateBedsDetailed(input, createStream(2017, 'erlang C', stream), workspace, out);
    let patients = 0;
    let waited = 0;
    let waitDays = 0;
    let queueDays = 0;
    for (let day = 0; day < DAYS; day++) {
      patients += out.emergencyAdmitted[day];
      waited += out.emergencyWaited[day];
      waitDays += out.emergencyWaitDays[day];
      queueDays += out.trolleyQueueDays[day];
    }
    // Patients still waiting at the end are counted in the waits, not yet admitted.
    patients += workspace.trolleyQueue.length;
    waitedShares.push(waited / patients);
    meanWaits.push(waitDays / patients);
    meanQueues.push(queueDays / DAYS);
    // Little's law on the run itself: the time all patients spent waiting is the area under the queue.
    littlesLawGap = Math.max(littlesLawGap, Math.abs(waitDays - queueDays));
  }
  return { waitedShare: batchMean(waitedShares), meanWait: batchMean(meanWaits), meanQueue: batchMean(meanQueues), littlesLawGap };
}

describe('Erlang delay formula (Erlang C) for the detailed kernel with the front door a queue', () => {
  const waiting = erlangC(OFFERED_LOAD, BEDS); // 0.36387…
  // Mean wait W = C · E[S] / (c − a); by Little's law the mean queue is λ·W.
  const meanWait = (waiting * MEAN_STAY) / (BEDS - OFFERED_LOAD);
  const meanQueue = (OFFERED_LOAD / MEAN_STAY) * meanWait;
  const measured = delayMeasures();

  it('is C = 0.4092 and W = 0.2046 days (4.9 hours) for 8 Erlangs on 10 beds (the case tested below)', () => {
    // B(10, 8) = 0.12166 by the recursion; C = 0.12166 / (1 − 0.8 × 0.87834) = 0.40918.
    expect(erlangB(OFFERED_LOAD, BEDS)).toBeCloseTo(0.12166, 5);
    expect(waiting).toBeCloseTo(0.40918, 5);
    expect(meanWait).toBeCloseTo(0.20459, 5);
  });

  // Tolerance: the 2%, and 4 standard errors of the mean of 20 iid batch means
  // must fit inside it (t with 19 df: a two-sided chance below 0.1% that an exact kernel
  // fails), so the test could not pass by being noisy. Measured (± one standard error):
  // share waited 0.4086 ± 0.0008 (C 0.4092), mean wait 0.2037 ± 0.0009 days (W 0.2046),
  // mean queue 1.630 ± 0.007 (λW 1.637).
  it('gives the share of patients who wait within 2% of C', () => {
    const { mean, standardError } = measured.waitedShare;
    expect(4 * standardError).toBeLessThan(0.02 * waiting);
    expect(Math.abs(mean - waiting)).toBeLessThan(0.02 * waiting);
  });

  it('gives the mean decision-to-admit time within 2% of C·E[S]/(c − a)', () => {
    const { mean, standardError } = measured.meanWait;
    expect(4 * standardError).toBeLessThan(0.02 * meanWait);
    expect(Math.abs(mean - meanWait)).toBeLessThan(0.02 * meanWait);
  });

  it("gives the mean trolley queue within 2% of λ·W (Little's law), and the waits sum to the area under the queue", () => {
    const { mean, standardError } = measured.meanQueue;
    expect(4 * standardError).toBeLessThan(0.02 * meanQueue);
    expect(Math.abs(mean - meanQueue)).toBeLessThan(0.02 * meanQueue);
    // Exact in every run, apart from rounding: each patient's wait is a strip of the area.
    expect(measured.littlesLawGap).toBeLessThan(1e-6);
  });
});
