import { randomUUID } from 'node:crypto';
import { compileModel, ENGINE_VERSION, estimateWork, PlanBlockAccumulator, planModels, planRun, resolveRunSettings, SCHEMA_VERSION, type RunPlan } from '../../engine/index.ts';
import { ApiError, notFound } from '../api-error.ts';
import { FINISHED_STATUSES, type RunKind, type RunRecord, type RunSource, type RunStatus, type RunStore } from '../store/run-store.ts';
import { trialColumnCount } from './trial-columns.ts';
import { blockBuffers, type PlanSpec, type SummaryResult, type TrialsResult } from '../workers/messages.ts';
import { TaskCancelledError, WorkerExitedError, WorkerTaskError, type WorkerPool } from '../workers/worker-pool.ts';
import { toRunView, type RunEvent, type RunProgress, type RunView } from './run-view.ts';

export interface RunLimits {
  readonly workers: number;
  readonly runConcurrency: number;
  readonly maxQueuedRuns: number;
  readonly maxTrials: number;
  readonly maxRunWork: number;
  readonly maxRunBytes: number;
  readonly maxChunkTrials: number;
}

/** A run to start: one scenario, or two to compare on common random numbers. */
export interface RunRequest {
  readonly kind: RunKind;
  readonly source: RunSource;
  readonly alternative?: RunSource;
  readonly trials?: number;
  readonly seed?: number;
  /** The signed-in user starting it, if any. */
  readonly startedBy?: string;
}

type Listener = (event: RunEvent) => void;

interface Logger {
  info: (object: object, message: string) => void;
  warn: (object: object, message: string) => void;
  error: (object: object, message: string) => void;
}

/** A run that is queued or running, held in memory until it finishes. */
interface ActiveRun {
  record: RunRecord;
  readonly plans: readonly RunPlan[];
  readonly specs: readonly PlanSpec[];
  readonly cancel: Int32Array;
  readonly listeners: Set<Listener>;
  chunkProgress: number[];
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
 * Runs and comparisons: admission (size caps, a bounded queue), execution on
 * the worker pool in chunks of trials, aggregated progress for listeners,
 * cancellation, and storing the results with everything needed to reproduce
 * them. Trials split across any number of chunks and workers give identical
 * results, because each trial draws only from streams named by (seed, trial).
 */
export class RunManager {
  private readonly active = new Map<string, ActiveRun>();
  private readonly waiting: ActiveRun[] = [];
  private readonly recentDurationsMs: number[] = [];
  private closing = false;

  constructor(
    private readonly store: RunStore,
    private readonly pool: WorkerPool,
    private readonly limits: RunLimits,
    private readonly log: Logger,
  ) {}

  /** Runs now executing and waiting. */
  counts(): { running: number; queued: number } {
    return { running: this.active.size - this.waiting.length, queued: this.waiting.length };
  }

  /**
   * Checks the size of a run, then starts it or queues it.
   * @throws ApiError 422 when it is too large, 429 (with Retry-After) when the queue is full, 503 when shutting down
   */
  submit(request: RunRequest): RunView {
    this.checkCapacity();
    const plans =
      request.kind === 'run' ? [planRun(request.source.document)] : [request.source, request.alternative as RunSource].map((source) => ({ model: compileModel(source.document), variants: [] }));
    if (request.kind === 'compare' && plans[0].model.firstYear !== plans[1].model.firstYear) {
      throw new ApiError(400, `alternative.horizon.firstYear must equal the baseline's (${plans[0].model.firstYear}); it is ${plans[1].model.firstYear}`, [
        { path: 'alternative.horizon.firstYear', message: `must equal the baseline's first year, ${plans[0].model.firstYear}` },
      ]);
    }
    const { trials, seed } = resolveRunSettings(plans[0].model, { trials: request.trials, seed: request.seed });
    // The field that set the number of trials: the request's, else the scenario's.
    const trialsPath = request.trials !== undefined ? 'body/trials' : 'simulation.trials';
    if (trials > this.limits.maxTrials) {
      throw ApiError.at(422, trialsPath, `trials is ${trials} (from the scenario's simulation.trials); the limit is ${this.limits.maxTrials} per run, so send a smaller trials`);
    }
    const work = plans.reduce((total, plan) => total + estimateWork(plan, trials), 0);
    if (work > this.limits.maxRunWork) {
      const workPerTrial = work / trials;
      const largest = Math.max(1, Math.floor(this.limits.maxRunWork / workPerTrial));
      throw ApiError.at(
        422,
        trialsPath,
        `trials × work is too large: ${trials} trials × ${workPerTrial} units per trial = ${work}, above the limit of ${this.limits.maxRunWork}; this scenario can run at most ${largest} trials`,
      );
    }
    // Every model's per-trial figures are held until the run is summarised.
    const bytesPerTrial = plans.flatMap((plan) => planModels(plan)).reduce((total, model) => total + (trialColumnCount(model) + model.sampledInputs.length) * 8, 0);
    if (trials * bytesPerTrial > this.limits.maxRunBytes) {
      const largest = Math.max(1, Math.floor(this.limits.maxRunBytes / bytesPerTrial));
      throw ApiError.at(
        422,
        trialsPath,
        `trials × memory is too large: ${trials} trials × ${bytesPerTrial} bytes of figures per trial = ${trials * bytesPerTrial} bytes, above the limit of ${this.limits.maxRunBytes}; this scenario can run at most ${largest} trials`,
      );
    }
    const startsNow = this.active.size - this.waiting.length < this.limits.runConcurrency;

    const id = randomUUID();
    const record: RunRecord = {
      id,
      kind: request.kind,
      status: 'queued',
      trials,
      seed,
      source: request.source,
      alternative: request.alternative,
      engineVersion: ENGINE_VERSION,
      schemaVersion: SCHEMA_VERSION,
      progressDone: 0,
      createdAt: new Date().toISOString(),
      startedAt: undefined,
      finishedAt: undefined,
      error: undefined,
      startedBy: request.startedBy,
    };
    this.store.insert(record);
    let settle = () => undefined as void;
    const settled = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const sources = request.kind === 'run' ? [request.source] : [request.source, request.alternative as RunSource];
    const run: ActiveRun = {
      record,
      plans,
      specs: sources.map((source, index) => ({ key: `${id}/${index}`, document: source.document, variants: request.kind === 'run' })),
      cancel: new Int32Array(new SharedArrayBuffer(4)),
      listeners: new Set(),
      chunkProgress: [],
      done: 0,
      startedAtMs: undefined,
      lastProgressEmit: 0,
      progressTimer: undefined,
      settled,
      settle,
    };
    this.active.set(id, run);
    if (startsNow) void this.execute(run);
    else this.waiting.push(run);
    return toRunView(run.record, 0);
  }

  /**
   * Whether a run would be taken now: cheap, so routes call it before
   * validating a document, and a full queue turns clients away quickly.
   * @throws ApiError 503 when shutting down, 429 (with Retry-After) when no run can start or wait
   */
  checkCapacity(): void {
    if (this.closing) throw new ApiError(503, 'the server is shutting down and takes no new runs; try again shortly');
    const running = this.active.size - this.waiting.length;
    if (running >= this.limits.runConcurrency && this.waiting.length >= this.limits.maxQueuedRuns) {
      const retryAfter = this.retryAfterSeconds();
      throw ApiError.at(429, 'request', `the run queue is full (${this.waiting.length} runs waiting); retry in ${retryAfter} s`, { 'retry-after': String(retryAfter) });
    }
  }

  /** @throws ApiError 404 */
  view(id: string): RunView {
    const run = this.active.get(id);
    if (run) return toRunView(run.record, run.done);
    const record = this.store.get(id);
    if (!record) throw notFound(`run "${id}"`);
    return toRunView(record);
  }

  /** The stored record of a run (documents included). @throws ApiError 404 */
  record(id: string): RunRecord {
    const record = this.store.get(id);
    if (!record) throw notFound(`run "${id}"`);
    return record;
  }

  list(options: { scenarioId?: string; limit: number }): RunView[] {
    return this.store.list(options).map((record) => {
      const run = this.active.get(record.id);
      return run ? toRunView(run.record, run.done) : toRunView(record);
    });
  }

  /**
   * Stops a queued or running run. Its workers stop at the next trial.
   * @throws ApiError 404, or 409 when the run has already finished
   */
  cancel(id: string): RunView {
    const run = this.active.get(id);
    if (!run) {
      const view = this.view(id);
      throw ApiError.at(409, 'params/id', `run "${id}" has already finished (status ${view.status}) and cannot be cancelled`);
    }
    this.finish(run, 'cancelled', 'cancelled on request');
    return this.view(id);
  }

  /**
   * Deletes a finished run (done, failed, cancelled or interrupted) with its
   * results; links to it then answer 404. A queued or running run must be
   * cancelled first, so nothing is deleted under a worker's feet.
   * @throws ApiError 404, or 409 while the run is queued or running
   */
  delete(id: string): void {
    const run = this.active.get(id);
    if (run) {
      const { status } = this.view(id);
      throw ApiError.at(409, 'params/id', `run "${id}" is ${status}: cancel it first (POST /api/runs/${id}/cancel), then delete it`);
    }
    if (!this.store.delete(id)) throw notFound(`run "${id}"`);
  }

  /**
   * Calls `listener` at once with the run's progress (and, if it has
   * finished, its status), then with each change until it finishes.
   * Returns a function that stops listening.
   * @throws ApiError 404
   */
  subscribe(id: string, listener: Listener): () => void {
    const run = this.active.get(id);
    if (run) {
      listener({ type: 'progress', data: this.progress(run) });
      run.listeners.add(listener);
      return () => run.listeners.delete(listener);
    }
    const view = this.view(id);
    const elapsedMs = view.startedAt && view.finishedAt ? Date.parse(view.finishedAt) - Date.parse(view.startedAt) : 0;
    listener({ type: 'progress', data: { done: view.progress.done, total: view.progress.total, elapsedMs, etaMs: 0 } });
    listener({ type: 'status', data: view.error === undefined ? { status: view.status } : { status: view.status, error: view.error } });
    return () => undefined;
  }

  /**
   * Stops taking runs; cancels those still waiting; gives running ones
   * `graceMs` to finish, then cancels them.
   */
  async shutdown(graceMs: number): Promise<void> {
    this.closing = true;
    for (const run of [...this.waiting]) this.finish(run, 'cancelled', 'the server shut down before this run started');
    const running = [...this.active.values()];
    if (running.length === 0) return;
    this.log.info({ runs: running.length, graceMs }, 'waiting for running runs to finish');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.all(running.map((run) => run.settled)), timeout]);
    clearTimeout(timer);
    for (const run of this.active.values()) this.finish(run, 'cancelled', 'the server shut down before this run finished');
  }

  private async execute(run: ActiveRun): Promise<void> {
    const { record } = run;
    const startedAt = new Date();
    run.startedAtMs = startedAt.getTime();
    run.record = { ...record, status: 'running', startedAt: startedAt.toISOString() };
    try {
      this.store.markRunning(record.id, run.record.startedAt as string);
      this.emitProgress(run, true);
      const chunks = chunkTrials(record.trials, this.limits.workers, this.limits.maxChunkTrials);
      run.chunkProgress = chunks.map(() => 0);
      const accumulators = run.plans.map((plan) => new PlanBlockAccumulator(plan, record.trials));
      await Promise.all(
        chunks.map(async ({ firstTrial, trialCount }, index) => {
          const result = await this.pool.run<TrialsResult>(
            {
              type: 'trials',
              plans: run.specs,
              seed: record.seed,
              firstTrial,
              trialCount,
              progressEvery: Math.max(1, Math.floor(trialCount / 20)),
              cancel: run.cancel.buffer as SharedArrayBuffer,
            },
            { group: record.id, onProgress: (done) => this.onChunkProgress(run, index, done) },
          );
          if (this.isFinished(run)) return;
          result.planBlocks.forEach((planBlock, plan) => accumulators[plan].add(planBlock));
          this.onChunkProgress(run, index, trialCount);
        }),
      );
      if (this.isFinished(run)) return;
      const summary = await this.summarise(run, accumulators);
      if (this.isFinished(run)) return;
      const finishedAt = new Date().toISOString();
      this.store.saveResults(record.id, finishedAt, record.trials, summary.resultsJson, { values: summary.values, alternativeValues: summary.alternativeValues });
      this.recordDuration(Date.now() - (run.startedAtMs ?? Date.now()));
      this.finish(run, 'done', undefined, finishedAt);
    } catch (error) {
      if (this.isFinished(run) || error instanceof TaskCancelledError) {
        if (!this.isFinished(run)) this.finish(run, 'cancelled', 'the run was withdrawn before it finished');
        return;
      }
      const message =
        error instanceof WorkerExitedError
          ? `${error.message} while running this run's trials; the run was stopped and the server carries on. Start the run again.`
          : error instanceof WorkerTaskError
            ? `the engine failed: ${error.message}`
            : 'the run failed unexpectedly; the server log has the details';
      this.log.error({ err: error, runId: record.id }, 'run failed');
      this.finish(run, 'failed', message);
    }
  }

  private summarise(run: ActiveRun, accumulators: readonly PlanBlockAccumulator[]): Promise<SummaryResult> {
    const { record } = run;
    const options = { group: record.id, urgent: true };
    if (record.kind === 'run') {
      const planBlock = accumulators[0].result();
      return this.pool.run<SummaryResult>({ type: 'summarise-run', plan: run.specs[0], seed: record.seed, planBlock }, { ...options, transfer: blockBuffers(planBlock.blocks) });
    }
    const [baselineBlock, alternativeBlock] = accumulators.map((accumulator) => accumulator.result().blocks[0]);
    return this.pool.run<SummaryResult>(
      { type: 'summarise-compare', baseline: run.specs[0], alternative: run.specs[1], seed: record.seed, baselineBlock, alternativeBlock },
      { ...options, transfer: blockBuffers([baselineBlock, alternativeBlock]) },
    );
  }

  private isFinished(run: ActiveRun): boolean {
    return FINISHED_STATUSES.has(run.record.status);
  }

  /** Records the end of a run (once), tells listeners, and starts the next waiting run. */
  private finish(run: ActiveRun, status: Exclude<RunStatus, 'queued' | 'running'>, error?: string, finishedAt = new Date().toISOString()): void {
    if (this.isFinished(run)) return;
    Atomics.store(run.cancel, 0, 1);
    this.pool.withdraw(run.record.id);
    run.record = { ...run.record, status, finishedAt, error, progressDone: run.done };
    if (status !== 'done') {
      try {
        this.store.markFinished(run.record.id, { status, finishedAt, error, progressDone: run.done });
      } catch (storeError) {
        // The run still ends for its listeners; the next start marks it interrupted.
        this.log.error({ err: storeError, runId: run.record.id }, 'could not record the end of a run');
      }
    }
    const waitingIndex = this.waiting.indexOf(run);
    if (waitingIndex >= 0) this.waiting.splice(waitingIndex, 1);
    this.active.delete(run.record.id);
    clearTimeout(run.progressTimer);
    this.emitProgress(run, true);
    this.emit(run, { type: 'status', data: error === undefined ? { status } : { status, error } });
    run.listeners.clear();
    run.settle();
    this.startWaiting();
  }

  private startWaiting(): void {
    while (!this.closing && this.waiting.length > 0 && this.active.size - this.waiting.length < this.limits.runConcurrency) {
      void this.execute(this.waiting.shift() as ActiveRun);
    }
  }

  private onChunkProgress(run: ActiveRun, chunk: number, done: number): void {
    if (this.isFinished(run)) return;
    run.done += done - run.chunkProgress[chunk];
    run.chunkProgress[chunk] = done;
    this.emitProgress(run, false);
  }

  private progress(run: ActiveRun): RunProgress {
    const total = run.record.trials;
    const elapsedMs = run.startedAtMs === undefined ? 0 : Date.now() - run.startedAtMs;
    const etaMs = run.done >= total ? 0 : run.done > 0 ? Math.round((elapsedMs * (total - run.done)) / run.done) : null;
    return { done: run.done, total, elapsedMs, etaMs };
  }

  /** Progress at most every 100 ms per run (the last change always goes out). */
  private emitProgress(run: ActiveRun, immediately: boolean): void {
    if (run.listeners.size === 0) return;
    const wait = run.lastProgressEmit + PROGRESS_INTERVAL_MS - Date.now();
    if (immediately || wait <= 0) {
      clearTimeout(run.progressTimer);
      run.progressTimer = undefined;
      run.lastProgressEmit = Date.now();
      this.emit(run, { type: 'progress', data: this.progress(run) });
    } else if (!run.progressTimer) {
      run.progressTimer = setTimeout(() => {
        run.progressTimer = undefined;
        if (!this.isFinished(run)) this.emitProgress(run, true);
      }, wait);
    }
  }

  private emit(run: ActiveRun, event: RunEvent): void {
    for (const listener of run.listeners) {
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

  /** A guess at when a place frees up: the recent mean run time × the runs ahead, per concurrent slot. */
  private retryAfterSeconds(): number {
    const durations = this.recentDurationsMs;
    const meanMs = durations.length === 0 ? 1000 : durations.reduce((sum, ms) => sum + ms, 0) / durations.length;
    const ahead = this.waiting.length / this.limits.runConcurrency;
    return Math.min(300, Math.max(1, Math.ceil((meanMs * Math.max(1, ahead)) / 1000)));
  }
}

/**
 * Splits trials into chunks: at most `maxChunk` each, and a multiple of the
 * worker count so that every worker gets a share to the end.
 */
export function chunkTrials(trials: number, workers: number, maxChunk: number): { firstTrial: number; trialCount: number }[] {
  const perWorker = Math.ceil(Math.ceil(trials / maxChunk) / workers);
  const count = Math.min(trials, Math.max(1, perWorker * workers));
  const size = Math.ceil(trials / count);
  const chunks = [];
  for (let firstTrial = 0; firstTrial < trials; firstTrial += size) chunks.push({ firstTrial, trialCount: Math.min(size, trials - firstTrial) });
  return chunks;
}
