import { ApiError } from '../api-error.ts';
import { FINISHED_STATUSES, type RunStatus } from '../store/run-store.ts';
import type { TrialRunner } from '../workers/trial-runner.ts';
import { TaskCancelledError, WorkerExitedError, WorkerTaskError } from '../workers/worker-pool.ts';
import type { RunEvent, RunProgress } from './run-view.ts';

export type Listener = (event: RunEvent) => void;
export type FinishedStatus = Exclude<RunStatus, 'queued' | 'running'>;

export interface JobLimits {
  readonly runConcurrency: number;
  readonly maxQueuedRuns: number;
}

export interface Logger {
  info: (object: object, message: string) => void;
  warn: (object: object, message: string) => void;
  error: (object: object, message: string) => void;
}

/** What a job tells the queue when it cannot finish: said to the client as is. */
export class JobFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobFailedError';
  }
}

/** What a running job may do: report progress, see whether it was cancelled, and store its result. */
export interface JobContext {
  /** Int32 flag shared with the job's worker tasks: 1 means stop. */
  readonly cancel: SharedArrayBuffer;
  isFinished(): boolean;
  /** Progress so far, in the job's own units (of `total`). */
  progress(done: number): void;
  /** Stores the result (in one transaction that marks the job done) and ends the job, unless it has already ended. */
  complete(save: (finishedAt: string) => void): void;
}

/** Work that waits its turn with runs: a run or comparison, or a decision (a solve or a sweep). */
export interface Job {
  readonly id: string;
  /** Progress units the job will do: trials for a run, trials × points for a decision. */
  readonly total: number;
  /** What the job's progress events carry beyond done, total, elapsed and estimate (a decision's points). */
  progressData?(progress: RunProgress): RunProgress;
  markRunning(startedAt: string): void;
  markFinished(outcome: { status: Exclude<FinishedStatus, 'done'>; finishedAt: string; error?: string; progressDone: number }): void;
  /** Does the work on the worker pool, ending with `context.complete`; rejects when it fails. */
  perform(context: JobContext): Promise<void>;
}

/** A job's state while it is queued or running. */
export interface JobState {
  readonly status: RunStatus;
  readonly done: number;
  readonly startedAt: string | undefined;
}

interface ActiveJob {
  readonly job: Job;
  status: RunStatus;
  startedAt: string | undefined;
  readonly cancel: Int32Array;
  readonly listeners: Set<Listener>;
  done: number;
  startedAtMs: number | undefined;
  lastProgressEmit: number;
  progressTimer: NodeJS.Timeout | undefined;
  readonly settled: Promise<void>;
  settle: () => void;
}

const PROGRESS_INTERVAL_MS = 100;
const RECENT_DURATIONS = 20;

/**
 * The one queue of work for the worker pool, shared by runs, comparisons and
 * decisions: admission (a bounded queue, so many jobs at once), execution,
 * progress for listeners at most every 100 ms, cancellation, and shutdown.
 * What a job computes and where it is stored is the job's own business.
 */
export class JobQueue {
  private readonly active = new Map<string, ActiveJob>();
  private readonly waiting: ActiveJob[] = [];
  private readonly recentDurationsMs: number[] = [];
  private closing = false;

  constructor(
    /** Where the jobs' tasks run: a job that ends withdraws what it left there. */
    private readonly tasks: Pick<TrialRunner, 'withdraw'>,
    private readonly limits: JobLimits,
    private readonly log: Logger,
  ) {}

  /** Jobs now executing and waiting. */
  counts(): { running: number; queued: number } {
    return { running: this.active.size - this.waiting.length, queued: this.waiting.length };
  }

  /**
   * Whether a job would be taken now: cheap, so routes call it before
   * validating a document, and a full queue turns clients away quickly.
   * @throws ApiError 503 when shutting down, 429 (with Retry-After) when no job can start or wait
   */
  checkCapacity(): void {
    if (this.closing) throw new ApiError(503, 'the server is shutting down and takes no new runs; try again shortly');
    const running = this.active.size - this.waiting.length;
    if (running >= this.limits.runConcurrency && this.waiting.length >= this.limits.maxQueuedRuns) {
      const retryAfter = this.retryAfterSeconds();
      throw ApiError.at(429, 'request', `the run queue is full (${this.waiting.length} runs waiting); retry in ${retryAfter} s`, { 'retry-after': String(retryAfter) });
    }
  }

  /** Starts a job now, or queues it behind the others. Call {@link checkCapacity} first. */
  submit(job: Job): void {
    const startsNow = this.active.size - this.waiting.length < this.limits.runConcurrency;
    let settle = () => undefined as void;
    const settled = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const active: ActiveJob = {
      job,
      status: 'queued',
      startedAt: undefined,
      cancel: new Int32Array(new SharedArrayBuffer(4)),
      listeners: new Set(),
      done: 0,
      startedAtMs: undefined,
      lastProgressEmit: 0,
      progressTimer: undefined,
      settled,
      settle,
    };
    this.active.set(job.id, active);
    if (startsNow) void this.execute(active);
    else this.waiting.push(active);
  }

  /** The state of a job still queued or running; undefined once it has ended. */
  state(id: string): JobState | undefined {
    const active = this.active.get(id);
    return active && { status: active.status, done: active.done, startedAt: active.startedAt };
  }

  /** Stops a queued or running job (its workers stop at the next trial); false when it is not active. */
  cancel(id: string, reason: string): boolean {
    const active = this.active.get(id);
    if (!active) return false;
    this.finish(active, 'cancelled', reason);
    return true;
  }

  /**
   * Calls `listener` at once with the job's progress, then with each change
   * until it ends. Returns a function that stops listening, or undefined
   * when the job is not active (the caller answers from the store).
   */
  subscribe(id: string, listener: Listener): (() => void) | undefined {
    const active = this.active.get(id);
    if (!active) return undefined;
    listener({ type: 'progress', data: this.progress(active) });
    active.listeners.add(listener);
    return () => active.listeners.delete(listener);
  }

  /**
   * Stops taking jobs; cancels those still waiting; gives running ones
   * `graceMs` to finish, then cancels them.
   */
  async shutdown(graceMs: number): Promise<void> {
    this.closing = true;
    for (const active of [...this.waiting]) this.finish(active, 'cancelled', 'the server shut down before this run started');
    const running = [...this.active.values()];
    if (running.length === 0) return;
    this.log.info({ runs: running.length, graceMs }, 'waiting for running runs to finish');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.all(running.map((active) => active.settled)), timeout]);
    clearTimeout(timer);
    for (const active of this.active.values()) this.finish(active, 'cancelled', 'the server shut down before this run finished');
  }

  private async execute(active: ActiveJob): Promise<void> {
    const { job } = active;
    const startedAt = new Date();
    active.startedAtMs = startedAt.getTime();
    active.status = 'running';
    active.startedAt = startedAt.toISOString();
    const context: JobContext = {
      cancel: active.cancel.buffer as SharedArrayBuffer,
      isFinished: () => this.isFinished(active),
      progress: (done) => {
        if (this.isFinished(active)) return;
        active.done = done;
        this.emitProgress(active, false);
      },
      complete: (save) => {
        if (this.isFinished(active)) return;
        const finishedAt = new Date().toISOString();
        active.done = job.total;
        save(finishedAt);
        this.recordDuration(Date.now() - (active.startedAtMs ?? Date.now()));
        this.finish(active, 'done', undefined, finishedAt);
      },
    };
    try {
      job.markRunning(active.startedAt);
      this.emitProgress(active, true);
      await job.perform(context);
      if (!this.isFinished(active)) throw new Error('the job ended without storing a result');
    } catch (error) {
      if (this.isFinished(active) || error instanceof TaskCancelledError) {
        if (!this.isFinished(active)) this.finish(active, 'cancelled', 'the run was withdrawn before it finished');
        return;
      }
      const message =
        error instanceof JobFailedError
          ? error.message
          : error instanceof WorkerExitedError
            ? `${error.message} while running this run's trials; the run was stopped and the server carries on. Start the run again.`
            : error instanceof WorkerTaskError
              ? `the engine failed: ${error.message}`
              : 'the run failed unexpectedly; the server log has the details';
      if (!(error instanceof JobFailedError)) this.log.error({ err: error, runId: job.id }, 'run failed');
      this.finish(active, 'failed', message);
    }
  }

  private isFinished(active: ActiveJob): boolean {
    return FINISHED_STATUSES.has(active.status);
  }

  /** Records the end of a job (once), tells listeners, and starts the next waiting job. */
  private finish(active: ActiveJob, status: FinishedStatus, error?: string, finishedAt = new Date().toISOString()): void {
    if (this.isFinished(active)) return;
    Atomics.store(active.cancel, 0, 1);
    this.tasks.withdraw(active.job.id);
    active.status = status;
    if (status !== 'done') {
      try {
        active.job.markFinished({ status, finishedAt, error, progressDone: active.done });
      } catch (storeError) {
        // The job still ends for its listeners; the next start marks it interrupted.
        this.log.error({ err: storeError, runId: active.job.id }, 'could not record the end of a run');
      }
    }
    const waitingIndex = this.waiting.indexOf(active);
    if (waitingIndex >= 0) this.waiting.splice(waitingIndex, 1);
    this.active.delete(active.job.id);
    clearTimeout(active.progressTimer);
    this.emitProgress(active, true);
    this.emit(active, { type: 'status', data: error === undefined ? { status } : { status, error } });
    active.listeners.clear();
    active.settle();
    this.startWaiting();
  }

  private startWaiting(): void {
    while (!this.closing && this.waiting.length > 0 && this.active.size - this.waiting.length < this.limits.runConcurrency) {
      void this.execute(this.waiting.shift() as ActiveJob);
    }
  }

  private progress(active: ActiveJob): RunProgress {
    const total = active.job.total;
    const elapsedMs = active.startedAtMs === undefined ? 0 : Date.now() - active.startedAtMs;
    const etaMs = active.done >= total ? 0 : active.done > 0 ? Math.round((elapsedMs * (total - active.done)) / active.done) : null;
    const progress = { done: active.done, total, elapsedMs, etaMs };
    return active.job.progressData ? active.job.progressData(progress) : progress;
  }

  /** Progress at most every 100 ms per job (the last change always goes out). */
  private emitProgress(active: ActiveJob, immediately: boolean): void {
    if (active.listeners.size === 0) return;
    const wait = active.lastProgressEmit + PROGRESS_INTERVAL_MS - Date.now();
    if (immediately || wait <= 0) {
      clearTimeout(active.progressTimer);
      active.progressTimer = undefined;
      active.lastProgressEmit = Date.now();
      this.emit(active, { type: 'progress', data: this.progress(active) });
    } else if (!active.progressTimer) {
      active.progressTimer = setTimeout(() => {
        active.progressTimer = undefined;
        if (!this.isFinished(active)) this.emitProgress(active, true);
      }, wait);
    }
  }

  private emit(active: ActiveJob, event: RunEvent): void {
    for (const listener of active.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.log.warn({ err: error }, 'run listener failed');
      }
    }
  }

  private recordDuration(ms: number): void {
    this.recentDurationsMs.push(ms);
    if (this.recentDurationsMs.length > RECENT_DURATIONS) this.recentDurationsMs.shift();
  }

  /** A guess at when a place frees up: the recent mean run time × the jobs ahead, per concurrent slot. */
  private retryAfterSeconds(): number {
    const durations = this.recentDurationsMs;
    const meanMs = durations.length === 0 ? 1000 : durations.reduce((sum, ms) => sum + ms, 0) / durations.length;
    const ahead = this.waiting.length / this.limits.runConcurrency;
    return Math.min(300, Math.max(1, Math.ceil((meanMs * Math.max(1, ahead)) / 1000)));
  }
}
