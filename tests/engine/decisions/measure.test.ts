import { describe, expect, it } from 'vitest';
import { DecisionError, measureValue, parseMeasure } from '../../../engine/decisions/index.ts';
import type { TrialBlock } from '../../../engine/montecarlo/trial-block.ts';

/** A block of one-column rows holding `values`. */
const block = (values: number[]): TrialBlock => ({
  firstTrial: 0,
  trialCount: values.length,
  columnCount: 1,
  values: Float64Array.from(values),
  inputCount: 0,
  inputs: new Float64Array(0),
  fan: new Uint32Array(0),
});

describe('parseMeasure', () => {
  it('reads an entity, a quantity and a year', () => {
    expect(parseMeasure('riverside meetsAfterRiskShare', 'target')).toEqual({ entity: 'riverside', year: 0, quantity: { kind: 'probability', basis: 'afterRiskShare' } });
    expect(parseMeasure(' trust-a postShareVariance.p10 2 ', 'target')).toEqual({ entity: 'trust-a', year: 2, quantity: { kind: 'money', metric: 'postShareVariance', statistic: 'p10' } });
    expect(parseMeasure('trust-a beds.daysAbove92.mean', 'm')).toEqual({ entity: 'trust-a', year: 0, quantity: { kind: 'beds', metric: 'daysAbove92', statistic: 'mean' } });
  });

  it('names the field and what is wrong', () => {
    expect(() => parseMeasure('riverside', 'target')).toThrow(new DecisionError('target', 'write it as "ENTITY QUANTITY [YEAR]", e.g. "riverside meetsAfterRiskShare 0", got "riverside"'));
    expect(() => parseMeasure('riverside nonsense.mean', 'target')).toThrow(/^target: no money metric "nonsense"/);
    expect(() => parseMeasure('riverside outturn.p0', 'target')).toThrow(/^target: the statistic must be mean or a percentile p1 to p99, got "p0"/);
    expect(() => parseMeasure('riverside meetsAfterRiskShare.mean', 'target')).toThrow(/^target: no money metric "meetsAfterRiskShare"/);
    expect(() => parseMeasure('riverside outturn.mean last', 'target')).toThrow(/^target: the year counts from 0/);
  });
});

describe('measureValue', () => {
  it('a probability p of n trials has standard error √(p(1 − p)/n)', () => {
    const measured = measureValue(block([1, 0, 1, 1]), 0, { kind: 'probability', basis: 'afterRiskShare' });
    expect(measured.value).toBe(0.75);
    expect(measured.standardError).toBeCloseTo(Math.sqrt((0.75 * 0.25) / 4), 15);
  });

  it('a mean has standard error sd/√n (sample sd)', () => {
    // 1, 2, 3, 4: mean 2.5, sample sd √(5/3) = 1.2909944.
    const measured = measureValue(block([4, 1, 3, 2]), 0, { kind: 'money', metric: 'outturn', statistic: 'mean' });
    expect(measured.value).toBe(2.5);
    expect(measured.standardError).toBeCloseTo(Math.sqrt(5 / 3) / 2, 12);
    // Type 7 over 1, 2, 3, 4: P5 = 1 + 0.15·1, P95 = 3 + 0.85·1.
    expect(measured.band[0]).toBeCloseTo(1.15, 12);
    expect(measured.band[1]).toBeCloseTo(3.85, 12);
  });

  it('a percentile of a uniform sample has the asymptotic standard error √(q(1 − q)/n)/f, f the density', () => {
    // 0, 1, ..., 999: a uniform sample of density 1/999 per unit; P50 = 499.5, SE = √(0.25/1000)·999.
    const values = Array.from({ length: 1000 }, (_, index) => index);
    const measured = measureValue(block(values), 0, { kind: 'money', metric: 'outturn', statistic: 'p50' });
    expect(measured.value).toBe(499.5);
    expect(measured.standardError).toBeCloseTo(Math.sqrt(0.25 / 1000) * 999, 6);
  });
});
