import { describe, expect, it } from 'vitest';
import { countLostArrivals, walkMaximumSurvival } from '../../../engine/beds/lost-arrivals.ts';

/**
 * Brute force: every order of `ups` arrivals and `downs` departures (equally likely),
 * played through a ward that starts with `occupied` patients and admits an arrival only
 * when fewer than `threshold` beds are occupied. Returns P(lost ≥ l) for l = 0…ups.
 */
function bruteForceLost(occupied: number, threshold: number, ups: number, downs: number): number[] {
  const counts = new Array<number>(ups + 1).fill(0);
  let orders = 0;
  const visit = (upsLeft: number, downsLeft: number, beds: number, lost: number): void => {
    if (upsLeft === 0 && downsLeft === 0) {
      counts[lost]++;
      orders++;
      return;
    }
    if (upsLeft > 0) visit(upsLeft - 1, downsLeft, beds < threshold ? beds + 1 : beds, beds < threshold ? lost : lost + 1);
    if (downsLeft > 0) visit(upsLeft, downsLeft - 1, beds - 1, lost);
  };
  visit(ups, downs, occupied, 0);
  const atLeast = new Array<number>(ups + 1).fill(0);
  for (let l = ups; l >= 0; l--) atLeast[l] = counts[l] / orders + (l < ups ? atLeast[l + 1] : 0);
  return atLeast;
}

/** The u below which countLostArrivals loses at least l (its inverse survival function), by bisection. */
function switchPoint(occupied: number, threshold: number, ups: number, downs: number, l: number): number {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const middle = (low + high) / 2;
    if (countLostArrivals(occupied, threshold, ups, downs, middle) >= l) low = middle;
    else high = middle;
  }
  return low;
}

describe('walkMaximumSurvival', () => {
  it('is the ballot formula: P(max ≥ h) for 2 ups and 1 down is 1, 1, 1/3 for h = 0, 1, 2', () => {
    // Orders: UUD (max 2), UDU (1), DUU (1).
    expect(walkMaximumSurvival(0, 2, 1)).toBe(1);
    expect(walkMaximumSurvival(1, 2, 1)).toBe(1);
    expect(walkMaximumSurvival(2, 2, 1)).toBeCloseTo(1 / 3, 15);
    expect(walkMaximumSurvival(3, 2, 1)).toBe(0);
  });
});

describe('countLostArrivals', () => {
  it('counts by hand: with no departures the overflow is lost, whatever the uniform', () => {
    expect(countLostArrivals(9, 10, 2, 0, 0.5)).toBe(1);
    expect(countLostArrivals(10, 10, 3, 0, 0.01)).toBe(3);
    expect(countLostArrivals(4, 10, 3, 0, 0.99)).toBe(0);
    expect(countLostArrivals(9, 10, 0, 4, 0.5)).toBe(0);
  });

  it('counts by hand: one bed free, two arrivals, one departure: the second arrival is lost only if both come first (1/3)', () => {
    // Orders UUD, UDU, DUU; only UUD loses one.
    expect(countLostArrivals(9, 10, 2, 1, 0.3)).toBe(1);
    expect(countLostArrivals(9, 10, 2, 1, 0.34)).toBe(0);
  });

  it('has exactly the law of the loss count over all orders of arrivals and departures (start at or below the beds)', () => {
    const threshold = 5;
    for (let ups = 1; ups <= 7; ups++) {
      for (let downs = 0; downs <= 6; downs++) {
        for (let occupied = Math.max(downs, threshold - 4); occupied <= threshold; occupied++) {
          const exact = bruteForceLost(occupied, threshold, ups, downs);
          for (let l = 1; l <= ups; l++) {
            expect(switchPoint(occupied, threshold, ups, downs, l), `occupied ${occupied}, ups ${ups}, downs ${downs}, lost ≥ ${l}`).toBeCloseTo(exact[l], 12);
          }
        }
      }
    }
  });

  it('is optimistic, never pessimistic, when the day starts over the beds (departures taken first)', () => {
    const threshold = 5;
    for (let ups = 1; ups <= 6; ups++) {
      for (let downs = 0; downs <= 6; downs++) {
        for (let occupied = threshold + 1; occupied <= threshold + 3; occupied++) {
          if (occupied < downs) continue;
          const exact = bruteForceLost(occupied, threshold, ups, downs);
          for (let l = 1; l <= ups; l++) {
            expect(switchPoint(occupied, threshold, ups, downs, l)).toBeLessThanOrEqual(exact[l] + 1e-12);
          }
        }
      }
    }
  });

  it('never loses fewer when a bed is closed or a departure is missing (same uniform)', () => {
    for (let ups = 0; ups <= 12; ups++) {
      for (let downs = 0; downs <= 12; downs++) {
        for (let occupied = downs; occupied <= 14; occupied++) {
          for (const u of [0.001, 0.1, 0.37, 0.5, 0.82, 0.999]) {
            const lost = countLostArrivals(occupied, 10, ups, downs, u);
            expect(countLostArrivals(occupied, 9, ups, downs, u)).toBeGreaterThanOrEqual(lost);
            if (downs > 0) expect(countLostArrivals(occupied, 10, ups, downs - 1, u)).toBeGreaterThanOrEqual(lost);
          }
        }
      }
    }
  });
});
