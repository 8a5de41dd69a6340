import { describe, expect, it } from 'vitest';
import { collarAndCapRiskShare, contingencyReserveRiskShare, noRiskShare, proRataRiskShare, surplusCoversDeficitRiskShare } from '../../../../engine/model/risk-share/index.ts';
import { createStream } from '../../../../engine/random/stream.ts';

const sum = (values: ArrayLike<number>) => Array.from(values).reduce((total, value) => total + value, 0);

describe('risk-share rules, worked by hand', () => {
  it('none: every transfer is zero', () => {
    const transfers = new Float64Array(3).fill(9);
    noRiskShare([10, -20, 5], transfers);
    expect(Array.from(transfers)).toEqual([0, 0, 0]);
  });

  it('pro rata: d = [10, -30], w = [0.5, 0.5] → both end at -10, t = [-20, +20]', () => {
    const transfers = new Float64Array(2);
    proRataRiskShare([10, -30], [0.5, 0.5], transfers);
    expect(Array.from(transfers)).toEqual([-20, 20]);
  });

  it('pro rata with unequal weights: d = [12, -4, -2], w = [0.5, 0.3, 0.2] → V = 6, ends at [3, 1.8, 1.2]', () => {
    const transfers = new Float64Array(3);
    proRataRiskShare([12, -4, -2], [0.5, 0.3, 0.2], transfers);
    expect(transfers[0]).toBeCloseTo(-9, 12);
    expect(transfers[1]).toBeCloseTo(5.8, 12);
    expect(transfers[2]).toBeCloseTo(3.2, 12);
  });

  it('surplus covers deficit: d = [20, -5, -10], s = 0.5 → pot 10, t = [-10, +10/3, +20/3]', () => {
    const transfers = new Float64Array(3);
    surplusCoversDeficitRiskShare([20, -5, -10], 0.5, transfers);
    expect(transfers[0]).toBeCloseTo(-10, 12);
    expect(transfers[1]).toBeCloseTo(10 / 3, 12);
    expect(transfers[2]).toBeCloseTo(20 / 3, 12);
  });

  it('surplus covers deficit never collects more than the deficit: d = [40, -6], s = 0.5 → pot 6', () => {
    const transfers = new Float64Array(2);
    surplusCoversDeficitRiskShare([40, -6], 0.5, transfers);
    expect(Array.from(transfers)).toEqual([-6, 6]);
  });

  it('collar and cap: d = [30, -30], collar 10, cap 100 → bands [10, -10], pool 0, t = [-20, +20]', () => {
    const transfers = new Float64Array(2);
    collarAndCapRiskShare([30, -30], [0.5, 0.5], [10, 10], [100, 100], transfers);
    expect(Array.from(transfers)).toEqual([-20, 20]);
  });

  it('collar and cap: inside the collar nothing moves unless others overflow it', () => {
    // d = [4, -3, -25], collar 5, w = [0.5, 0.25, 0.25]: bands [4, -3, -5], pool -20,
    // shares [-10, -5, -5], so t = band + share - d = [-10, -5, +15].
    const transfers = new Float64Array(3);
    collarAndCapRiskShare([4, -3, -25], [0.5, 0.25, 0.25], [5, 5, 5], [100, 100, 100], transfers);
    expect(transfers[0]).toBeCloseTo(-10, 12);
    expect(transfers[1]).toBeCloseTo(-5, 12);
    expect(transfers[2]).toBeCloseTo(15, 12);
  });

  it('collar and cap: a capped payer pays its cap and the rest falls on the other payers', () => {
    // As above but organisation 0 may pay at most 6: its unpaid 4 goes to organisation 1
    // (the only other payer): t = [-6, -9, +15].
    const transfers = new Float64Array(3);
    collarAndCapRiskShare([4, -3, -25], [0.5, 0.25, 0.25], [5, 5, 5], [6, 100, 100], transfers);
    expect(transfers[0]).toBeCloseTo(-6, 12);
    expect(transfers[1]).toBeCloseTo(-9, 12);
    expect(transfers[2]).toBeCloseTo(15, 12);
  });

  it('collar and cap: when every payer is capped the receiver gets only what was paid in', () => {
    // Caps 6 and 2: paid in 8, so the deficit organisation receives 8, not 15.
    const transfers = new Float64Array(3);
    collarAndCapRiskShare([4, -3, -25], [0.5, 0.25, 0.25], [5, 5, 5], [6, 2, 100], transfers);
    expect(transfers[0]).toBeCloseTo(-6, 12);
    expect(transfers[1]).toBeCloseTo(-2, 12);
    expect(transfers[2]).toBeCloseTo(8, 12);
  });

  it('contingency reserve: d = [5, -4, -8], R = 6 → deficits get 2 and 4, nothing left, reserve pays 6', () => {
    const transfers = new Float64Array(3);
    const reserveTransfer = contingencyReserveRiskShare([5, -4, -8], [0.5, 0.25, 0.25], 6, true, transfers);
    expect(Array.from(transfers)).toEqual([0, 2, 4]);
    expect(reserveTransfer).toBe(-6);
  });

  it('contingency reserve: the remainder is returned pro rata, or held', () => {
    const returned = new Float64Array(2);
    expect(contingencyReserveRiskShare([5, -2], [0.6, 0.4], 10, true, returned)).toBe(-10);
    expect(returned[0]).toBeCloseTo(4.8, 12); // 0.6 × the 8 left over
    expect(returned[1]).toBeCloseTo(2 + 3.2, 12);
    const held = new Float64Array(2);
    expect(contingencyReserveRiskShare([5, -2], [0.6, 0.4], 10, false, held)).toBe(-2);
    expect(Array.from(held)).toEqual([0, 2]);
  });

  it('every rule moves money without creating or losing any, on 2,000 random cases', () => {
    const rng = createStream(11, 'risk-share-identity');
    for (let trial = 0; trial < 2000; trial++) {
      const n = 2 + Math.floor(rng() * 7);
      const variances = Float64Array.from({ length: n }, () => (rng() - 0.5) * 100);
      const raw = Float64Array.from({ length: n }, () => rng());
      const weights = raw.map((w) => w / sum(raw));
      const collars = Float64Array.from({ length: n }, () => rng() * 20);
      const caps = Float64Array.from({ length: n }, () => rng() * 30);
      const transfers = new Float64Array(n);
      proRataRiskShare(variances, weights, transfers);
      expect(Math.abs(sum(transfers))).toBeLessThan(1e-9);
      surplusCoversDeficitRiskShare(variances, rng(), transfers);
      expect(Math.abs(sum(transfers))).toBeLessThan(1e-9);
      collarAndCapRiskShare(variances, weights, collars, caps, transfers);
      expect(Math.abs(sum(transfers))).toBeLessThan(1e-9);
      for (let i = 0; i < n; i++) expect(transfers[i]).toBeGreaterThanOrEqual(-caps[i] - 1e-9);
      const reserveTransfer = contingencyReserveRiskShare(variances, weights, rng() * 50, rng() < 0.5, transfers);
      expect(Math.abs(sum(transfers) + reserveTransfer)).toBeLessThan(1e-9);
    }
  });
});
