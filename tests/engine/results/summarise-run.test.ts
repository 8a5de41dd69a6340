import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../engine/run-scenario.ts';
import { normalCdf } from '../../../engine/special/normal-cdf.ts';
import { normalQuantile } from '../../../engine/special/normal-quantile.ts';

/**
 * A trust whose only uncertainty is the pay award g ~ Normal(0.03, 0.01) on a
 * £200m pay bill, with £210m block income: outturn = 210 − 200(1 + g), which is
 * Normal(4, 2). Against a control total of +3 the chance of meeting it is
 * Φ((4 − 3)/2) = Φ(0.5) = 0.6915.
 */
function payAwardScenario(controlTotal: number) {
  return {
    schemaVersion: 1,
    name: 'Pay award only',
    horizon: { firstYear: 2025, years: 1 },
    drivers: { payAward: { dist: 'normal', mean: 0.03, sd: 0.01 } },
    systems: [
      {
        id: 's',
        name: 'S',
        allocation: { baseline: 210 },
        organisations: [
          { id: 'icb', name: 'ICB', kind: 'icb', controlTotal: 0 },
          {
            id: 'trust',
            name: 'Trust',
            kind: 'acute',
            income: { contract: { baseline: 210, paymentModel: 'block', commissioner: 'icb' } },
            costs: { pay: { baseline: 200, growth: 'payAward' } },
            controlTotal,
          },
        ],
      },
    ],
  };
}

describe('summariseRun against analytic results', () => {
  const trials = 10_000;
  const { results } = runScenario(payAwardScenario(3), { trials, seed: 31 });
  const trust = results.table.find((row) => row.entityId === 'trust')!;

  it('P(meet control total) matches Φ((mean − CT)/sd) within 4 binomial standard errors', () => {
    const expected = normalCdf(0.5);
    const standardError = Math.sqrt((expected * (1 - expected)) / trials);
    expect(Math.abs(trust.probabilityMeetsAfterRiskShare - expected)).toBeLessThan(4 * standardError);
  });

  it('the outturn has mean 4 and sd 2 (within 4 standard errors) and normal quantiles', () => {
    const outturn = trust.metrics.outturn;
    expect(Math.abs(outturn.mean - 4)).toBeLessThan((4 * 2) / Math.sqrt(trials));
    expect(Math.abs(outturn.sd - 2)).toBeLessThan(4 * (2 / Math.sqrt(2 * trials)));
    // A quantile's standard error is sqrt(p(1−p)/n)/f(x_p): about 0.05 at P5 here; allow 0.2.
    expect(Math.abs(outturn.p5 - (4 + 2 * normalQuantile(0.05)))).toBeLessThan(0.2);
    expect(Math.abs(outturn.p50 - 4)).toBeLessThan(0.1);
  });

  it('expected shortfall in the worst 5% matches the normal tail mean μ − σ·φ(z)/0.05, from the control total', () => {
    // Post-share variance = outturn − 3 ~ Normal(1, 2); tail mean = 1 − 2·φ(1.6449)/0.05 = −3.125.
    const z = normalQuantile(0.95);
    const density = Math.exp(-(z * z) / 2) / Math.sqrt(2 * Math.PI);
    expect(Math.abs(trust.expectedShortfall5 - (1 - (2 * density) / 0.05))).toBeLessThan(0.15);
  });

  it('the central case puts every distribution at its mean', () => {
    expect(trust.central.outturn).toBeCloseTo(4, 10);
    expect(trust.central.meetsAfterRiskShare).toBe(1);
  });

  it('ranks the only uncertain input first, with a negative rank correlation', () => {
    const [first] = results.sensitivity[0].entries;
    expect(first.input).toBe('drivers.payAward');
    expect(first.rankCorrelation).toBeLessThan(-0.99);
    expect(first.lowDecileMean).toBeGreaterThan(first.highDecileMean);
  });

  it('the fan chart ends the year at the variance quantiles (within the 1% bucket resolution)', () => {
    const fan = results.fanCharts.find((chart) => chart.entityId === 'trust')!;
    const variance = trust.metrics.variance;
    expect(fan.p50[11]).toBeCloseTo(variance.p50, 0);
    expect(Math.abs(fan.p5[11] - variance.p5)).toBeLessThan(0.02 * Math.abs(variance.p5) + 0.05);
    expect(Math.abs(fan.p95[11] - variance.p95)).toBeLessThan(0.02 * Math.abs(variance.p95) + 0.05);
  });
});
