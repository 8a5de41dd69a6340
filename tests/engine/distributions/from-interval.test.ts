import { describe, expect, it } from 'vitest';
import { buildDistribution, distributionFromInterval } from '../../../engine/distributions/index.ts';

describe('distributionFromInterval', () => {
  it('"every value between 20% and 60%, most likely 30%" is the PERT with those three values; with no most likely value, a uniform', () => {
    expect(distributionFromInterval({ low: 0.2, high: 0.6, mostLikely: 0.3, coverage: 1 })).toEqual({ spec: { dist: 'pert', min: 0.2, mode: 0.3, max: 0.6 }, cutAtLimits: false });
    expect(distributionFromInterval({ low: 2, high: 6, coverage: 1 })).toEqual({ spec: { dist: 'uniform', min: 2, max: 6 }, cutAtLimits: false });
  });

  it('"90% sure between 20% and 60%, most likely 30%" is a PERT with mode 30% whose 5th and 95th percentiles are 20% and 60%', () => {
    const { spec, cutAtLimits } = distributionFromInterval({ low: 0.2, high: 0.6, mostLikely: 0.3, coverage: 0.9, limits: [0, 1] });
    expect(cutAtLimits).toBe(false);
    expect(spec.dist).toBe('pert');
    const fitted = buildDistribution(spec);
    expect(fitted.quantile(0.05)).toBeCloseTo(0.2, 9);
    expect(fitted.quantile(0.95)).toBeCloseTo(0.6, 9);
    expect((spec as { mode: number }).mode).toBe(0.3);
    // Its own limits lie outside the range the person gave.
    expect((spec as { min: number }).min).toBeLessThan(0.2);
    expect((spec as { max: number }).max).toBeGreaterThan(0.6);
  });

  it('an 80% range is the 10th to 90th percentile, and a symmetric one has its mode in the middle of its limits', () => {
    const { spec } = distributionFromInterval({ low: 10, high: 30, mostLikely: 20, coverage: 0.8 });
    const fitted = buildDistribution(spec);
    expect(fitted.quantile(0.1)).toBeCloseTo(10, 8);
    expect(fitted.quantile(0.9)).toBeCloseTo(30, 8);
    const { min, max } = spec as { min: number; max: number };
    expect((min + max) / 2).toBeCloseTo(20, 8);
  });

  it('with no most likely value, a 90% range is the normal with those percentiles: mean in the middle, sd = half the width ÷ 1.645', () => {
    const { spec, cutAtLimits } = distributionFromInterval({ low: 0.02, high: 0.06, coverage: 0.9 });
    expect(cutAtLimits).toBe(false);
    expect(spec).toMatchObject({ dist: 'normal', mean: 0.04 });
    expect((spec as { sd: number }).sd).toBeCloseTo(0.02 / 1.6448536269514722, 12);
    const fitted = buildDistribution(spec);
    expect(fitted.quantile(0.05)).toBeCloseTo(0.02, 12);
    expect(fitted.quantile(0.95)).toBeCloseTo(0.06, 12);
  });

  it('a fit that would reach past 0 or 100% for a share stops at the limit, keeps the other percentile, and says so', () => {
    // 90% sure between 0% and 10%, most likely 2%: a 5th percentile of 0 needs a PERT that starts below 0.
    const pert = distributionFromInterval({ low: 0, high: 0.1, mostLikely: 0.02, coverage: 0.9, limits: [0, 1] });
    expect(pert.cutAtLimits).toBe(true);
    expect(pert.spec).toMatchObject({ dist: 'pert', min: 0, mode: 0.02 });
    // The far end still holds its percentile: 95% of draws below 10%.
    expect(buildDistribution(pert.spec).quantile(0.95)).toBeCloseTo(0.1, 9);
    // 90% sure between 50% and 95%, most likely 80%: the fit would pass 100%, so it stops there and its 5th percentile stays at 50%.
    const high = distributionFromInterval({ low: 0.5, high: 0.95, mostLikely: 0.8, coverage: 0.9, limits: [0, 1] });
    expect(high.cutAtLimits).toBe(true);
    expect(high.spec).toMatchObject({ dist: 'pert', mode: 0.8, max: 1 });
    expect(buildDistribution(high.spec).quantile(0.05)).toBeCloseTo(0.5, 9);
    const normal = distributionFromInterval({ low: 0.01, high: 0.3, coverage: 0.9, limits: [0, Number.POSITIVE_INFINITY] });
    expect(normal).toEqual({ spec: { dist: 'truncatedNormal', mean: 0.155, sd: 0.29 / (2 * 1.6448536269514722), min: 0 }, cutAtLimits: true });
  });

  it('refuses a range the wrong way round and a most likely value outside it', () => {
    expect(() => distributionFromInterval({ low: 5, high: 5, coverage: 1 })).toThrow('the range needs a low value below its high value, got 5 to 5');
    expect(() => distributionFromInterval({ low: 1, high: 5, mostLikely: 6, coverage: 0.9 })).toThrow('the most likely value must lie in the range 1 to 5, got 6');
  });
});
