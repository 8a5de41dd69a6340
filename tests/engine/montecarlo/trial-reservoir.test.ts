import { describe, expect, it } from 'vitest';
import { TrialReservoir, usesReservoir, RESERVOIR_TRIALS } from '../../../engine/montecarlo/trial-reservoir.ts';
import { createKeyedStream, inputStreamKey } from '../../../engine/random/keyed-stream.ts';
import { quantiles } from '../../../engine/stats/quantiles.ts';

describe('the trial reservoir', () => {
  it('cuts 23 trials into 7 strata at ⌈j·23/7⌉ = 0, 4, 7, 10, 14, 17, 20 and keeps one trial inside each', () => {
    const reservoir = new TrialReservoir(3, 23, 7);
    const starts = [0, 4, 7, 10, 14, 17, 20, 23];
    for (let slot = 0; slot < 7; slot++) {
      const kept = reservoir.trialOf(slot);
      expect(kept).toBeGreaterThanOrEqual(starts[slot]);
      expect(kept).toBeLessThan(starts[slot + 1]);
      expect(reservoir.slotOf(kept)).toBe(slot);
      for (let trial = starts[slot]; trial < starts[slot + 1]; trial++) expect(reservoir.slotOf(trial)).toBe(slot);
    }
  });

  it('keeps every trial of a run with the same chance: 40 trials in 10 strata, each kept about a quarter of 4,000 seeds', () => {
    const kept = new Array<number>(40).fill(0);
    for (let seed = 0; seed < 4000; seed++) {
      const reservoir = new TrialReservoir(seed, 40, 10);
      for (let slot = 0; slot < 10; slot++) kept[reservoir.trialOf(slot)]++;
    }
    // Binomial(4000, 1/4): mean 1000, standard deviation 27.4; 4.5 standard deviations.
    for (const count of kept) expect(Math.abs(count - 1000)).toBeLessThan(125);
  });

  it('is a function of the seed, the run length and the size only', () => {
    const a = new TrialReservoir(9, 100_000);
    const b = new TrialReservoir(9, 100_000);
    const c = new TrialReservoir(10, 100_000);
    const slots = [0, 1, 5000, 9999];
    expect(slots.map((slot) => a.trialOf(slot))).toEqual(slots.map((slot) => b.trialOf(slot)));
    expect(slots.map((slot) => a.trialOf(slot))).not.toEqual(slots.map((slot) => c.trialOf(slot)));
  });

  it('reads P5, P50 and P95 of 100,000 trials from 10,000 kept ones within the stated rank error, ±2·√(q(1 − q)/10,000)', () => {
    const trials = 100_000;
    const stream = createKeyedStream(2026);
    stream.start(0, inputStreamKey('reservoir.test'));
    // A skewed figure (a lognormal-like deficit), one per trial.
    const values = Float64Array.from({ length: trials }, () => Math.exp(2 * (stream.next() + stream.next() + stream.next() - 1.5)));
    const reservoir = new TrialReservoir(2026, trials);
    const kept = Float64Array.from({ length: RESERVOIR_TRIALS }, (_, slot) => values[reservoir.trialOf(slot)]);
    const sorted = values.slice().sort();
    const rankOf = (value: number) => {
      let below = 0;
      while (below < trials && sorted[below] <= value) below++;
      return below / trials;
    };
    const probabilities = [0.05, 0.5, 0.95];
    quantiles(kept, probabilities).forEach((quantile, index) => {
      const q = probabilities[index];
      expect(Math.abs(rankOf(quantile) - q)).toBeLessThanOrEqual(2 * Math.sqrt((q * (1 - q)) / RESERVOIR_TRIALS));
    });
  });

  it('is used only above its size, and refuses a run shorter than itself', () => {
    expect(usesReservoir(10_000)).toBe(false);
    expect(usesReservoir(10_001)).toBe(true);
    expect(() => new TrialReservoir(1, 99, 100)).toThrow(RangeError);
    expect(() => new TrialReservoir(1, 100, 0)).toThrow(RangeError);
  });
});
