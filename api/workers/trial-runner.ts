import type { TrialsResult, TrialsTask } from './messages.ts';
import type { TaskOptions } from './worker-pool.ts';

/**
 * Where a run's chunks of trials are run: the server's own worker pool (the
 * embedded default), or a job queue that worker processes on any machine
 * take them from (see api/queue/remote-trial-runner.ts). Both give back the
 * same partial results, so the server gathers them the same way.
 */
export interface TrialRunner {
  /** Runs one chunk; rejects as the worker pool does (a worker stopped, the engine failed, the task was withdrawn). */
  run(task: TrialsTask, options: TaskOptions): Promise<TrialsResult>;
  /** Withdraws a group's chunks not yet finished; those already running stop at their next trial. */
  withdraw(group: string): void;
}
