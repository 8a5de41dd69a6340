import { describe, expect, it } from 'vitest';
import { WAIT_BINS, waitBin, waitQuantileHours } from '../../../engine/beds/wait-histogram.ts';

describe('the histogram of decision-to-admit times', () => {
  it('puts no wait in bin 0, quarter hours to a day, hours to a week, days to 60 days, and the rest in the last bin', () => {
    expect(waitBin(0)).toBe(0);
    expect(waitBin(1 / 24 / 60)).toBe(1); // one minute: (0, 0.25 h]
    expect(waitBin(0.25 / 24)).toBe(1);
    expect(waitBin(4 / 24)).toBe(16); // (3.75, 4] h
    expect(waitBin(12.1 / 24)).toBe(49); // (12, 12.25] h
    expect(waitBin(1)).toBe(96); // (23.75, 24] h
    expect(waitBin(25 / 24)).toBe(97); // (24, 25] h
    expect(waitBin(7)).toBe(240); // (167, 168] h
    expect(waitBin(7.5)).toBe(241); // (7, 8] days
    expect(waitBin(60)).toBe(WAIT_BINS - 2);
    expect(waitBin(61)).toBe(WAIT_BINS - 1);
  });

  it('reads a percentile by straight lines inside its bin, 0 when enough patients did not wait', () => {
    const histogram = new Int32Array(WAIT_BINS);
    histogram[0] = 80; // 80 of 100 admitted at once
    histogram[waitBin(2 / 24)] = 20; // 20 waited between 1.75 and 2 hours
    expect(waitQuantileHours(histogram, 0, 0.5)).toBe(0);
    expect(waitQuantileHours(histogram, 0, 0.8)).toBe(0);
    // P90: the 90th patient is the 10th of 20 in (1.75, 2]: 1.75 + 10/20 × 0.25 = 1.875 hours.
    expect(waitQuantileHours(histogram, 0, 0.9)).toBeCloseTo(1.875, 12);
    expect(waitQuantileHours(new Int32Array(WAIT_BINS), 0, 0.9)).toBe(0);
  });
});
