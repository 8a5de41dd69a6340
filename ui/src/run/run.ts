import type { ProgressSoFar as Progress, RunStatus } from '../api/types.ts';
import { formatCount, formatDuration } from '../lib/format.ts';

export type { Progress };

/** Time left, from the server's estimate or, failing that, the pace so far. */
export function timeLeft(progress: Progress): number | undefined {
  if (typeof progress.etaMs === 'number' && Number.isFinite(progress.etaMs)) return Math.max(0, progress.etaMs);
  if (progress.elapsedMs === undefined || progress.done <= 0 || progress.total <= 0) return undefined;
  return (progress.elapsedMs * (progress.total - progress.done)) / progress.done;
}

/** `1,200 of 5,000 trials · about 12 s left`. */
export function progressText(progress: Progress): string {
  const left = timeLeft(progress);
  const done = `${formatCount(progress.done)} of ${formatCount(progress.total)} trials`;
  if (progress.done >= progress.total && progress.total > 0) return `${done} · summarising the results`;
  return left === undefined || progress.done === 0 ? done : `${done} · about ${formatDuration(left)} left`;
}

export const STATUS_TEXT: Readonly<Record<RunStatus, string>> = {
  queued: 'Waiting for a free worker',
  running: 'Running',
  done: 'Finished',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted (the server restarted)',
};

export function isFinished(status: RunStatus): boolean {
  return status !== 'queued' && status !== 'running';
}
