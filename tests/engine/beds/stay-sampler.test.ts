import { describe, expect, it } from 'vitest';
import { createStaySampler, drawSizeBiasedStay, drawStay, prepareStaySampler } from '../../../engine/beds/stay-sampler.ts';
import type { LengthOfStay } from '../../../engine/beds/types.ts';
import { createStream } from '../../../engine/random/stream.ts';

const DRAWS = 10_000;

function sampleMoments(draw: () => number): { mean: number; standardError: number; values: number[] } {
  const values: number[] = [];
  for (let i = 0; i < DRAWS; i++) values.push(draw());
  const mean = values.reduce((a, b) => a + b, 0) / DRAWS;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (DRAWS - 1);
  return { mean, standardError: Math.sqrt(variance / DRAWS), values };
}

const STAYS: Array<[string, LengthOfStay, number]> = [
  // [label, stay, median]
  ['exponential, mean 6', { family: 'exponential', meanDays: 6, sdDays: 0 }, 6 * Math.LN2],
  ['lognormal, mean 9.1, sd 12', { family: 'lognormal', meanDays: 9.1, sdDays: 12 }, 9.1 / Math.sqrt(1 + (12 / 9.1) ** 2)],
  // Gamma medians: scipy 1.17.1, scipy.stats.gamma.median(a = 1/CV², scale = sd²/mean).
  ['gamma, mean 5, sd 3 (shape 2.78)', { family: 'gamma', meanDays: 5, sdDays: 3 }, 4.414497553989571],
  ['gamma, mean 4, sd 8 (shape 0.25)', { family: 'gamma', meanDays: 4, sdDays: 8 }, 0.6987808376459744],
];

describe('drawStay', () => {
  it.each(STAYS)('%s: mean within 4 standard errors, and half the draws below the median (within 4 × 0.005)', (_, stay, median) => {
    const sampler = createStaySampler();
    prepareStaySampler(sampler, stay);
    const rng = createStream(77, 'stay', stay.family, stay.meanDays);
    const { mean, standardError, values } = sampleMoments(() => drawStay(sampler, rng));
    expect(Math.abs(mean - stay.meanDays)).toBeLessThan(4 * standardError);
    const below = values.filter((value) => value < median).length / DRAWS;
    expect(Math.abs(below - 0.5)).toBeLessThan(4 * 0.005);
  });
});

describe('drawSizeBiasedStay', () => {
  it.each(STAYS)('%s: length-biased mean E[S²]/E[S] within 4 standard errors', (_, stay) => {
    const sampler = createStaySampler();
    prepareStaySampler(sampler, stay);
    const rng = createStream(78, 'size-biased', stay.family, stay.meanDays);
    const sd = stay.family === 'exponential' ? stay.meanDays : stay.sdDays;
    const expected = (sd * sd + stay.meanDays * stay.meanDays) / stay.meanDays;
    const { mean, standardError } = sampleMoments(() => drawSizeBiasedStay(sampler, rng));
    expect(Math.abs(mean - expected)).toBeLessThan(4 * standardError);
  });
});
