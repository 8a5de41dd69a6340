import { describe, expect, test } from 'vitest';
import {
  formatCount,
  formatDuration,
  formatMoney,
  formatMoneyTick,
  formatPoints,
  formatProbability,
  formatRate,
  formatSignedMoney,
  inTrials,
  percentInWords,
  slugify,
} from '../../ui/src/lib/format.ts';
import { listInWords, sentence, shortName, startLower, wrapLabel } from '../../ui/src/lib/text.ts';

const MINUS = '\u2212\u2060';

describe('formatting at the edge', () => {
  test('formatPoints gives a share in percentage points to a tenth, trimming ".0" only when asked', () => {
    expect(formatPoints(0.027)).toBe('2.7');
    expect(formatPoints(0.03)).toBe('3.0');
    expect(formatPoints(0.0204)).toBe('2.0');
    expect(formatPoints(0.03, true)).toBe('3');
    expect(formatPoints(0.025, true)).toBe('2.5');
  });

  test('formatMoney gives £m with one decimal below £100m and none above, with a true minus', () => {
    expect(formatMoney(12.345)).toBe('£12.3m');
    expect(formatMoney(-4.56)).toBe(`${MINUS}£4.6m`);
    expect(formatMoney(1234.4)).toBe('£1,234m');
    expect(formatMoney(-0.01)).toBe('£0.0m');
    expect(formatMoney(Number.NaN)).toBe('–');
  });

  test('formatSignedMoney marks a surplus with +', () => {
    expect(formatSignedMoney(2)).toBe('+£2.0m');
    expect(formatSignedMoney(-2)).toBe(`${MINUS}£2.0m`);
    expect(formatSignedMoney(0.01)).toBe('£0.0m');
  });

  test('formatMoneyTick drops decimals from ten million up', () => {
    expect(formatMoneyTick(-60)).toBe(`${MINUS}£60m`);
    expect(formatMoneyTick(2.5)).toBe('£2.5m');
    expect(formatMoneyTick(0)).toBe('£0m');
  });

  test('inside a sentence a rare event is "fewer than 1%" and a near-certainty "more than 99%"', () => {
    expect(percentInWords(0.001)).toBe('fewer than 1%');
    expect(percentInWords(0.999)).toBe('more than 99%');
    expect(percentInWords(0.314)).toBe('31%');
    expect(inTrials(0.001)).toBe('in fewer than 1% of trials');
    expect(inTrials(0.999)).toBe('in more than 99% of trials');
    expect(inTrials(0.5)).toBe('in 50% of trials');
    expect(inTrials(0)).toBe('in no trial');
    expect(inTrials(1)).toBe('in every trial');
  });

  test('formatProbability never rounds a rare event to 0% or a near-certainty to 100%', () => {
    expect(formatProbability(0.314)).toBe('31%');
    expect(formatProbability(0.001)).toBe('under 1%');
    expect(formatProbability(0.999)).toBe('over 99%');
    expect(formatProbability(0)).toBe('0%');
    expect(formatProbability(1)).toBe('100%');
  });

  test('formatRate reads a fraction as a percentage', () => {
    expect(formatRate(0.035)).toBe('3.5%');
    expect(formatRate(0.0455)).toBe('4.55%');
    expect(formatRate(-0.02)).toBe(`${MINUS}2%`);
  });

  test('counts, durations and identifiers', () => {
    expect(formatCount(12345.6)).toBe('12,346');
    expect(formatDuration(4200)).toBe('4 s');
    expect(formatDuration(80_000)).toBe('1 min 20 s');
    expect(formatDuration(7_500_000)).toBe('2 h 5 min');
    expect(slugify('Hillside Hospital NHS Trust')).toBe('hillside-hospital-nhs-trust');
    expect(slugify('2gether Trust', 'org')).toBe('org-2gether-trust');
  });

  test('text helpers', () => {
    expect(sentence('must be <= 1')).toBe('Must be <= 1');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(startLower('Pay')).toBe('pay');
    expect(startLower('PFI unitary payment')).toBe('PFI unitary payment');
    expect(startLower('A&E 4-hour performance')).toBe('A&E 4-hour performance');
    expect(startLower('ICB allocation')).toBe('ICB allocation');
    expect(startLower('A share of the plan')).toBe('a share of the plan');
    expect(startLower('Day-case rate')).toBe('day-case rate');
    expect(startLower('')).toBe('');
    expect(shortName('Hillside Hospital NHS Trust')).toBe('Hillside Hospital');
    expect(shortName('Riverside University Hospitals NHS FT')).toBe('Riverside University Hospitals');
    expect(shortName('Riverside ICB')).toBe('Riverside ICB');
    expect(wrapLabel('short')).toBe('short');
    expect(wrapLabel('Riverside Council adult social care', 20)).toEqual(['Riverside Council', 'adult social care']);
  });
});
