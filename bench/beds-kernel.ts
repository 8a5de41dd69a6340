/**
 * Benchmark of the bed kernels: trust-days and trials per second, peak memory, and
 * garbage collections during the timed loops (a sign of allocation in the inner loop).
 *
 *   npx tsx bench/beds-kernel.ts [fastTrials=10000] [detailedTrials=200]
 *
 * Five acute trusts of 600–700 core beds at about 90% mean occupancy (lognormal stays,
 * mean 9.1 / sd 12 days for emergencies and 5.1 / 6 for electives, 13% of patients
 * delayed by 5 days on average, 12 electives a weekday, a seasonal and weekday profile,
 * 30 escalation beds), 365 days. A trial runs all five trusts, each on its own stream
 * (created per trust-trial, as the model will); one workspace per trust.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, simulateBedsFast, type BedSimulationInput, type BedSimulationOutput, type BedWorkspace } from '../engine/beds/index.ts';
import type { RandomSource } from '../engine/random/random-source.ts';
import { createStream } from '../engine/random/stream.ts';

const DAYS = 365;
const TRUST_BEDS = [600, 630, 650, 680, 700];

function trust(coreBeds: number): BedSimulationInput {
  const weekday = [1.12, 1.04, 1.0, 1.0, 1.0, 0.92, 0.92];
  const electivesPerWeekday = Math.round((12 * coreBeds) / 700);
  const electiveBedDays = 5.1 + 0.13 * 5;
  const emergencyBedDays = 9.1 + 0.13 * 5;
  const baseRate = (0.9 * coreBeds - ((electivesPerWeekday * 5) / 7) * electiveBedDays) / emergencyBedDays;
  const input: BedSimulationInput = {
    days: DAYS,
    emergencyArrivalRate: new Float64Array(DAYS),
    electivePlanned: new Int32Array(DAYS),
    coreBeds: new Int32Array(DAYS).fill(coreBeds),
    escalationCap: new Int32Array(DAYS).fill(30),
    emergencyStay: { family: 'lognormal', meanDays: 9.1, sdDays: 12 },
    electiveStay: { family: 'lognormal', meanDays: 5.1, sdDays: 6 },
    delayedDischarge: { share: 0.13, meanExtraDays: 5 },
  };
  for (let day = 0; day < DAYS; day++) {
    input.emergencyArrivalRate[day] = baseRate * (1 + 0.08 * Math.cos((2 * Math.PI * (day - 280)) / 365)) * weekday[day % 7];
    input.electivePlanned[day] = day % 7 < 5 ? electivesPerWeekday : 0;
  }
  return input;
}

/** A non-allocating uniform source (SplitMix32-style hash of a counter), to time the kernel without the stream. */
function counterSource(seed: number): RandomSource {
  const state = new Uint32Array([seed]);
  return () => {
    state[0] = (state[0] + 0x9e3779b9) >>> 0;
    let z = state[0];
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (((z ^ (z >>> 16)) >>> 0) + 0.5) / 4294967296;
  };
}

let peakRss = 0;
let peakHeapUsed = 0;
function sampleMemory(): void {
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  peakHeapUsed = Math.max(peakHeapUsed, usage.heapUsed);
}

let collections = 0;
const observer = new PerformanceObserver((list) => {
  collections += list.getEntries().length;
});
observer.observe({ entryTypes: ['gc'] });

type Kernel = (input: BedSimulationInput, rng: RandomSource, workspace: BedWorkspace, out: BedSimulationOutput) => void;

async function run(label: string, kernel: Kernel, trials: number, streams: 'alea' | 'counter'): Promise<void> {
  const inputs = TRUST_BEDS.map(trust);
  const workspaces = TRUST_BEDS.map((beds) => createBedWorkspace(beds + 30));
  const outputs = TRUST_BEDS.map(() => createBedOutput(DAYS));
  const counter = counterSource(1);
  // Warm up (JIT, binomial tables) on trials not counted.
  for (let trial = 0; trial < Math.min(50, trials); trial++) {
    for (let t = 0; t < inputs.length; t++) kernel(inputs[t], createStream(1, 'warm', trial, t), workspaces[t], outputs[t]);
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  collections = 0;
  let occupied = 0;
  const start = performance.now();
  for (let trial = 0; trial < trials; trial++) {
    for (let t = 0; t < inputs.length; t++) {
      const rng = streams === 'alea' ? createStream(2026, trial, 'beds', t) : counter;
      kernel(inputs[t], rng, workspaces[t], outputs[t]);
      occupied += outputs[t].occupied[DAYS - 1];
    }
    if (trial % 500 === 0) sampleMemory();
  }
  const seconds = (performance.now() - start) / 1000;
  sampleMemory();
  await new Promise((resolve) => setTimeout(resolve, 0)); // let the gc observer report
  const trustDays = trials * inputs.length * DAYS;
  console.log(
    `${label.padEnd(44)} ${trials.toString().padStart(6)} trials  ${seconds.toFixed(2).padStart(7)} s  ` +
      `${(trustDays / seconds / 1e6).toFixed(3).padStart(7)} M trust-days/s  ${(trials / seconds).toFixed(1).padStart(8)} trials/s  ` +
      `${((seconds / trustDays) * 1e9).toFixed(0).padStart(6)} ns/trust-day  gc ${collections}  (mean last census ${(occupied / trials / inputs.length).toFixed(1)})`,
  );
}

const fastTrials = Number(process.argv[2] ?? 10_000);
const detailedTrials = Number(process.argv[3] ?? 200);
console.log(`bed kernels: ${TRUST_BEDS.length} trusts (${TRUST_BEDS.join(', ')} core beds), ${DAYS} days; node ${process.version}`);
await run('fast path, a stream per trust-trial', simulateBedsFast, fastTrials, 'alea');
await run('fast path, non-allocating counter source', simulateBedsFast, Math.min(fastTrials, 2000), 'counter');
await run('detailed path, a stream per trust-trial', simulateBedsDetailed, detailedTrials, 'alea');
console.log(`peak rss ${(peakRss / 2 ** 20).toFixed(1)} MiB, peak heapUsed ${(peakHeapUsed / 2 ** 20).toFixed(1)} MiB`);
observer.disconnect();
