import { randomUUID } from 'node:crypto';
import {
  compileModel,
  DecisionError,
  ENGINE_VERSION,
  measurePoint,
  resolveRunSettings,
  SCHEMA_VERSION,
  ScenarioValidationError,
  solveSteps,
  withLever,
  type CompiledModel,
  type Measure,
  type MeasuredValue,
  type SolveRequest,
  type SweepPoint,
} from '../../engine/index.ts';
import { ApiError, notFound } from '../api-error.ts';
import type { DecisionRecord, DecisionStore } from '../store/decision-store.ts';
import type { RunSource } from '../store/run-store.ts';
import type { DecisionLabels, DecisionRequestWire, DecisionView, SolveRequestWire, SweepRequestWire } from '../wire/decisions.ts';
import type { TrialRunner } from '../workers/trial-runner.ts';
import { JobFailedError, type JobContext, type JobQueue, type Listener } from '../runs/job-queue.ts';
import { runChunks } from '../runs/run-chunks.ts';
import { checkRunSize, type RunLimits } from '../runs/run-manager.ts';
import { leverLabel, measureLabel } from './decision-labels.ts';
import { checkSolve, checkSweep } from './decision-request.ts';
import { toDecisionView } from './decision-view.ts';
import { solveResultWire, sweepResultWire } from './result-wire.ts';

/** A solve or a sweep to start, as the routes read it. */
export interface DecisionSubmission {
  readonly source: RunSource;
  readonly request: SolveRequestWire | SweepRequestWire;
  readonly trials?: number;
  readonly seed?: number;
  /** The signed-in user starting it, if any. */
  readonly startedBy?: string;
}

/** One point of a decision to run: the scenario with the lever(s) placed, and the measures to read there. */
interface PointToRun {
  readonly index: number;
  readonly document: unknown;
  readonly measures: readonly Measure[];
  readonly fields: readonly string[];
}

/**
 * Solves and sweeps as jobs of the shared queue: checked against the scenario
 * before they are queued (the engine's own checks, 4xx naming the field),
 * their work counted against the run limits (every point), each point run as
 * chunks of trials on the worker pool like a run, on the same seed and
 * trials (common random numbers), and stored with their inputs and answers.
 * The answers equal the engine's in-process `solve` and `sweep`: the same
 * steps read the same trials.
 */
export class DecisionManager {
  /** Records of decisions queued or running. */
  private readonly pending = new Map<string, DecisionRecord>();

  constructor(
    private readonly store: DecisionStore,
    private readonly queue: JobQueue,
    /** Runs the points' chunks of trials: the worker pool, or the job queue's worker processes. */
    private readonly trials: TrialRunner,
    private readonly limits: RunLimits,
  ) {}

  /**
   * Checks a decision and its size, then starts or queues it.
   * @throws ApiError 400 naming the field, 422 when its work is over the limits, 429 or 503 as a run
   */
  submit(submission: DecisionSubmission): DecisionView {
    this.queue.checkCapacity();
    const { document } = submission.source;
    const model = compileModel(document);
    const { trials, seed } = resolveRunSettings(model, { trials: submission.trials, seed: submission.seed });
    const trialsPath = submission.trials !== undefined ? 'body/trials' : 'simulation.trials';
    const wire = submission.request;
    const id = randomUUID();
    let points: number;
    let stored: DecisionRequestWire;
    let labels: DecisionLabels;
    let perform: (context: JobContext) => Promise<void>;
    if (wire.kind === 'solve') {
      const checked = checkSolve(document, model, wire);
      points = checked.plannedRuns;
      stored = wire;
      labels = { inputs: [leverLabel(checked.request.lever.lever, model)], measures: [measureLabel(checked.request.target.measure, model)] };
      perform = (context) => this.performSolve(id, document, checked.request, trials, seed, points, context);
    } else {
      const checked = checkSweep(document, model, wire);
      points = checked.candidates.length;
      stored = checked.stored;
      labels = { inputs: checked.inputs.map((input) => leverLabel(input.lever, model)), measures: checked.measures.map((measure) => measureLabel(measure, model)) };
      const fields = checked.measures.map((_, index) => `measures[${index}]`);
      perform = (context) => this.performSweep(id, checked.candidates, checked.measures, fields, trials, seed, context);
    }
    checkRunSize([{ model, variants: [] }], trials, trialsPath, this.limits, points);

    const record: DecisionRecord = {
      id,
      kind: wire.kind,
      status: 'queued',
      trials,
      seed,
      source: submission.source,
      request: stored,
      labels,
      engineVersion: ENGINE_VERSION,
      schemaVersion: SCHEMA_VERSION,
      pointsTotal: points,
      pointsDone: 0,
      createdAt: new Date().toISOString(),
      startedAt: undefined,
      finishedAt: undefined,
      error: undefined,
      result: undefined,
      startedBy: submission.startedBy,
    };
    this.store.insert(record);
    this.pending.set(id, record);
    this.queue.submit({
      id,
      total: points * trials,
      progressData: (progress) => ({ ...progress, points: { done: Math.min(points, Math.floor(progress.done / trials)), total: points } }),
      markRunning: (startedAt) => {
        this.pending.set(id, { ...(this.pending.get(id) ?? record), status: 'running', startedAt });
        this.store.markRunning(id, startedAt);
      },
      markFinished: (outcome) => {
        this.pending.delete(id);
        this.store.markFinished(id, { status: outcome.status, finishedAt: outcome.finishedAt, error: outcome.error, pointsDone: Math.floor(outcome.progressDone / trials) });
      },
      perform,
    });
    return this.view(id);
  }

  /** @throws ApiError 503 or 429 as a run, when the shared queue takes no more */
  checkCapacity(): void {
    this.queue.checkCapacity();
  }

  /** @throws ApiError 404 */
  view(id: string): DecisionView {
    const state = this.queue.state(id);
    const pending = this.pending.get(id);
    if (state && pending) return toDecisionView({ ...pending, status: state.status, startedAt: state.startedAt, pointsDone: Math.floor(state.done / pending.trials) });
    return toDecisionView(this.record(id));
  }

  /** The stored record (document included). @throws ApiError 404 */
  record(id: string): DecisionRecord {
    const record = this.store.get(id);
    if (!record) throw notFound(`decision "${id}"`);
    return record;
  }

  list(options: { scenarioId?: string; limit: number }): DecisionView[] {
    return this.store.list(options).map((record) => (this.pending.has(record.id) ? this.view(record.id) : toDecisionView(record)));
  }

  /** @throws ApiError 404, or 409 when the decision has already finished */
  cancel(id: string): DecisionView {
    if (!this.pending.has(id) || !this.queue.cancel(id, 'cancelled on request')) {
      const view = this.view(id);
      throw ApiError.at(409, 'params/id', `decision "${id}" has already finished (status ${view.status}) and cannot be cancelled`);
    }
    return this.view(id);
  }

  /**
   * Progress events until the decision ends: `progress` with the trials and
   * points done, then `status`. Returns a function that stops listening.
   * @throws ApiError 404
   */
  subscribe(id: string, listener: Listener): () => void {
    const unsubscribe = this.pending.has(id) ? this.queue.subscribe(id, listener) : undefined;
    if (unsubscribe) return unsubscribe;
    const view = this.view(id);
    const elapsedMs = view.startedAt && view.finishedAt ? Date.parse(view.finishedAt) - Date.parse(view.startedAt) : 0;
    const trialsDone = view.progress.done * view.trials;
    listener({ type: 'progress', data: { done: trialsDone, total: view.progress.total * view.trials, elapsedMs, etaMs: 0, points: view.progress } as never });
    listener({ type: 'status', data: view.error === undefined ? { status: view.status } : { status: view.status, error: view.error } });
    return () => undefined;
  }

  private async performSolve(id: string, document: unknown, request: Omit<SolveRequest, 'trials' | 'seed'>, trials: number, seed: number, planned: number, context: JobContext): Promise<void> {
    const steps = solveSteps(document, { ...request, trials, seed });
    let index = 0;
    let step = next(() => steps.next());
    while (!step.done) {
      const point = { index, document: withLever(document, request.lever.lever, step.value), measures: [request.target.measure], fields: ['target.measure'] };
      const measured = await this.runPoint(id, point, trials, seed, Math.min(index, planned - 1), context);
      if (!measured) return;
      index += 1;
      step = next(() => steps.next(measured[0]));
    }
    const result = step.value;
    context.complete((finishedAt) => {
      this.pending.delete(id);
      this.store.saveResult(id, finishedAt, result.runs, solveResultWire(result));
    });
  }

  private async performSweep(
    id: string,
    candidates: readonly { at: readonly number[]; document: unknown }[],
    measures: readonly Measure[],
    fields: readonly string[],
    trials: number,
    seed: number,
    context: JobContext,
  ): Promise<void> {
    const points: SweepPoint[] = [];
    for (const [index, candidate] of candidates.entries()) {
      const measured = await this.runPoint(id, { index, document: candidate.document, measures, fields }, trials, seed, index, context);
      if (!measured) return;
      points.push({ at: candidate.at, measures: measured });
    }
    const result = sweepResultWire(points);
    context.complete((finishedAt) => {
      this.pending.delete(id);
      this.store.saveResult(id, finishedAt, points.length, result);
    });
  }

  /**
   * Runs one point as chunks of trials on the worker pool (the scenario's own
   * model, no variants) and reads its measures here. Undefined when the
   * decision ended (cancelled) meanwhile.
   * @throws JobFailedError when the point's scenario is not valid or a measure does not fit
   */
  private async runPoint(id: string, point: PointToRun, trials: number, seed: number, progressSlot: number, context: JobContext): Promise<MeasuredValue[] | undefined> {
    let model: CompiledModel;
    try {
      model = compileModel(point.document);
    } catch (error) {
      if (error instanceof ScenarioValidationError) throw new JobFailedError(`point ${point.index + 1}: the scenario is not valid there: ${error.message.split('\n')[0]}`);
      throw error;
    }
    const planBlocks = await runChunks(this.trials, this.limits, {
      group: id,
      plans: [{ model, variants: [] }],
      specs: [{ key: `${id}/${point.index}`, document: point.document, variants: false }],
      trials,
      seed,
      cancel: context.cancel,
      onProgress: (done) => context.progress(progressSlot * trials + done),
      isFinished: context.isFinished,
    });
    if (!planBlocks) return undefined;
    return next(() => measurePoint(model, planBlocks[0].blocks[0], point.measures, point.fields));
  }
}

/** Runs an engine step; a DecisionError (a target out of reach, a measure not monotone) ends the job with its message. */
function next<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof DecisionError) throw new JobFailedError(error.message);
    throw error;
  }
}
