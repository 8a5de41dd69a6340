import { describe, expect, test } from 'vitest';
import { comparedEntities, comparisonYears } from '../../ui/src/compare/compare-shape.ts';
import { isFinished, progressText, timeLeft } from '../../ui/src/run/run.ts';
import { compareSideLabels, pointerName, provenanceLine, reproducePath, runSubject } from '../../ui/src/share/share.ts';
import { clearDraft, readDraft, writeDraft } from '../../ui/src/builder/draft.ts';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('run progress', () => {
  test('time left comes from the server, or from the pace so far', () => {
    expect(timeLeft({ done: 100, total: 1000, elapsedMs: 1000, etaMs: 5000 })).toBe(5000);
    expect(timeLeft({ done: 100, total: 1000, elapsedMs: 1000 })).toBe(9000);
    expect(timeLeft({ done: 0, total: 1000, elapsedMs: 1000 })).toBeUndefined();
    expect(progressText({ done: 1200, total: 5000, elapsedMs: 1000, etaMs: 12_000 })).toBe('1,200 of 5,000 trials · about 12 s left');
    expect(progressText({ done: 0, total: 5000 })).toBe('0 of 5,000 trials');
    expect(progressText({ done: 5000, total: 5000, etaMs: 0 })).toBe('5,000 of 5,000 trials · summarising the results');
    expect(isFinished('running')).toBe(false);
    expect(isFinished('interrupted')).toBe(true);
  });

  test('a 9-second run whose first 10 trials took 1.3 s to start up says about 8 s left, not 2 minutes', () => {
    // 1,000 trials: 1.3 s to the first 10 (start-up and 10 trials), then 100 trials in 0.9 s, so 890 more take 8.0 s.
    const first = { done: 10, total: 1000, elapsedMs: 1300, etaMs: 128_700 };
    const later = { done: 110, total: 1000, elapsedMs: 2200, etaMs: 17_800 };
    expect(progressText(first, first)).toBe('10 of 1,000 trials · working out the time left');
    expect(timeLeft(later, first)).toBeCloseTo(8010, 6);
    expect(progressText(later, first)).toBe('110 of 1,000 trials · about 8 s left');
    expect(progressText({ done: 1000, total: 1000, elapsedMs: 9100 }, first)).toBe('1,000 of 1,000 trials · summarising the results');
  });
});

describe('the reproduce page names what it will run', () => {
  test("by the scenario's name and version once known, by its id until then", () => {
    expect(pointerName({ scenarioId: 'preset-teaching', version: 1 }, 'Teaching ICS (one year)')).toBe('Teaching ICS (one year), version 1');
    expect(pointerName({ scenarioId: 'abc123' }, 'My ICS')).toBe('My ICS, latest version');
    expect(pointerName({ scenarioId: 'preset-teaching', version: 1 }, undefined)).toBe('preset-teaching@1');
  });
});

describe('share links', () => {
  const run = { kind: 'run' as const, scenarioId: 'abc', scenarioVersion: 3, seed: 7, trials: 2000, engineVersion: '0.1.0', scenarioName: 'My ICS' };

  test('a run of a saved version reproduces from scenario, version, seed, trials and engine', () => {
    expect(reproducePath(run)).toBe('/reproduce?scenario=abc%403&seed=7&trials=2000&engine=0.1.0');
    expect(reproducePath({ ...run, scenarioId: undefined })).toBeUndefined();
    expect(provenanceLine(run)).toBe('My ICS, version 3 · 2,000 trials · seed 7 · engine 0.1.0 · ICS money and beds');
  });

  test('a comparison reproduces from both sides, as the run record names them', () => {
    const compare = { ...run, kind: 'compare' as const, scenarioVersion: 1, alternative: { scenarioId: 'abc', scenarioVersion: 2, scenarioName: 'My ICS' } };
    expect(reproducePath(compare)).toBe('/reproduce?baseline=abc%401&alternative=abc%402&seed=7&trials=2000&engine=0.1.0');
    // Without the alternative's record, or with a side sent inline, only the results link reproduces it.
    expect(reproducePath({ ...run, kind: 'compare' })).toBeUndefined();
    expect(reproducePath({ ...compare, alternative: { scenarioName: 'Sent inline' } })).toBeUndefined();
    expect(reproducePath({ ...compare, scenarioId: undefined })).toBeUndefined();
  });

  test('the two sides of a comparison are named from the run record', () => {
    const compare = { ...run, kind: 'compare' as const, scenarioVersion: 1, alternative: { scenarioId: 'abc', scenarioVersion: 2, scenarioName: 'My ICS' } };
    // Two versions of one scenario share its name: call them by their versions.
    expect(compareSideLabels(compare)).toEqual({ baselineName: 'Version 1', alternativeName: 'Version 2' });
    expect(runSubject(compare)).toBe('My ICS, version 1 against version 2');
    expect(provenanceLine(compare)).toBe('My ICS, version 1 against version 2 · 2,000 trials · seed 7 · engine 0.1.0 · ICS money and beds');
    // Two scenarios with their own names keep them.
    const other = { ...compare, alternative: { scenarioId: 'def', scenarioVersion: 4, scenarioName: 'Their ICS' } };
    expect(compareSideLabels(other)).toEqual({});
    expect(runSubject(other)).toBe('My ICS, version 1 against Their ICS, version 4');
    expect(runSubject({ ...other, alternative: { scenarioName: 'Sent inline' } })).toBe('My ICS, version 1 against Sent inline');
    expect(compareSideLabels(run)).toEqual({});
    expect(runSubject(run)).toBe('My ICS');
  });
});

describe('drafts', () => {
  test('a draft is kept per scenario and cleared', () => {
    const storage = new MemoryStorage();
    writeDraft('abc', { document: { name: 'x' }, baseVersion: 2, savedAt: '2026-01-01T00:00:00Z' }, storage);
    expect(readDraft('abc', storage)).toEqual({ document: { name: 'x' }, baseVersion: 2, savedAt: '2026-01-01T00:00:00Z' });
    expect(readDraft(null, storage)).toBeUndefined();
    clearDraft('abc', storage);
    expect(readDraft('abc', storage)).toBeUndefined();
    storage.setItem('ics-money-and-beds:draft:new', 'not json');
    expect(readDraft(null, storage)).toBeUndefined();
  });
});

describe('comparisons', () => {
  test('entities are matched in order, the system last, reserves left out', () => {
    const comparison = {
      rows: [
        { entityId: 'a', entityName: 'A', entityKind: 'organisation', year: 0, yearLabel: '2025/26' },
        { entityId: 'shire-reserve', entityName: 'Shire reserve', entityKind: 'reserve', year: 0, yearLabel: '2025/26' },
        { entityId: 'shire', entityName: 'Shire', entityKind: 'system', year: 1, yearLabel: '2026/27' },
      ],
      probabilities: [{ entityId: 'a' }, { entityId: 'shire-reserve' }, { entityId: 'shire' }],
    } as never;
    expect(comparedEntities(comparison)).toEqual([
      { id: 'a', name: 'A', isSystem: false },
      { id: 'shire', name: 'Shire', isSystem: true },
    ]);
    expect(comparisonYears(comparison)).toEqual([
      { year: 0, label: '2025/26' },
      { year: 1, label: '2026/27' },
    ]);
  });

  test('each row says what it is: a system need not come last, nor a reserve be named "-reserve"', () => {
    const comparison = {
      rows: [
        { entityId: 'north', entityName: 'North ICS', entityKind: 'system', year: 0, yearLabel: '2025/26' },
        { entityId: 'pot', entityName: 'Central pot', entityKind: 'reserve', year: 0, yearLabel: '2025/26' },
        { entityId: 'b', entityName: 'B', entityKind: 'organisation', year: 0, yearLabel: '2025/26' },
      ],
      probabilities: [{ entityId: 'north' }, { entityId: 'pot' }, { entityId: 'b' }],
    } as never;
    expect(comparedEntities(comparison)).toEqual([
      { id: 'north', name: 'North ICS', isSystem: true },
      { id: 'b', name: 'B', isSystem: false },
    ]);
  });
});
