import type { ProgressSoFar as Progress, RunStatus } from '../api/types.ts';
import { formatCount, formatDuration } from '../lib/format.ts';

export type { Progress };

/**
 * Time left. Given `first`, the first report of trials done, it goes by the
 * pace since then: the time to the first trials includes starting the
 * workers and reading the scenario, so a pace over it can say a minute and a
 * half for a 9-second run. Until a later report there is no pace to go by.
 * Without `first`: the server's estimate or, failing that, the pace so far.
 */
export function timeLeft(progress: Progress, first?: Progress): number | undefined {
  if (first !== undefined) {
    const trials = progress.done - first.done;
    const milliseconds = (progress.elapsedMs ?? 0) - (first.elapsedMs ?? 0);
    if (trials <= 0 || milliseconds <= 0 || progress.total <= 0) return undefined;
    return Math.max(0, (milliseconds * (progress.total - progress.done)) / trials);
  }
  if (typeof progress.etaMs === 'number' && Number.isFinite(progress.etaMs)) return Math.max(0, progress.etaMs);
  if (progress.elapsedMs === undefined || progress.done <= 0 || progress.total <= 0) return undefined;
  return (progress.elapsedMs * (progress.total - progress.done)) / progress.done;
}

/** `1,200 of 5,000 trials · about 12 s left`; with `first` (see {@link timeLeft}), `· working out the time left` until there is a pace. */
export function progressText(progress: Progress, first?: Progress): string {
  const left = timeLeft(progress, first);
  const done = `${formatCount(progress.done)} of ${formatCount(progress.total)} trials`;
  if (progress.done >= progress.total && progress.total > 0) return `${done} · summarising the results`;
  if (first !== undefined && left === undefined) return `${done} · working out the time left`;
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
