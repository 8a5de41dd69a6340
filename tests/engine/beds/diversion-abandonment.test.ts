import { describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, simulateBedsFast, type BedSimulationInput, type BedSimulationOutput } from '../../../engine/beds/index.ts';
import { createStream } from '../../../engine/random/stream.ts';
import { realisticTrust } from './realistic-trust.ts';

const total = (array: ArrayLike<number>) => Array.from(array).reduce((a, b) => a + b, 0);

/** Quiet days before the counted ones, so that the ward starts empty (its start is the first week's stationary law). */
const QUIET = 7;

/**
 * A ward that fills and never empties: stays of 10¹² days (no one leaves), 10 core beds,
 * no escalation, a quiet first week, then `days` counted days with 10,000 emergency
 * arrivals on the days named (none otherwise), so every bed fills within minutes and the
 * rest find none. The counted days are read from day `QUIET` on.
 */
function fullWard(days: number, busyDays: readonly number[], options: Partial<BedSimulationInput>): BedSimulationInput {
  const rate = new Float64Array(QUIET + days);
  for (const day of busyDays) rate[QUIET + day] = 10_000;
  days += QUIET;
  return {
    days,
    emergencyArrivalRate: rate,
    electivePlanned: new Int32Array(days),
    coreBeds: new Int32Array(days).fill(10),
    escalationCap: new Int32Array(days),
    emergencyStay: { family: 'exponential', meanDays: 1e12, sdDays: 0 },
    electiveStay: { family: 'exponential', meanDays: 1e12, sdDays: 0 },
    delayedDischarge: { share: 0, meanExtraDays: 0 },
    frontDoor: 'queue',
    ...options,
  };
}

/** Every day: waiting[d] = waiting[d − 1] + arrivals − admitted − refused − diverted − abandoned (waiting[−1] = 0). */
function expectPatientsConserved(input: BedSimulationInput, out: BedSimulationOutput): void {
  let waiting = 0;
  for (let day = 0; day < input.days; day++) {
    waiting += out.emergencyArrivals[day] - out.emergencyAdmitted[day] - out.emergencyRefused[day] - out.emergencyDiverted[day] - out.emergencyAbandoned[day];
    expect(out.waitingAtMidnight[day]).toBe(waiting);
  }
}

/** The counted days of a daily output. */
const counted = (array: Int32Array) => Array.from(array.slice(QUIET));

describe.each([
  ['simulateBedsFast', simulateBedsFast],
  ['simulateBedsDetailed', simulateBedsDetailed],
] as const)('%s: diversion and abandonment counted by hand', (_, simulate) => {
  it('diverts every arrival beyond 3 waiting once the 10 beds are full (queueLength 3, share 1)', () => {
    const input = fullWard(4, [0, 1], { diversion: { queueLength: 3, share: 1 } });
    const out = createBedOutput(input.days);
    simulate(input, createStream(5, 'divert all'), createBedWorkspace(20), out);
    expect(counted(out.emergencyAdmitted)).toEqual([10, 0, 0, 0]);
    expect(counted(out.waitingAtMidnight)).toEqual([3, 3, 3, 3]);
    expect(out.emergencyDiverted[QUIET]).toBe(out.emergencyArrivals[QUIET] - 13);
    expect(out.emergencyDiverted[QUIET + 1]).toBe(out.emergencyArrivals[QUIET + 1]);
    expect(Math.abs(out.emergencyArrivals[QUIET + 1] - 10_000)).toBeLessThan(600);
    expect(total(out.emergencyAbandoned)).toBe(0);
    expect(Math.max(...out.trolleyQueuePeak)).toBe(3);
    expectPatientsConserved(input, out);
  });

  it('with share ½ diverts about half of those who would wait beyond the threshold', () => {
    const input = fullWard(3, [0], { diversion: { queueLength: 0, share: 0.5 } });
    const out = createBedOutput(input.days);
    simulate(input, createStream(5, 'divert half'), createBedWorkspace(20), out);
    const beyond = out.emergencyArrivals[QUIET] - 10;
    // Binomial(beyond, ½): within 5 sd.
    expect(Math.abs(out.emergencyDiverted[QUIET] - beyond / 2)).toBeLessThan(5 * Math.sqrt(beyond / 4));
    expect(out.waitingAtMidnight[QUIET]).toBe(beyond - out.emergencyDiverted[QUIET]);
    expectPatientsConserved(input, out);
  });

  it('lets everyone who waits 6 hours without a bed leave, within a quarter of a day of the last arrival', () => {
    const input = fullWard(3, [0], { abandonAfterDays: 0.25, breachAfterDays: 2 / 24 });
    const out = createBedOutput(input.days);
    simulate(input, createStream(5, 'abandon'), createBedWorkspace(20), out);
    expect(counted(out.emergencyAdmitted)).toEqual([10, 0, 0]);
    // Those who arrived after 18:00 are still waiting at midnight (a quarter of the day's arrivals, within 6 sd) and gone by 06:00.
    const lateArrivals = out.waitingAtMidnight[QUIET];
    expect(Math.abs(lateArrivals - out.emergencyArrivals[QUIET] / 4)).toBeLessThan(6 * Math.sqrt(10_000 * 0.25 * 0.75));
    expect(out.emergencyAbandoned[QUIET + 1]).toBe(lateArrivals);
    expect(counted(out.waitingAtMidnight).slice(1)).toEqual([0, 0]);
    expect(total(out.emergencyAbandoned)).toBe(out.emergencyArrivals[QUIET] - 10);
    // No one was admitted after waiting: the waits count only the ten admitted at once.
    expect(total(out.emergencyWaited)).toBe(0);
    expect(total(out.waitHistogram)).toBe(10);
    // The area under the queue: each of the abandoned waited exactly 6 hours.
    expect(total(out.trolleyQueueDays)).toBeCloseTo((out.emergencyArrivals[QUIET] - 10) * 0.25, 6);
    // Six hours on a trolley is over the 2 hours left of the 4-hour standard: every one who left breached it.
    expect(counted(out.waitsOverBreach)).toEqual([out.emergencyArrivals[QUIET] - 10, 0, 0]);
    expectPatientsConserved(input, out);
  });

  it('counts as 4-hour breaches, with 4 hours left after the decision, exactly the waits over 4 hours', () => {
    const input: BedSimulationInput = { ...realisticTrust(730, 0.99, 10), frontDoor: 'queue', breachAfterDays: 4 / 24 };
    const out = createBedOutput(input.days);
    simulate(input, createStream(5, 'breach'), createBedWorkspace(800), out);
    expect(total(out.waitsOver4Hours)).toBeGreaterThan(0);
    expect(Array.from(out.waitsOverBreach)).toEqual(Array.from(out.waitsOver4Hours));
  });

  it('conserves patients on a 700-bed trust at 99% with electives, escalation, delays, diversion and abandonment', () => {
    const input: BedSimulationInput = { ...realisticTrust(730, 0.99, 10), frontDoor: 'queue', diversion: { queueLength: 20, share: 0.5 }, abandonAfterDays: 4 / 24 };
    const out = createBedOutput(input.days);
    simulate(input, createStream(5, 'conserve'), createBedWorkspace(800), out);
    expect(total(out.emergencyRefused)).toBe(0);
    expect(total(out.emergencyDiverted)).toBeGreaterThan(0);
    expect(total(out.emergencyAbandoned)).toBeGreaterThan(0);
    expectPatientsConserved(input, out);
    // The waits count each patient admitted (or still waiting at the end) once.
    expect(total(out.waitHistogram)).toBe(total(out.emergencyAdmitted) + out.waitingAtMidnight[input.days - 1]);
  });
});

const STREAMS = 12;
const DAYS = 20_000;

/** A flat ward: `beds` beds, exponential stays of `meanDays`, `arrivalsPerDay`; no electives, escalation or delays; the front door a queue. */
function flatWard(beds: number, arrivalsPerDay: number, meanDays: number, options: Partial<BedSimulationInput>): BedSimulationInput {
  return {
    days: DAYS,
    emergencyArrivalRate: new Float64Array(DAYS).fill(arrivalsPerDay),
    electivePlanned: new Int32Array(DAYS),
    coreBeds: new Int32Array(DAYS).fill(beds),
    escalationCap: new Int32Array(DAYS),
    emergencyStay: { family: 'exponential', meanDays, sdDays: 0 },
    electiveStay: { family: 'exponential', meanDays: 1, sdDays: 0 },
    delayedDischarge: { share: 0, meanExtraDays: 0 },
    frontDoor: 'queue',
    ...options,
  };
}

/**
 * M/M/c/(c + K), c servers at rate μ and room for K waiting, offered load a = λ/μ:
 * πₙ ∝ aⁿ/n! for n ≤ c and a^c/c!·ρ^(n−c) for c < n ≤ c + K (ρ = a/c). Returns the
 * chance an arrival is turned away (π_{c+K}, by PASTA), the chance it waits (Σ πₙ,
 * c ≤ n < c + K) and the mean queue Σ (n − c)πₙ (e.g. Kleinrock, Queueing Systems I, §3.7).
 */
function finiteQueue(load: number, beds: number, room: number): { diverted: number; waited: number; meanQueue: number } {
  const weights: number[] = [1];
  for (let n = 1; n <= beds + room; n++) weights.push((weights[n - 1] * load) / Math.min(n, beds));
  const sum = weights.reduce((a, b) => a + b, 0);
  let waited = 0;
  let meanQueue = 0;
  for (let n = beds; n <= beds + room; n++) {
    if (n < beds + room) waited += weights[n] / sum;
    meanQueue += ((n - beds) * weights[n]) / sum;
  }
  return { diverted: weights[beds + room] / sum, waited, meanQueue };
}

/**
 * M/M/c+D: c servers at rate μ, arrivals at λ, first come first served, each patient
 * leaving after waiting D without a server. The offered wait V (what an arrival would
 * wait) has, by level crossing, density v(x) = λπ_{c−1}·exp(λ·min(x, D) − cμx) for
 * x > 0, with πⱼ = π₀aʲ/j! (j < c, a = λ/μ) the chances of j busy and no one waiting; an
 * arrival leaves if V ≥ D and is admitted after a wait if 0 < V < D (a patient ahead who
 * will leave never takes a bed, so does not change V). Returns the chance of leaving, of
 * being admitted after a wait, and the mean queue λ·E[min(V, D)] (Little). (Baccelli and
 * Hebuterne, 1981; Mandelbaum and Zeltyn's M/M/n+G with G a point mass at D.)
 */
function deterministicPatience(arrivalRate: number, serviceRate: number, beds: number, patience: number): { abandoned: number; waited: number; meanQueue: number } {
  const load = arrivalRate / serviceRate;
  const drain = beds * serviceRate - arrivalRate; // cμ − λ
  let idle = 0;
  let term = 1;
  for (let j = 0; j < beds; j++) {
    if (j > 0) term = (term * load) / j;
    idle += term;
  }
  const lastIdle = term; // a^(c−1)/(c−1)!, in units of π₀
  const decay = Math.exp(-drain * patience);
  const servedAfterWait = (arrivalRate * lastIdle * (1 - decay)) / drain;
  const leave = (arrivalRate * lastIdle * decay) / (beds * serviceRate);
  const normaliser = idle + servedAfterWait + leave;
  // ∫₀ᴰ x·e^(−δx) dx = (1 − e^(−δD)(1 + δD)) / δ².
  const waitedTime = (arrivalRate * lastIdle * (1 - decay * (1 + drain * patience))) / (drain * drain);
  const meanWait = (waitedTime + patience * leave) / normaliser;
  return { abandoned: leave / normaliser, waited: servedAfterWait / normaliser, meanQueue: arrivalRate * meanWait };
}

interface Shares {
  diverted: number;
  abandoned: number;
  waited: number;
  meanQueue: number;
}

/** The mean over 12 iid streams of each run's shares of arrivals and mean queue, with its standard error. */
function measureShares(simulate: typeof simulateBedsFast, input: BedSimulationInput, name: string): Record<keyof Shares, { mean: number; standardError: number }> {
  const workspace = createBedWorkspace(80);
  const out = createBedOutput(input.days);
  const runs: Shares[] = [];
  for (let stream = 0; stream < STREAMS; stream++) {
    simulate(input, createStream(21, name, stream), workspace, out);
    const arrivals = total(out.emergencyArrivals);
    runs.push({
      diverted: total(out.emergencyDiverted) / arrivals,
      abandoned: total(out.emergencyAbandoned) / arrivals,
      waited: total(out.emergencyWaited) / arrivals,
      meanQueue: total(out.trolleyQueueDays) / input.days,
    });
  }
  const result = {} as Record<keyof Shares, { mean: number; standardError: number }>;
  for (const key of ['diverted', 'abandoned', 'waited', 'meanQueue'] as const) {
    const values = runs.map((run) => run[key]);
    const mean = values.reduce((a, b) => a + b, 0) / STREAMS;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (STREAMS - 1);
    result[key] = { mean, standardError: Math.sqrt(variance / STREAMS) };
  }
  return result;
}

// Each kernel 12 iid streams of 20,000 days. The detailed kernel is held to 2% plus 3
// standard errors on M/M/10 with 1-day stays (8 arrivals a day, about 160,000 patients a
// stream). Measured at these seeds (± one standard error):
//   detailed, M/M/10/13: diverted 0.0511 ± 0.0004 against 0.0503 (+1.5%), waited 0.2419
//     against 0.2399 (+0.9%), mean queue 0.359 against 0.356 (+1.1%);
//   detailed, M/M/10+D, 2 hours: left 0.0961 against 0.0958 (+0.3%), waited then admitted
//     0.0868 against 0.0869 (−0.1%), mean queue 0.0923 against 0.0920 (+0.3%).
// The fast kernel walks a stretch that can fill its beds patient by patient with discharges
// at uniform times, which is far off for 1-day stays: on M/M/10 it diverted +7.6%, left
// +4.2% and admitted after a wait −17% (the shape of its waits is not M/M/c's). It is held,
// with an allowance of 4% plus 3 standard errors, on M/M/50 with 5-day stays (45 Erlangs),
// where its waits without these options sit within 2% (fast-queue.test.ts). Measured there:
//   fast, M/M/50/53: diverted 0.0347 ± 0.0003 against 0.0348 (−0.4%), waited 0.1253
//     against 0.1295 (−3.3%), mean queue 0.220 against 0.225 (−2.3%);
//   fast, M/M/50+D, 2 hours: left 0.0483 against 0.0479 (+0.8%), waited then admitted
//     0.0400 against 0.0416 (−4.0%), mean queue 0.0511 against 0.0513 (−0.5%).
describe.each([
  ['simulateBedsDetailed', simulateBedsDetailed, 10, 8, 1, 0.02],
  ['simulateBedsFast', simulateBedsFast, 50, 9, 5, 0.04],
] as const)('%s against the analytic bounded queues', (name, simulate, beds, arrivalsPerDay, meanDays, allowance) => {
  const within = (measured: { mean: number; standardError: number }, exact: number) => {
    expect(Math.abs(measured.mean - exact)).toBeLessThan(allowance * exact + 3 * measured.standardError);
  };

  it('with every arrival beyond 3 waiting diverted, matches M/M/c/(c + 3): the chance of diversion, of waiting, the mean queue', () => {
    const exact = finiteQueue(arrivalsPerDay * meanDays, beds, 3);
    const measured = measureShares(simulate, flatWard(beds, arrivalsPerDay, meanDays, { diversion: { queueLength: 3, share: 1 } }), `${name} M/M/c/K`);
    within(measured.diverted, exact.diverted);
    within(measured.waited, exact.waited);
    within(measured.meanQueue, exact.meanQueue);
    expect(measured.abandoned.mean).toBe(0);
  });

  it('with patients leaving after 2 hours without a bed, matches M/M/c+D: the chance of leaving, of waiting then admitted, the mean queue', () => {
    const exact = deterministicPatience(arrivalsPerDay, 1 / meanDays, beds, 2 / 24);
    const measured = measureShares(simulate, flatWard(beds, arrivalsPerDay, meanDays, { abandonAfterDays: 2 / 24 }), `${name} M/M/c+D`);
    within(measured.abandoned, exact.abandoned);
    within(measured.waited, exact.waited);
    within(measured.meanQueue, exact.meanQueue);
    expect(measured.diverted.mean).toBe(0);
  });
});
