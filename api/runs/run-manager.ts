import { randomUUID } from 'node:crypto';
import {
  compileModel,
  ENGINE_VERSION,
  estimateWork,
  planModels,
  planRun,
  MOMENT_BYTES_PER_COLUMN,
  RESERVOIR_TRIALS,
  resolveRunSettings,
  SCHEMA_VERSION,
  usesReservoir,
  type PlanBlock,
  type RunPlan,
} from '../../engine/index.ts';
import { TrialSpool } from '../store/trial-spool.ts';
import { ApiError, notFound } from '../api-error.ts';
import type { RunKind, RunRecord, RunSource, RunStore } from '../store/run-store.ts';
import { trialColumnCount } from './trial-columns.ts';
import { blockBuffers, type PlanSpec, type SummaryResult } from '../workers/messages.ts';
import type { TrialRunner } from '../workers/trial-runner.ts';
import type { WorkerPool } from '../workers/worker-pool.ts';
import { JobQueue, type JobContext, type Listener, type Logger } from './job-queue.ts';
import { runChunks } from './run-chunks.ts';
import { toRunView, type RunView } from './run-view.ts';

export { chunkTrials } from './run-chunks.ts';

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

/**
 * Runs and comparisons: admission (size caps, a bounded queue), execution on
 * the worker pool in chunks of trials, aggregated progress for listeners,
 * cancellation, and storing the results with everything needed to reproduce
 * them. Trials split across any number of chunks and workers give identical
 * results, because each trial draws only from streams named by (seed, trial).
 */
export class RunManager {
  /** The queue runs share with decisions (see {@link JobQueue}). */
  readonly queue: JobQueue;
  /** Records of runs queued or running, kept here so that a view needs no read of the store. */
  private readonly pending = new Map<string, RunRecord>();

  constructor(
    private readonly store: RunStore,
    /** Summarises finished runs (and runs their trials, unless `trials` is another runner). */
    private readonly pool: WorkerPool,
    private readonly limits: RunLimits,
    log: Logger,
    /** Runs the chunks of trials: the pool itself, or the job queue's worker processes. */
    private readonly trials: TrialRunner = pool,
  ) {
    const withdraw = (group: string) => {
      pool.withdraw(group);
      if (trials !== pool) trials.withdraw(group);
    };
    this.queue = new JobQueue({ withdraw }, limits, log);
  }

  /** Runs now executing and waiting (decisions included: they share the queue). */
  counts(): { running: number; queued: number } {
    return this.queue.counts();
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
    checkRunSize(plans, trials, request.trials !== undefined ? 'body/trials' : 'simulation.trials', this.limits);

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
    this.pending.set(id, record);
    const sources = request.kind === 'run' ? [request.source] : [request.source, request.alternative as RunSource];
    const specs = sources.map((source, index) => ({ key: `${id}/${index}`, document: source.document, variants: request.kind === 'run' }));
    this.queue.submit({
      id,
      total: trials,
      markRunning: (startedAt) => {
        this.pending.set(id, { ...(this.pending.get(id) ?? record), status: 'running', startedAt });
        this.store.markRunning(id, startedAt);
      },
      markFinished: (outcome) => {
        this.pending.delete(id);
        this.store.markFinished(id, outcome);
      },
      perform: (context) => this.perform(record, plans, specs, context),
    });
    return this.view(id);
  }

  /**
   * Whether a run would be taken now: cheap, so routes call it before
   * validating a document, and a full queue turns clients away quickly.
   * @throws ApiError 503 when shutting down, 429 (with Retry-After) when no run can start or wait
   */
  checkCapacity(): void {
    this.queue.checkCapacity();
  }

  /** @throws ApiError 404 */
  view(id: string): RunView {
    const state = this.queue.state(id);
    const pending = this.pending.get(id);
    if (state && pending) return toRunView({ ...pending, status: state.status, startedAt: state.startedAt }, state.done);
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
      const state = this.queue.state(record.id);
      return state ? toRunView({ ...record, status: state.status, startedAt: state.startedAt }, state.done) : toRunView(record);
    });
  }

  /**
   * Stops a queued or running run. Its workers stop at the next trial.
   * @throws ApiError 404, or 409 when the run has already finished
   */
  cancel(id: string): RunView {
    if (!this.pending.has(id) || !this.queue.cancel(id, 'cancelled on request')) {
      const view = this.view(id);
      throw ApiError.at(409, 'params/id', `run "${id}" has already finished (status ${view.status}) and cannot be cancelled`);
    }
    return this.view(id);
  }

  /**
   * Deletes a finished run (done, failed, cancelled or interrupted) with its
   * results; links to it then answer 404. A queued or running run must be
   * cancelled first, so nothing is deleted under a worker's feet.
   * @throws ApiError 404, or 409 while the run is queued or running
   */
  delete(id: string): void {
    if (this.pending.has(id) && this.queue.state(id)) {
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
    const unsubscribe = this.pending.has(id) ? this.queue.subscribe(id, listener) : undefined;
    if (unsubscribe) return unsubscribe;
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
  shutdown(graceMs: number): Promise<void> {
    return this.queue.shutdown(graceMs);
  }

  /**
   * Runs the chunks, summarises and saves. A run of more than
   * RESERVOIR_TRIALS trials writes every trial's row to a spool file on disk
   * as its chunk comes back (the blocks keep only the reservoir), and the
   * store copies the spool into the database a piece at a time; the spool
   * is deleted however the run ends.
   */
  private async perform(record: RunRecord, plans: readonly RunPlan[], specs: readonly PlanSpec[], context: JobContext): Promise<void> {
    const spools = usesReservoir(record.trials) ? plans.map((plan) => new TrialSpool(record.trials, trialColumnCount(plan.model))) : undefined;
    try {
      const planBlocks = await runChunks(this.trials, this.limits, {
        group: record.id,
        plans,
        specs,
        trials: record.trials,
        seed: record.seed,
        cancel: context.cancel,
        onProgress: context.progress,
        isFinished: context.isFinished,
        onAuditRows: spools ? (plan, firstTrial, values) => spools[plan].write(firstTrial, values) : undefined,
      });
      if (!planBlocks) return;
      const summary = await this.summarise(record, specs, planBlocks);
      context.complete((finishedAt) => {
        this.pending.delete(record.id);
        const figures = spools ? { values: spools[0], alternativeValues: spools[1] } : { values: summary.values, alternativeValues: summary.alternativeValues };
        this.store.saveResults(record.id, finishedAt, record.trials, summary.resultsJson, figures);
      });
    } finally {
      spools?.forEach((spool) => spool.remove());
    }
  }

  private summarise(record: RunRecord, specs: readonly PlanSpec[], planBlocks: readonly PlanBlock[]): Promise<SummaryResult> {
    const options = { group: record.id, urgent: true };
    if (record.kind === 'run') {
      const [planBlock] = planBlocks;
      return this.pool.run<SummaryResult>({ type: 'summarise-run', plan: specs[0], seed: record.seed, planBlock }, { ...options, transfer: blockBuffers(planBlock.blocks) });
    }
    const [baselineBlock, alternativeBlock] = planBlocks.map((planBlock) => planBlock.blocks[0]);
    return this.pool.run<SummaryResult>(
      { type: 'summarise-compare', baseline: specs[0], alternative: specs[1], seed: record.seed, baselineBlock, alternativeBlock },
      { ...options, transfer: blockBuffers([baselineBlock, alternativeBlock]) },
    );
  }
}

/**
 * Checks that a run's work and memory fit the limits, naming `trialsPath`
 * (the field that set the trials) when they do not. `points` scenarios' runs
 * count as many times over (a decision runs one per point).
 * @throws ApiError 422
 */
export function checkRunSize(plans: readonly RunPlan[], trials: number, trialsPath: string, limits: RunLimits, points = 1): void {
  if (trials > limits.maxTrials) {
    throw ApiError.at(422, trialsPath, `trials is ${trials} (from the scenario's simulation.trials); the limit is ${limits.maxTrials} per run, so send a smaller trials`);
  }
  const work = plans.reduce((total, plan) => total + estimateWork(plan, trials), 0) * points;
  if (work > limits.maxRunWork) {
    const workPerTrial = work / trials;
    const largest = Math.max(1, Math.floor(limits.maxRunWork / workPerTrial));
    const count = points === 1 ? '' : ` (${points} points of ${work / points / trials} units per trial each)`;
    throw ApiError.at(
      422,
      trialsPath,
      `trials × work is too large: ${trials} trials × ${workPerTrial} units per trial${count} = ${work}, above the limit of ${limits.maxRunWork}; this scenario can run at most ${largest} trials`,
    );
  }
  // Every model's per-trial figures are held until the run is summarised (a decision holds one point's at a time);
  // a run of more than RESERVOIR_TRIALS holds its reservoir's and every column's exact moments instead.
  const models = plans.flatMap((plan) => planModels(plan));
  const bytesPerTrial = models.reduce((total, model) => total + (trialColumnCount(model) + model.sampledInputs.length) * 8, 0);
  if (usesReservoir(trials)) {
    const momentBytes = models.reduce((total, model) => total + trialColumnCount(model) * MOMENT_BYTES_PER_COLUMN, 0);
    const held = RESERVOIR_TRIALS * bytesPerTrial + momentBytes;
    if (held > limits.maxRunBytes) {
      throw ApiError.at(
        422,
        trialsPath,
        `trials × memory is too large: a run of more than ${RESERVOIR_TRIALS} trials holds ${RESERVOIR_TRIALS} trials' figures × ${bytesPerTrial} bytes and ${momentBytes} bytes of exact sums = ${held} bytes, above the limit of ${limits.maxRunBytes}; this scenario can run at most ${Math.max(1, Math.floor(limits.maxRunBytes / bytesPerTrial))} trials`,
      );
    }
    return;
  }
  if (trials * bytesPerTrial > limits.maxRunBytes) {
    const largest = Math.max(1, Math.floor(limits.maxRunBytes / bytesPerTrial));
    throw ApiError.at(
      422,
      trialsPath,
      `trials × memory is too large: ${trials} trials × ${bytesPerTrial} bytes of figures per trial = ${trials * bytesPerTrial} bytes, above the limit of ${limits.maxRunBytes}; this scenario can run at most ${largest} trials`,
    );
  }
}
