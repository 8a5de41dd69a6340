import { describe, expect, it } from 'vitest';
import { occupancyPenalty, occupancyPenaltyCurve } from '../../../../engine/model/beds/occupancy-penalty.ts';
import { DEFAULT_OCCUPANCY_PENALTY } from '../../../../engine/scenario/schema/beds.ts';

describe('the occupancy penalty on A&E 4-hour performance', () => {
  const nhsi = occupancyPenaltyCurve(DEFAULT_OCCUPANCY_PENALTY);

  it('follows the default points (read from NHS Improvement 2017): nothing to 85%, 3 points at 90%, 8 at 100%, flat beyond', () => {
    expect(occupancyPenalty(nhsi, 0)).toBe(0);
    expect(occupancyPenalty(nhsi, 0.85)).toBe(0);
    expect(occupancyPenalty(nhsi, 0.9)).toBeCloseTo(0.03, 15);
    expect(occupancyPenalty(nhsi, 1)).toBeCloseTo(0.08, 15);
    expect(occupancyPenalty(nhsi, 1.3)).toBeCloseTo(0.08, 15);
    expect(occupancyPenalty(nhsi, Number.POSITIVE_INFINITY)).toBeCloseTo(0.08, 15);
  });

  it('joins the points with straight lines: 88% → 1.8 points, 92% → 4 points, 95% → 5.5 points', () => {
    // 0.03 × (0.88 − 0.85) / 0.05 = 0.018; 0.03 + 0.05 × (0.92 − 0.9) / 0.1 = 0.04; 0.03 + 0.05 × 0.5 = 0.055
    expect(occupancyPenalty(nhsi, 0.88)).toBeCloseTo(0.018, 12);
    expect(occupancyPenalty(nhsi, 0.92)).toBeCloseTo(0.04, 12);
    expect(occupancyPenalty(nhsi, 0.95)).toBeCloseTo(0.055, 12);
  });

  it('a one-point curve is flat; a curve may start above zero', () => {
    const flat = occupancyPenaltyCurve([{ occupancy: 0.5, fall: 0.1 }]);
    expect(occupancyPenalty(flat, 0.2)).toBe(0.1);
    expect(occupancyPenalty(flat, 1.1)).toBe(0.1);
  });

  it('refuses an empty curve or one whose occupancy does not rise', () => {
    expect(() => occupancyPenaltyCurve([])).toThrow('needs at least one point');
    expect(() =>
      occupancyPenaltyCurve([
        { occupancy: 0.9, fall: 0 },
        { occupancy: 0.9, fall: 0.1 },
      ]),
    ).toThrow('occupancy must rise, point 1 is 0.9 after 0.9');
  });
});
