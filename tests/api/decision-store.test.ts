import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ENGINE_VERSION, SCHEMA_VERSION } from '../../engine/index.ts';
import { openDatabase } from '../../api/store/database.ts';
import { DecisionStore, type DecisionRecord } from '../../api/store/decision-store.ts';
import { presetDocument, temporaryDataDir } from './helper.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const teaching = presetDocument('teaching');

function record(id: string, status: DecisionRecord['status']): DecisionRecord {
  return {
    id,
    kind: 'solve',
    status,
    trials: 500,
    seed: 7,
    source: { scenarioId: 'preset-teaching', scenarioVersion: 1, scenarioName: teaching.name, document: teaching },
    request: { kind: 'solve', lever: { kind: 'extraFunding', organisation: 'icb', low: 0, high: 50 }, target: { measure: { entity: 'sys', quantity: 'meetsAfterRiskShare', year: 0 }, value: 0.9 } },
    labels: {
      inputs: [{ label: 'extra funding to ICB', unit: '£m a year' }],
      measures: [
        {
          label: 'System: chance of meeting the control total after risk share, 2025/26',
          entity: 'System',
          quantity: 'chance of meeting the control total after risk share',
          year: '2025/26',
          unit: 'probability',
          format: 'percent',
        },
      ],
    },
    engineVersion: ENGINE_VERSION,
    schemaVersion: SCHEMA_VERSION,
    pointsTotal: 12,
    pointsDone: 0,
    createdAt: '2026-12-01T00:00:00.000Z',
    startedAt: undefined,
    finishedAt: undefined,
    error: undefined,
    result: undefined,
  };
}

describe('the decision store', () => {
  test('keeps a decision across a restart, with its request, labels, seed and engine version; one left running is marked interrupted on the next start', () => {
    const temporary = temporaryDataDir();
    cleanups.push(temporary.remove);
    const path = join(temporary.dataDir, 'ics.sqlite');
    const first = openDatabase(path);
    const store = new DecisionStore(first);
    store.insert(record('left-running', 'queued'));
    store.markRunning('left-running', '2026-12-01T00:00:01.000Z');
    store.insert(record('finished', 'queued'));
    const answer = {
      kind: 'solve' as const,
      lever: 12.5,
      reached: { value: 0.9, standardError: 0.01, band: [0.88, 0.92] },
      leverStandardError: 0.4,
      slope: 0.025,
      increasing: true,
      points: [],
      runs: 12,
    };
    store.saveResult('finished', '2026-12-01T00:00:02.000Z', 12, answer);
    first.close(); // the server stops with one decision running

    const again = new DecisionStore(openDatabase(path));
    expect(again.interruptUnfinished('2026-12-01T00:01:00.000Z')).toBe(1);
    expect(again.get('left-running')).toEqual({
      ...record('left-running', 'interrupted'),
      startedAt: '2026-12-01T00:00:01.000Z',
      finishedAt: '2026-12-01T00:01:00.000Z',
      error: 'the server stopped before this decision finished; start it again to get an answer',
    });
    expect(again.get('finished')).toEqual({ ...record('finished', 'done'), pointsDone: 12, finishedAt: '2026-12-01T00:00:02.000Z', result: answer });
    expect(again.list({ limit: 10 }).map((decision) => decision.id)).toEqual(['finished', 'left-running']);
  });
});
