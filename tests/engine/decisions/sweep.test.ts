import { describe, expect, it } from 'vitest';
import { MAX_SWEEP_POINTS, parseMeasure, rangeValues, sweep } from '../../../engine/index.ts';
import { uncertainScenario } from '../fixtures.ts';
import { bedScenario } from '../model/beds/beds-scenario.ts';

const contingency = { kind: 'extraFunding', organisation: 'icb' } as const;

describe('rangeValues', () => {
  it('gives steps + 1 values from low to exactly high', () => {
    expect(rangeValues(0, 1, 4, 'x')).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(rangeValues(0.1, 0.3, 3, 'x').at(-1)).toBe(0.3);
  });
  it('names the field of a bad range', () => {
    expect(() => rangeValues(1, 1, 4, 'sweep')).toThrow(/^sweep: needs finite bounds/);
    expect(() => rangeValues(0, 1, 0, 'sweep')).toThrow(/^sweep: needs 1 to 400 steps/);
  });
});

describe('sweep', () => {
  it('runs every point on the same trials: £10m more cash moves the system mean outturn by exactly £10m', () => {
    const result = sweep(uncertainScenario(), {
      inputs: [{ lever: contingency, values: [0, 10, 20] }],
      measures: [parseMeasure('sys outturn.mean', 'm'), parseMeasure('sys meetsAfterRiskShare', 'm')],
      trials: 300,
      seed: 5,
    });
    expect(result.points.map((point) => point.at)).toEqual([[0], [10], [20]]);
    const means = result.points.map((point) => point.measures[0].value);
    expect(means[1] - means[0]).toBeCloseTo(10, 9);
    expect(means[2] - means[1]).toBeCloseTo(10, 9);
    // Same trials, more money: the chance of balance never falls.
    const chances = result.points.map((point) => point.measures[1].value);
    expect(chances[1]).toBeGreaterThanOrEqual(chances[0]);
    expect(chances[2]).toBeGreaterThanOrEqual(chances[1]);
    for (const point of result.points) expect(point.measures[0].band[0]).toBeLessThan(point.measures[0].band[1]);
  });

  it('runs a grid of two inputs in row order', () => {
    const result = sweep(uncertainScenario(), {
      inputs: [
        { lever: contingency, values: [0, 5] },
        { lever: { kind: 'path', path: 'systems[0].organisations[1].cip.plan' }, values: [0.02, 0.04, 0.06] },
      ],
      measures: [parseMeasure('a outturn.mean', 'm')],
      trials: 100,
      seed: 5,
    });
    expect(result.points.map((point) => point.at)).toEqual([
      [0, 0.02],
      [0, 0.04],
      [0, 0.06],
      [5, 0.02],
      [5, 0.04],
      [5, 0.06],
    ]);
    // Money to the ICB does not touch trust a; a bigger CIP plan raises its outturn.
    expect(result.points[3].measures[0].value).toBeCloseTo(result.points[0].measures[0].value, 9);
    expect(result.points[1].measures[0].value).toBeGreaterThan(result.points[0].measures[0].value);
  });

  it('refuses a sweep of more than the most points, naming the field', () => {
    const values = Array.from({ length: 21 }, (_, index) => index);
    expect(() =>
      sweep(uncertainScenario(), {
        inputs: [
          { lever: contingency, values },
          { lever: contingency, values },
        ],
        measures: [parseMeasure('sys outturn.mean', 'm')],
        trials: 10,
        seed: 1,
      }),
    ).toThrow(new RegExp(`^inputs: a sweep takes at most ${MAX_SWEEP_POINTS} points; this one has 441`));
    expect(() => sweep(uncertainScenario(), { inputs: [{ lever: { kind: 'path', path: 'nowhere' }, values: [1] }], measures: [parseMeasure('sys outturn.mean', 'm')], trials: 10, seed: 1 })).toThrow(
      /^inputs\[0\]\.path: "nowhere" is not in the scenario/,
    );
  });

  it('refuses a value that is not whole for an input that takes whole numbers (core beds), naming the value, before any run', () => {
    const coreBeds = { kind: 'path', path: 'systems[0].organisations[1].beds.coreBeds' } as const;
    expect(() =>
      sweep(bedScenario(), { inputs: [{ lever: coreBeds, values: rangeValues(90, 140, 3, 'range') }], measures: [parseMeasure('trust beds.daysAbove92.mean', 'm')], trials: 10, seed: 1 }),
    ).toThrow('inputs[0].values[1]: this input takes whole numbers (it is a count, such as beds); got 106.66666666666667');
  });
});
