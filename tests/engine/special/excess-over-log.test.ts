import { describe, expect, it } from 'vitest';
import { excessOverLog } from '../../../engine/special/excess-over-log.ts';

describe('excessOverLog(t, t − 1) = t − 1 − ln t', () => {
  it('equals the direct formula away from t = 1', () => {
    for (const t of [0.1, 0.5, 2, 10]) expect(excessOverLog(t, t - 1)).toBeCloseTo(t - 1 - Math.log(t), 14);
  });

  it('keeps full relative precision near t = 1, where the direct formula cancels', () => {
    // Taylor series: d²/2 − d³/3 + d⁴/4 − …, exact to the terms shown for |d| ≤ 1e-4.
    for (const d of [1e-4, -1e-4, 1e-8, -3e-9]) {
      const series = (d * d) / 2 - (d * d * d) / 3 + (d * d * d * d) / 4;
      expect(Math.abs(excessOverLog(1 + d, d) - series) / series).toBeLessThan(1e-12);
    }
  });

  it('is 0 at t = 1', () => {
    expect(excessOverLog(1, 0)).toBe(0);
  });
});
