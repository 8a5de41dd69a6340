import { describe, expect, it } from 'vitest';
import { evaluateLever, measureColumn, measureValue, parseMeasure, plannedSolveRuns, runScenario, solve, solveSteps, withLever } from '../../../engine/index.ts';
import { uncertainScenario } from '../fixtures.ts';
import { bedScenario } from '../model/beds/beds-scenario.ts';

/**
 * Three trusts and an ICB with uncertain pay, inflation, demand and CIP
 * delivery; no incentive funds, so a control total is met on cash alone. The
 * ICB's control total (a surplus of `icbControlTotal`) leaves the system
 * short in most trials: its variance has a median of about −£37m at 110.
 */
function cashOnlyScenario(icbControlTotal = 110) {
  const document = uncertainScenario({ rule: 'none' });
  delete (document.systems[0] as { incentiveFunds?: unknown }).incentiveFunds;
  document.systems[0].organisations[0].controlTotal = icbControlTotal;
  return document;
}

const TRIALS = 2000;
const SEED = 11;
const contingency = { kind: 'extraFunding', organisation: 'icb' } as const;

describe('solve', () => {
  it('a cash-only contingency for a 90% chance of system balance is minus the P10 of the system variance, within its standard error; re-run there, it hits 90% within two standard errors', () => {
    const document = cashOnlyScenario();
    const plain = runScenario(document, { trials: TRIALS, seed: SEED });
    const varianceMeasure = parseMeasure('sys postShareVariance.p10', 'check');
    const p10 = measureValue(plain.block, measureColumn(plain.model, varianceMeasure, 'check'), varianceMeasure.quantity);
    expect(p10.value).toBeLessThan(0); // the system needs money in its worst tenth

    const result = solve(document, {
      lever: { lever: contingency, low: 0, high: 200 },
      target: { measure: parseMeasure('sys meetsAfterRiskShare', 'target'), value: 0.9 },
      trials: TRIALS,
      seed: SEED,
      tolerance: 0.01,
    });
    expect(Math.abs(result.lever - -p10.value)).toBeLessThanOrEqual(p10.standardError + 0.01);
    expect(result.reached.value).toBeGreaterThanOrEqual(0.9);
    expect(result.increasing).toBe(true);
    expect(result.leverStandardError).toBeGreaterThan(0);
    expect(Number.isFinite(result.leverStandardError)).toBe(true);
    // Bisection from a range of 200 to 0.01 takes ⌈log2(200/0.01)⌉ = 15 halvings after the two bounds.
    expect(result.runs).toBe(17);

    const rerun = runScenario({ ...document, interventions: [{ kind: 'extraFunding', organisation: 'icb', amount: result.lever }] }, { trials: TRIALS, seed: SEED });
    const met = measureValue(rerun.block, measureColumn(rerun.model, parseMeasure('sys meetsAfterRiskShare', 'check'), 'check'), { kind: 'probability', basis: 'afterRiskShare' });
    expect(Math.abs(met.value - 0.9)).toBeLessThanOrEqual(2 * met.standardError);
  });

  it('finds exactly the funding that moves a mean by a given amount: the mean moves one for one with cash, so the slope is 1', () => {
    const document = cashOnlyScenario();
    const plain = runScenario(document, { trials: 400, seed: SEED });
    const outturn = parseMeasure('sys outturn.mean', 'check');
    const before = measureValue(plain.block, measureColumn(plain.model, outturn, 'check'), outturn.quantity);
    const result = solve(document, { lever: { lever: contingency, low: 0, high: 100 }, target: { measure: outturn, value: before.value + 37.5 }, trials: 400, seed: SEED, tolerance: 1e-6 });
    expect(result.lever).toBeCloseTo(37.5, 5);
    expect(result.slope).toBeCloseTo(1, 9);
    expect(result.leverStandardError).toBeCloseTo(result.reached.standardError, 9);
  });

  it('follows a measure that falls as the lever rises (a higher ICB cost lowers the system outturn)', () => {
    const document = cashOnlyScenario();
    const outturn = parseMeasure('sys outturn.mean', 'check');
    const lever = { kind: 'path', path: 'systems[0].organisations[0].costs.commissioning.baseline' } as const;
    const plain = runScenario(document, { trials: 400, seed: SEED });
    const before = measureValue(plain.block, measureColumn(plain.model, outturn, 'check'), outturn.quantity).value;
    const result = solve(document, { lever: { lever, low: 250, high: 300 }, target: { measure: outturn, value: before - 10 }, trials: 400, seed: SEED, tolerance: 1e-4 });
    expect(result.increasing).toBe(false);
    expect(result.reached.value).toBeLessThanOrEqual(before - 10);
    expect(result.reached.value).toBeGreaterThan(before - 10.01);
    // Cost grows by the year's inflation (mean about 3.7%): 10 less outturn needs a little under 10 more baseline.
    expect(result.lever - 250).toBeGreaterThan(9);
    expect(result.lever - 250).toBeLessThan(10);
  });

  it('plans 2 + ⌈log2(range / tolerance)⌉ runs: the two bounds and one per halving of the bracket, at most maxRuns', () => {
    const lever = { lever: contingency, low: 0, high: 200 };
    expect(plannedSolveRuns({ lever, tolerance: 0.01 })).toBe(17); // 200/0.01 = 20,000 ≤ 2^15
    expect(plannedSolveRuns({ lever })).toBe(12); // default tolerance: a thousandth of the range, 1,000 ≤ 2^10
    expect(plannedSolveRuns({ lever, tolerance: 50 })).toBe(4); // 200/50 = 4 = 2^2 exactly
    expect(plannedSolveRuns({ lever, tolerance: 0.01, maxRuns: 9 })).toBe(9);
    expect(() => plannedSolveRuns({ lever, maxRuns: 2 })).toThrow(/^maxRuns: must be a whole number of at least 3$/);
  });

  it('driven step by step, with each candidate run by the caller, gives the same answer as solve, and reports progress against the planned runs', () => {
    const document = cashOnlyScenario();
    const request = { lever: { lever: contingency, low: 0, high: 100 }, target: { measure: parseMeasure('sys meetsAfterRiskShare', 'target'), value: 0.5 }, trials: 300, seed: SEED };
    const progress: Array<[number, number]> = [];
    const direct = solve(document, { ...request, onProgress: (runs, total) => progress.push([runs, total]) });
    const steps = solveSteps(document, request);
    let step = steps.next();
    const asked: number[] = [];
    while (!step.done) {
      asked.push(step.value);
      step = steps.next(evaluateLever(document, contingency, step.value, [request.target.measure], ['target.measure'], request).measures[0]);
    }
    expect(step.value).toEqual(direct);
    expect(asked).toEqual(direct.points.map((point) => point.lever));
    expect(progress).toEqual(direct.points.map((_, index) => [index + 1, 12]));
  });

  it('finds the fewest core beds that keep a trust above 92% full on at most 30 days a year, on whole numbers: one bed fewer, on the same trials, is more than 30', () => {
    // 6,570 emergency admissions a year staying 5 days on average: 90 beds' worth of demand on average.
    const document = bedScenario({ beds: { emergency: { admissionsPerYear: 6570, stay: { family: 'exponential', meanDays: 5 } } } });
    const coreBeds = { kind: 'path', path: 'systems[0].organisations[1].beds.coreBeds' } as const;
    const daysAbove92 = parseMeasure('trust beds.daysAbove92.mean', 'target');
    const request = { lever: { lever: coreBeds, low: 90, high: 140 }, target: { measure: daysAbove92, value: 30 }, trials: 200, seed: 5 };
    const result = solve(document, request);
    expect(result.increasing).toBe(false);
    expect(result.points.every((point) => Number.isInteger(point.lever))).toBe(true);
    expect(Number.isInteger(result.lever)).toBe(true);
    expect(result.reached.value).toBeLessThanOrEqual(30);
    // Bisection on whole numbers from a range of 50 down to 1: ⌈log2 50⌉ = 6 halvings after the two bounds.
    expect(result.runs).toBe(8);
    expect(plannedSolveRuns(request, true)).toBe(8);
    const oneFewer = runScenario(withLever(document, coreBeds, result.lever - 1), { trials: 200, seed: 5 });
    expect(measureValue(oneFewer.block, measureColumn(oneFewer.model, daysAbove92, 'check'), daysAbove92.quantity).value).toBeGreaterThan(30);
    // A bound that is not a whole number of beds is refused before any run.
    expect(() => solve(document, { ...request, lever: { ...request.lever, low: 90.5 } })).toThrow('lever.low: this lever takes whole numbers (it is a count, such as beds); got 90.5');
  });

  it('says when the target is out of reach within the bounds, or already passed at the low bound', () => {
    const document = cashOnlyScenario();
    const target = { measure: parseMeasure('sys meetsAfterRiskShare', 'target'), value: 0.99 };
    expect(() => solve(document, { lever: { lever: contingency, low: 0, high: 20 }, target, trials: 200, seed: SEED })).toThrow(
      /^target\.value: 0\.99 is out of reach between 0 and 20: the measure runs from 0 to 0\.04$/,
    );
    // £60m already gives 0.96 (200 trials, seed 11).
    expect(() => solve(document, { lever: { lever: contingency, low: 60, high: 600 }, target: { ...target, value: 0.9 }, trials: 200, seed: SEED })).toThrow(
      'lever.low: the target 0.9 is already passed at the low bound 60 (the measure is 0.96 there): lower the bound',
    );
  });

  it('stops with the values when the measure is not monotone in the lever', () => {
    // Other income peaks when the parameter is 5: the chance of balance is about 0.05 at 0, 0.91 at 4 and 0.5 at 8 (400 trials, seed 11).
    const document = cashOnlyScenario(89) as ReturnType<typeof cashOnlyScenario> & { parameters: Record<string, unknown> };
    document.parameters.peak = 0;
    (document.systems[0].organisations[1] as { income: Record<string, unknown> }).income.other = { baseline: '40 - 8 * abs(peak - 5)' };
    const target = { measure: parseMeasure('sys meetsAfterRiskShare', 'target'), value: 0.3 };
    expect(() => solve(document, { lever: { lever: { kind: 'path', path: 'parameters.peak' }, low: 0, high: 8 }, target, trials: 400, seed: SEED })).toThrow(
      'lever: the measure is not monotone in the lever: 0.91 at 4 but 0.5 at 8 (the model does not move one way with this input here)',
    );
  });

  it('says when the measure does not move with the lever', () => {
    const document = cashOnlyScenario();
    // Money paid to the ICB does not change trust a's own position (no risk share).
    const target = { measure: parseMeasure('a outturn.mean', 'target'), value: 0 };
    expect(() => solve(document, { lever: { lever: contingency, low: 0, high: 10 }, target, trials: 100, seed: SEED })).toThrow(/^lever: the measure does not move with the lever/);
  });

  it('names a measure that does not fit the scenario', () => {
    const document = cashOnlyScenario();
    expect(() => solve(document, { lever: { lever: contingency, low: 0, high: 10 }, target: { measure: parseMeasure('nowhere meetsAfterRiskShare', 't'), value: 0.5 }, trials: 50, seed: 1 })).toThrow(
      /^target\.measure: no organisation or system "nowhere"/,
    );
    expect(() => solve(document, { lever: { lever: contingency, low: 0, high: 10 }, target: { measure: parseMeasure('a beds.occupancy.mean', 't'), value: 0.5 }, trials: 50, seed: 1 })).toThrow(
      /^target\.measure: "a" is not an acute trust with a bed model/,
    );
    expect(() => solve(document, { lever: { lever: contingency, low: 0, high: 10 }, target: { measure: parseMeasure('sys meetsAfterRiskShare 5', 't'), value: 0.5 }, trials: 50, seed: 1 })).toThrow(
      /^target\.measure: year 5 is outside the scenario's 2 year\(s\)/,
    );
  });
});
