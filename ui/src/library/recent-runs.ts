// The library's list of recent runs: what each row says, and what a failed
// delete says, kept out of the component so they can be tested without a browser.
import { ApiError } from '../api/client.ts';
import type { RunView } from '../api/types.ts';
import { isFinished } from '../run/run.ts';

/** How many runs and comparisons the library lists (the newest). */
export const RECENT_RUNS_LIMIT = 20;

/** How often the list is asked again while a listed run is still queued or running (ms). */
export const RECENT_RUNS_REFRESH = 3000;

/** What was run: `Teaching ICS`, or for a comparison `Teaching ICS against Bed cuts`. */
export function runTitle(run: Pick<RunView, 'scenarioName' | 'alternative'>): string {
  return run.alternative ? `${run.scenarioName} against ${run.alternative.scenarioName}` : run.scenarioName;
}

/** `Run` or `Comparison`. */
export function runKindText(kind: RunView['kind']): string {
  return kind === 'compare' ? 'Comparison' : 'Run';
}

/** When the run started, or, while it waits for a worker, when it was asked for. */
export function runStartTime(run: Pick<RunView, 'startedAt' | 'createdAt'>): string {
  return run.startedAt ?? run.createdAt;
}

/** Only a finished run (done, failed, cancelled, interrupted) can be deleted: the server refuses one that is queued or running. */
export function canDelete(run: Pick<RunView, 'status'>): boolean {
  return isFinished(run.status);
}

/** Whether a listed run may still change status, so the list is worth asking for again. */
export function anyUnfinished(runs: readonly Pick<RunView, 'status'>[]): boolean {
  return runs.some((run) => !isFinished(run.status));
}

/** A failed delete in words, to show next to its row. */
export function deleteFailureText(error: unknown): string {
  if (error instanceof ApiError && error.status === 409) return 'Not deleted: it is still queued or running. Cancel it on its page first.';
  const message = error instanceof Error ? error.message : String(error);
  return `Not deleted: ${message.replace(/([^.!?])$/, '$1.')}`;
}
