// Text typed into a builder number box that is not a number: a problem like
// any other, kept (not replaced by the old value) until it is corrected.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { Scenario } from '../../engine/index.ts';
import { readDraft, writeDraft } from '../../ui/src/builder/draft.ts';
import { countBySection } from '../../ui/src/builder/issues.ts';
import { numberProblem } from '../../ui/src/builder/number-input.ts';
import { setAt } from '../../ui/src/builder/paths.ts';
import {
  afterJoiningYears,
  afterMovingValue,
  afterRemovingItem,
  afterSplittingByYear,
  combineIssues,
  keepStanding,
  movePaths,
  problemStatus,
  unreadableRefusal,
  type UnreadableInputs,
} from '../../ui/src/builder/unreadable-input.ts';

const teaching = parse(readFileSync('scenarios/teaching.yaml', 'utf8')) as Scenario;

/** A Storage kept in memory, as the browser's localStorage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const years: UnreadableInputs = { 'horizon.years': { text: 'abc', message: 'Enter a whole number, not “abc”', previous: 1 } };
const two: UnreadableInputs = {
  ...years,
  'systems[0].organisations[1].cip.plan': { text: 'lots', message: 'Enter a number, such as 12.5, -4 or 3.5%, not “lots”', previous: teaching.systems[0].organisations[1].cip!.plan },
};

describe('text that is not a number', () => {
  test('numberProblem says what to enter and repeats what was typed', () => {
    expect(numberProblem('abc', true)).toBe('Enter a whole number, not “abc”');
    expect(numberProblem('2.5', true)).toBe('Enter a whole number, not “2.5”');
    expect(numberProblem('lots')).toBe('Enter a number, such as 12.5, -4 or 3.5%, not “lots”');
    expect(numberProblem('3.5%')).toBe('');
    expect(numberProblem('')).toBe('');
    expect(numberProblem('12', true)).toBe('');
    expect(numberProblem('x'.repeat(40))).toContain(`not “${'x'.repeat(23)}…”`);
  });

  test('each box holding such text is one problem, counted in the header, the list and the outline', () => {
    const server = [{ path: 'systems[0].riskShare.surplusShare', message: 'must be <= 1' }];
    const problems = combineIssues(two, server);
    expect(problems).toEqual([
      { path: 'horizon.years', message: 'Enter a whole number, not “abc”' },
      { path: 'systems[0].organisations[1].cip.plan', message: 'Enter a number, such as 12.5, -4 or 3.5%, not “lots”' },
      { path: 'systems[0].riskShare.surplusShare', message: 'must be <= 1' },
    ]);
    expect(problemStatus('valid', problems.length)).toBe('3 problems to fix');
    expect(countBySection(problems).get('general')).toBe(1);
    expect(countBySection(problems).get('organisation-0-1')).toBe(1);
  });

  test('the header never says "No problems found" while a box holds text that is not a number', () => {
    expect(problemStatus('valid', combineIssues(years, []).length)).toBe('1 problem to fix');
    expect(problemStatus('valid', 0)).toBe('No problems found');
    expect(problemStatus('checking', 1)).toBe('Checking…');
    expect(problemStatus('unavailable', 1)).toBe('1 problem to fix; cannot check the rest: server unavailable');
    expect(problemStatus('unavailable', 0)).toBe('Cannot check: server unavailable');
    expect(problemStatus('idle', 0)).toBe('');
  });

  test('the header says when the server cannot be reached, or is slow to answer, rather than checking for ever', () => {
    expect(problemStatus('slow', 0)).toBe('Still checking: the server is slow to answer…');
    expect(problemStatus('unreachable', 0)).toBe('Cannot check: the server cannot be reached');
    expect(problemStatus('unreachable', 2)).toBe('2 problems to fix; cannot check the rest: the server cannot be reached');
  });

  test("the server's issue about the old value behind the text is not shown as well", () => {
    expect(combineIssues(years, [{ path: 'horizon.years', message: 'must be >= 1' }])).toEqual([{ path: 'horizon.years', message: 'Enter a whole number, not “abc”' }]);
  });

  test('saving is refused with a message naming the box and what it holds, or counting the boxes', () => {
    expect(unreadableRefusal({}, teaching)).toBeUndefined();
    expect(unreadableRefusal(years, teaching)).toBe('Cannot save: Number of years (“abc”) is not a number. Enter a number.');
    expect(unreadableRefusal(two, teaching)).toBe('Cannot save: 2 boxes are empty or hold text that is not a number (listed below). Enter a number in each.');
  });

  test('the text stays while its field stands, and goes when the value it stood in for changes or vanishes', () => {
    const document = structuredClone(teaching);
    expect(keepStanding(two, document)).toBe(two);
    setAt(document, 'horizon.years', 2);
    expect(Object.keys(keepStanding(two, document))).toEqual(['systems[0].organisations[1].cip.plan']);
    setAt(document, 'systems[0].organisations[1]', undefined);
    expect(keepStanding(two, document)).toEqual({});
  });

  test('removing a list item drops the text typed in it and moves the text of later items up one', () => {
    const inputs: UnreadableInputs = {
      'interventions[0].amount': { text: 'a', message: 'm' },
      'interventions[1].amount': { text: 'b', message: 'm' },
      'interventions[2].amount': { text: 'c', message: 'm' },
      'horizon.years': { text: 'd', message: 'm' },
    };
    expect(Object.entries(afterRemovingItem(inputs, 'interventions[1]')).map(([path, input]) => `${path}=${input.text}`)).toEqual([
      'interventions[0].amount=a',
      'interventions[1].amount=c',
      'horizon.years=d',
    ]);
  });

  test('renaming moves the text to the new path', () => {
    const inputs: UnreadableInputs = { 'drivers.payAward.min': { text: 'x', message: 'm' } };
    expect(Object.keys(movePaths(inputs, (keys) => (keys[1] === 'payAward' ? ['drivers', 'pay', ...keys.slice(2)] : keys)))).toEqual(['drivers.pay.min']);
  });

  test('an incentive fund row given another organisation takes its text with it, still blocking saving', () => {
    // What the builder does: move the text, then set the amounts with the row's new key (which drops text whose value went).
    const amounts = 'systems[0].incentiveFunds[0].amounts';
    const inputs: UnreadableInputs = { ...years, [`${amounts}.hillside`]: { text: '6x', message: 'Enter a number, such as 12.5, -4 or 3.5%, not “6x”', previous: 6 } };
    const document = structuredClone(teaching);
    const moved = afterMovingValue(inputs, `${amounts}.hillside`, `${amounts}.riverside-hospitals`);
    setAt(document, amounts, { 'riverside-hospitals': 6 });
    const standing = keepStanding(moved, document);
    expect(Object.entries(standing).map(([path, input]) => `${path}=${input.text}`)).toEqual(['horizon.years=abc', `${amounts}.riverside-hospitals=6x`]);
    expect(unreadableRefusal({ [`${amounts}.riverside-hospitals`]: standing[`${amounts}.riverside-hospitals`] }, document)).toBe(
      'Cannot save: Riverside ICS › Financial recovery fund › Amount available to each organisation › riverside-hospitals (“6x”) is not a number. Enter a number.',
    );
    // Without the move the text would go, as the value it stood in for is no longer at its path.
    expect(Object.keys(keepStanding(inputs, document))).toEqual(['horizon.years']);
    expect(afterMovingValue(years, `${amounts}.hillside`, `${amounts}.riverside-hospitals`)).toBe(years);
  });

  test("a value switched to one per year copies its text to every year, and back to one value keeps the first year's", () => {
    const controlTotal = 'systems[0].organisations[2].controlTotal';
    const message = 'Enter a number, such as 12.5, -4 or 3.5%, not “-15x”';
    const inputs: UnreadableInputs = { [controlTotal]: { text: '-15x', message, previous: -15 }, ...years };
    const document = structuredClone(teaching);
    const split = afterSplittingByYear(inputs, controlTotal, [-15, -15]);
    setAt(document, controlTotal, [-15, -15]);
    expect(keepStanding(split, document)).toEqual({
      [`${controlTotal}[0]`]: { text: '-15x', message, previous: -15 },
      [`${controlTotal}[1]`]: { text: '-15x', message, previous: -15 },
      ...years,
    });
    expect(keepStanding(inputs, document)).toEqual(years);

    // Inside a distribution, the text goes to the same place in each year's copy.
    const lowest: UnreadableInputs = { [`${controlTotal}.min`]: { text: 'low', message: 'm', previous: -20 } };
    const spread = { dist: 'triangular', min: -20, mode: -15, max: -10 };
    expect(Object.keys(afterSplittingByYear(lowest, controlTotal, [spread, spread]))).toEqual([`${controlTotal}[0].min`, `${controlTotal}[1].min`]);

    // Back to one value, the first year's: its text comes too; the other years' goes with their values.
    const perYear: UnreadableInputs = { [`${controlTotal}[0]`]: { text: 'a', message: 'm', previous: -15 }, [`${controlTotal}[1]`]: { text: 'b', message: 'm', previous: -12 }, ...years };
    const joined = afterJoiningYears(perYear, controlTotal);
    expect(Object.entries(joined).map(([path, input]) => `${path}=${input.text}`)).toEqual([`${controlTotal}=a`, 'horizon.years=abc']);
    setAt(document, controlTotal, -15);
    expect(keepStanding(joined, document)).toBe(joined);
    expect(afterJoiningYears(years, controlTotal)).toBe(years);
  });

  test('the draft keeps the text as typed', () => {
    const storage = memoryStorage();
    writeDraft('scenario-1', { document: teaching, unreadable: two, baseVersion: 1, savedAt: '2026-01-01T00:00:00Z' }, storage);
    expect(storage.getItem('ics-money-and-beds:draft:scenario-1')).toContain('"text":"abc"');
    expect(readDraft('scenario-1', storage)?.unreadable?.['horizon.years']?.text).toBe('abc');
    // A draft written before the text was kept reads with none.
    storage.setItem('ics-money-and-beds:draft:old', JSON.stringify({ document: teaching, baseVersion: 1, savedAt: 'x' }));
    expect(readDraft('old', storage)?.unreadable).toBeUndefined();
    storage.setItem('ics-money-and-beds:draft:bad', JSON.stringify({ document: teaching, unreadable: { 'horizon.years': 5 }, baseVersion: 1, savedAt: 'x' }));
    expect(readDraft('bad', storage)?.unreadable).toEqual({});
  });
});
