import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runScenario } from '../../../engine/run-scenario.ts';
import { planRun } from '../../../engine/plan/run-plan.ts';
import { mergePlanBlocks, PlanBlockAccumulator, runPlanTrials } from '../../../engine/plan/plan-block.ts';
import { summarisePlan } from '../../../engine/plan/summarise-plan.ts';
import { columnOf } from '../../../engine/montecarlo/column-layout.ts';
import { extractColumn } from '../../../engine/results/summary-statistics.ts';
import { uncertainScenario } from '../fixtures.ts';

// A run of 3,000 trials with a reservoir of 1,000 stands for 100,000 with 10,000: the same code, a thirtieth of the time.
const TRIALS = 3000;
const RESERVOIR = 1000;
const SEED = 17;
const careBoundary = () => YAML.parse(readFileSync(join(import.meta.dirname, '../../../scenarios/care-boundary.yaml'), 'utf8')) as unknown;

describe('a run longer than its reservoir', () => {
  const exact = runScenario(uncertainScenario({ rule: 'proRata' }), { trials: TRIALS, seed: SEED, reservoirSize: TRIALS });
  const long = runScenario(uncertainScenario({ rule: 'proRata' }), { trials: TRIALS, seed: SEED, reservoirSize: RESERVOIR, chunkSize: 250 });

  it('holds only the reservoir’s rows and says so in its results', () => {
    expect(long.block.trialCount).toBe(RESERVOIR);
    expect(long.block.values.length).toBe(RESERVOIR * long.block.columnCount);
    expect(long.results.meta.trials).toBe(TRIALS);
    expect(long.results.meta.reservoir?.rows).toBe(RESERVOIR);
    expect(exact.results.meta.reservoir).toBeUndefined();
  });

  it('gives the same results to the last digit however its trials are chunked or merged, in any order', () => {
    const other = runScenario(uncertainScenario({ rule: 'proRata' }), { trials: TRIALS, seed: SEED, reservoirSize: RESERVOIR, chunkSize: 777 });
    expect(JSON.stringify(other.results)).toBe(JSON.stringify(long.results));
    // The browser's path (blocks joined by mergePlanBlocks) and blocks arriving last first (workers finishing out of order).
    const plan = planRun(uncertainScenario({ rule: 'proRata' }));
    const pieces = [0, 1100, 1900].map((firstTrial, index, starts) =>
      runPlanTrials(plan, { seed: SEED, firstTrial, trialCount: (starts[index + 1] ?? TRIALS) - firstTrial, runTrials: TRIALS, reservoirSize: RESERVOIR }),
    );
    expect(JSON.stringify(summarisePlan(plan, mergePlanBlocks(pieces.slice().reverse()), SEED))).toBe(JSON.stringify(long.results));
    const accumulator = new PlanBlockAccumulator(plan, TRIALS, RESERVOIR);
    for (const piece of pieces.slice().reverse()) accumulator.add(piece);
    expect(JSON.stringify(summarisePlan(plan, accumulator.result(), SEED))).toBe(JSON.stringify(long.results));
  });

  it('reports means, extremes and chances over every trial, as the run that kept every row (standard deviations to 1e−9)', () => {
    long.results.table.forEach((row, index) => {
      const whole = exact.results.table[index];
      expect(row.probabilityMeetsAfterRiskShare).toBe(whole.probabilityMeetsAfterRiskShare);
      expect(row.probabilityMeetsBeforeRiskShare).toBe(whole.probabilityMeetsBeforeRiskShare);
      expect(row.probabilityIncentivePaid).toBe(whole.probabilityIncentivePaid);
      for (const metric of ['outturn', 'variance', 'postShareVariance', 'riskShareTransfer'] as const) {
        const [a, b] = [row.metrics[metric], whole.metrics[metric]];
        expect(a.mean).toBeCloseTo(b.mean, 12);
        expect(a.min).toBe(b.min);
        expect(a.max).toBe(b.max);
        expect(Math.abs(a.sd - b.sd)).toBeLessThanOrEqual(1e-9 * Math.max(1, b.sd));
      }
    });
    expect(long.results.fanCharts).toEqual(exact.results.fanCharts);
  });

  it('checks the accounts on every trial as it finishes: the largest errors are the exact run’s', () => {
    expect(long.results.accountingChecks).toEqual(exact.results.accountingChecks);
    const care = runScenario(careBoundary(), { trials: 600, seed: SEED, reservoirSize: 200, chunkSize: 150 }).results.accountingChecks;
    expect(care).toEqual(runScenario(careBoundary(), { trials: 600, seed: SEED }).results.accountingChecks);
    expect(care.largestCareSplitError).toBeDefined();
  });

  it('reads quantiles from the reservoir within the stated rank error: P5, P50, P95 of every figure within ±2·√(q(1 − q)/1,000) of their rank among all 3,000 trials, bar one in twenty', () => {
    const { model } = exact;
    let checked = 0;
    let outside = 0;
    for (const entity of model.entities) {
      for (let year = 0; year < model.years; year++) {
        const all = extractColumn(exact.block.values, exact.block.columnCount, columnOf(model, entity.index, year, 'outturn'), TRIALS).sort();
        const row = long.results.table.find((candidate) => candidate.entityId === entity.id && candidate.year === year);
        if (!row || all[0] === all[TRIALS - 1]) continue;
        for (const [q, value] of [
          [0.05, row.metrics.outturn.p5],
          [0.5, row.metrics.outturn.p50],
          [0.95, row.metrics.outturn.p95],
        ] as const) {
          const rank = all.filter((candidate) => candidate <= value).length / TRIALS;
          checked++;
          // Beyond 4 standard errors would say the reservoir is not a sample of the run at all.
          expect(Math.abs(rank - q)).toBeLessThan(4 * Math.sqrt((q * (1 - q)) / RESERVOIR));
          if (Math.abs(rank - q) > 2 * Math.sqrt((q * (1 - q)) / RESERVOIR)) outside++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(outside / checked).toBeLessThanOrEqual(0.05 + 2 * Math.sqrt((0.05 * 0.95) / checked));
  });

  it('compares an alternative on the same trials: each side’s mean from every trial, the difference’s mean their difference', () => {
    const document = careBoundary() as { alternatives?: unknown[] };
    expect(document.alternatives?.length ?? 0).toBeGreaterThan(0);
    const exactRun = runScenario(document, { trials: 1200, seed: SEED, reservoirSize: 1200 });
    const longRun = runScenario(document, { trials: 1200, seed: SEED, reservoirSize: 400, chunkSize: 300 });
    const [exactComparison] = exactRun.results.alternatives.map((alternative) => alternative.comparison);
    const [longComparison] = longRun.results.alternatives.map((alternative) => alternative.comparison);
    expect(longComparison.meta.trials).toBe(1200);
    longComparison.rows.forEach((row, index) => {
      const whole = exactComparison.rows[index];
      expect(row.baseline.mean).toBeCloseTo(whole.baseline.mean, 10);
      expect(row.alternative.mean).toBeCloseTo(whole.alternative.mean, 10);
      expect(row.difference.mean).toBeCloseTo(whole.difference.mean, 9);
    });
    expect(longComparison.probabilities).toEqual(exactComparison.probabilities);
  });
});
