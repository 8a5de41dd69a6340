import { describe, expect, test } from 'vitest';
import { comparedEntities, comparisonYears } from '../../ui/src/compare/compare-shape.ts';
import { isFinished, progressText, timeLeft } from '../../ui/src/run/run.ts';
import { provenanceLine, recallCompareSides, rememberCompareSides, reproducePath } from '../../ui/src/share/share.ts';
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
});

describe('share links', () => {
  const run = { kind: 'run' as const, scenarioId: 'abc', scenarioVersion: 3, seed: 7, trials: 2000, engineVersion: '0.1.0', scenarioName: 'My ICS' };

  test('a run of a saved version reproduces from scenario, version, seed, trials and engine', () => {
    expect(reproducePath(run)).toBe('/reproduce?scenario=abc%403&seed=7&trials=2000&engine=0.1.0');
    expect(reproducePath({ ...run, scenarioId: null })).toBeUndefined();
    expect(provenanceLine(run)).toBe('My ICS, version 3 · 2,000 trials · seed 7 · engine 0.1.0 · ICS money and beds');
  });

  test('a comparison reproduces from both sides, remembered when it was started', () => {
    const storage = new MemoryStorage();
    const sides = { baseline: { scenarioId: 'abc', version: 1 }, alternative: { scenarioId: 'abc', version: 2 } };
    rememberCompareSides('run-1', sides, storage);
    expect(recallCompareSides('run-1', storage)).toEqual(sides);
    expect(reproducePath({ ...run, kind: 'compare' }, sides)).toBe('/reproduce?baseline=abc%401&alternative=abc%402&seed=7&trials=2000&engine=0.1.0');
    expect(reproducePath({ ...run, kind: 'compare' })).toBeUndefined();
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
  test('entities are matched in order, the system last unless named, reserves left out', () => {
    const comparison = {
      rows: [
        { entityId: 'a', entityName: 'A', year: 0, yearLabel: '2025/26' },
        { entityId: 'shire', entityName: 'Shire', year: 1, yearLabel: '2026/27' },
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
});
