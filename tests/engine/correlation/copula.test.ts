import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../engine/model/compile-model.ts';
import { runTrials } from '../../../engine/montecarlo/run-trials.ts';
import { pearson } from '../../../engine/stats/pearson.ts';
import { spearman } from '../../../engine/stats/spearman.ts';

function driversScenario(drivers: Record<string, unknown>, rho: number) {
  return {
    schemaVersion: 1,
    name: 'Correlated drivers',
    horizon: { firstYear: 2025, years: 1 },
    drivers,
    correlation: {
      drivers: Object.keys(drivers),
      matrix: [
        [1, rho],
        [rho, 1],
      ],
    },
    systems: [
      {
        id: 's',
        name: 'S',
        allocation: { baseline: 100 },
        organisations: [{ id: 'icb', name: 'ICB', kind: 'icb', costs: { commissioning: { baseline: 100, growth: 'x + y' } }, controlTotal: 0 }],
      },
    ],
  };
}

function sampledDrivers(document: unknown, trials: number) {
  const model = compileModel(document);
  const block = runTrials(model, { seed: 2024, firstTrial: 0, trialCount: trials });
  const x = new Float64Array(trials);
  const y = new Float64Array(trials);
  for (let trial = 0; trial < trials; trial++) {
    x[trial] = block.inputs[trial * block.inputCount];
    y[trial] = block.inputs[trial * block.inputCount + 1];
  }
  return { x, y };
}

describe('Gaussian copula between drivers', () => {
  // Standard error of a sample correlation near rho is about (1 − rho²)/√n:
  // 0.0064 for rho = 0.6 and n = 10,000; the tolerance is 4 standard errors.
  it('recovers the correlation of two normal drivers (Pearson, within 0.026 for rho = 0.6)', () => {
    const { x, y } = sampledDrivers(driversScenario({ x: { dist: 'normal', mean: 0, sd: 1 }, y: { dist: 'normal', mean: 5, sd: 2 } }, 0.6), 10_000);
    expect(Math.abs(pearson(x, y) - 0.6)).toBeLessThan(0.026);
  });

  it('gives non-normal drivers the rank correlation (6/π)·asin(rho/2) (within 0.03)', () => {
    const rho = -0.7;
    const { x, y } = sampledDrivers(driversScenario({ x: { dist: 'triangular', min: 0, mode: 0.02, max: 0.08 }, y: { dist: 'gamma', shape: 2, scale: 0.01 } }, rho), 10_000);
    expect(Math.abs(spearman(x, y) - (6 / Math.PI) * Math.asin(rho / 2))).toBeLessThan(0.03);
  });

  it('leaves uncorrelated drivers uncorrelated (|r| < 0.04 at n = 10,000)', () => {
    const { x, y } = sampledDrivers(driversScenario({ x: { dist: 'normal', mean: 0, sd: 1 }, y: { dist: 'uniform', min: 0, max: 1 } }, 0), 10_000);
    expect(Math.abs(pearson(x, y))).toBeLessThan(0.04);
  });
});
