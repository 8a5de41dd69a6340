import { describe, expect, test } from 'vitest';
import { ApiError } from '../../ui/src/api/client.ts';
import type { RunStatus } from '../../ui/src/api/types.ts';
import { anyUnfinished, canDelete, deleteFailureText, runKindText, runStartTime, runTitle } from '../../ui/src/library/recent-runs.ts';

const EVERY_STATUS: RunStatus[] = ['queued', 'running', 'done', 'failed', 'cancelled', 'interrupted'];

describe("the library's recent runs", () => {
  test('a run is titled by its scenario, a comparison by both', () => {
    expect(runTitle({ scenarioName: 'Teaching ICS' })).toBe('Teaching ICS');
    expect(runTitle({ scenarioName: 'Teaching ICS', alternative: undefined })).toBe('Teaching ICS');
    expect(runTitle({ scenarioName: 'Teaching ICS', alternative: { scenarioName: 'Bed cuts' } })).toBe('Teaching ICS against Bed cuts');
  });

  test('the kind reads as Run or Comparison', () => {
    expect(runKindText('run')).toBe('Run');
    expect(runKindText('compare')).toBe('Comparison');
  });

  test('a run is listed by when it started, or when it was asked for while it waits', () => {
    expect(runStartTime({ createdAt: '2025-01-02T10:00:00Z', startedAt: '2025-01-02T10:00:05Z' })).toBe('2025-01-02T10:00:05Z');
    expect(runStartTime({ createdAt: '2025-01-02T10:00:00Z' })).toBe('2025-01-02T10:00:00Z');
    expect(runStartTime({ createdAt: '2025-01-02T10:00:00Z', startedAt: undefined })).toBe('2025-01-02T10:00:00Z');
  });

  test('only a finished run offers delete (the server refuses one queued or running)', () => {
    expect(EVERY_STATUS.filter((status) => canDelete({ status }))).toEqual(['done', 'failed', 'cancelled', 'interrupted']);
  });

  test('the list is asked for again only while a listed run may still change', () => {
    expect(anyUnfinished([])).toBe(false);
    expect(anyUnfinished([{ status: 'done' }, { status: 'failed' }])).toBe(false);
    expect(anyUnfinished([{ status: 'done' }, { status: 'queued' }])).toBe(true);
    expect(anyUnfinished([{ status: 'running' }])).toBe(true);
  });

  test('a refused delete says why in words', () => {
    expect(deleteFailureText(new ApiError(409, 'run "r1" is running: cancel it first'))).toBe('Not deleted: it is still queued or running. Cancel it on its page first.');
    expect(deleteFailureText(new ApiError(0, 'Cannot reach the server. Check that it is running, then try again.'))).toBe(
      'Not deleted: Cannot reach the server. Check that it is running, then try again.',
    );
    expect(deleteFailureText(new ApiError(500, 'Internal Server Error'))).toBe('Not deleted: Internal Server Error.');
    expect(deleteFailureText('broken')).toBe('Not deleted: broken.');
  });
});
