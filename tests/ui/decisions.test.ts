import { describe, expect, it } from 'vitest';
import { checkLeverFits } from '../../engine/index.ts';
import { leverChoices, rangeOf } from '../../ui/src/decisions/choices.ts';
import { targetValue } from '../../ui/src/decisions/form-settings.ts';
import { solveSentence } from '../../ui/src/decisions/sentence.ts';
import { presetDocument } from '../api/helper.ts';

const labels = {
  inputs: [{ label: 'extra funding to Riverside ICB', unit: '£m a year' }],
  measures: [
    {
      label: 'Riverside ICS: chance of meeting the control total after risk share, 2025/26',
      entity: 'Riverside ICS',
      quantity: 'chance of meeting the control total after risk share',
      year: '2025/26',
      unit: 'probability',
      format: 'percent' as const,
    },
  ],
};
const result = {
  kind: 'solve' as const,
  lever: 35.5,
  reached: { value: 0.9034, standardError: 0.009, band: [0.89, 0.92] },
  leverStandardError: 0.81,
  slope: 0.011,
  increasing: true,
  points: [],
  runs: 12,
};

describe('a solve in a sentence', () => {
  it('says the value, the result reached, its Monte Carlo error and how it was made', () => {
    expect(solveSentence({ trials: 1000, seed: 1, labels }, result)).toBe(
      '£35.5m a year of extra funding to Riverside ICB gives Riverside ICS a 90.3% chance of meeting the control total after risk share in 2025/26, ±£0.8m (12 runs of 1,000 trials, seed 1).',
    );
  });

  it('says a money result is brought to its value, and when no error can be given', () => {
    const money = { ...labels.measures[0], quantity: 'Variance after risk share, P10', unit: '£m', format: 'money' as const };
    const field = { label: 'Riverside Hospital: cip.plan', unit: '' };
    expect(
      solveSentence(
        { trials: 500, seed: 7, labels: { inputs: [field], measures: [money] } },
        { ...result, lever: 12.25, reached: { ...result.reached, value: -3.2 }, leverStandardError: null, runs: 1 },
      ),
    ).toBe(
      "Riverside Hospital: cip.plan at 12.3 brings Riverside ICS's variance after risk share, P10 in 2025/26 to −\u2060£3.2m, the result does not move near the answer, so no Monte Carlo error can be given (1 run of 500 trials, seed 7).",
    );
  });
});

describe('decision choices', () => {
  it('offer extra funding for every organisation first, then the plain numbers of the scenario with bounds at half and one and a half times their value', () => {
    const teaching = presetDocument('teaching');
    const choices = leverChoices(teaching);
    const organisations = teaching.systems.flatMap((system) => system.organisations);
    expect(choices.slice(0, organisations.length).map((choice) => choice.lever)).toEqual(organisations.map((organisation) => ({ kind: 'extraFunding', organisation: organisation.id })));
    const field = choices.find((choice) => choice.lever.kind === 'path' && choice.current > 0);
    expect(field).toBeDefined();
    expect(field?.low).toBeCloseTo(Number(((field?.current ?? 0) * 0.5).toPrecision(3)), 9);
    expect(choices.some((choice) => choice.lever.kind === 'path' && /(schemaVersion|firstYear|seed|trials)$/.test(choice.lever.path))).toBe(false);
  });

  it('mark counts such as core beds as whole numbers, with the whole bounds just outside half and one and a half times their value', () => {
    const bedCuts = presetDocument('bed-cuts');
    const choices = leverChoices(bedCuts);
    const beds = choices.filter((choice) => choice.lever.kind === 'path' && choice.lever.path.endsWith('beds.coreBeds'));
    expect(beds.length).toBeGreaterThan(0);
    for (const choice of beds) {
      expect(choice.wholeNumbers).toBe(true);
      expect(Number.isInteger(choice.low) && Number.isInteger(choice.high)).toBe(true);
      expect(choice.low).toBeLessThanOrEqual(choice.current * 0.5);
      expect(choice.high).toBeGreaterThanOrEqual(choice.current * 1.5);
      expect(choice.high - choice.low).toBeLessThan(choice.current + 2);
    }
    expect(choices.find((choice) => choice.lever.kind === 'path' && choice.lever.path.endsWith('controlTotal'))?.wholeNumbers).toBe(false);
    expect(choices.filter((choice) => choice.lever.kind === 'extraFunding').every((choice) => !choice.wholeNumbers)).toBe(true);
  });

  it.each(['teaching', 'system-control-total', 'bed-cuts', 'care-boundary'])('offer only levers the engine can move in the %s preset: every path leads to a plain number', (preset) => {
    const document = presetDocument(preset);
    const choices = leverChoices(document);
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect(() => checkLeverFits(document, choice.lever)).not.toThrow();
  });

  it('write a range out as the server does, and read a percentage target as a probability', () => {
    expect(rangeOf(0, 1, 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(targetValue({ format: 'percent' }, 90)).toBe(0.9);
    expect(targetValue({ format: 'money' }, -2)).toBe(-2);
  });
});
