import { PlanBlockAccumulator, type PlanBlock, type RunPlan } from '../../engine/index.ts';
import type { PlanSpec, TrialsResult } from '../workers/messages.ts';
import type { TrialRunner } from '../workers/trial-runner.ts';

export interface ChunkLimits {
  readonly workers: number;
  readonly maxChunkTrials: number;
}

/** Trials of one or more plans to run on the pool, as one job's tasks. */
export interface ChunkedTrials {
  /** The job the tasks belong to: withdrawing it withdraws them. */
  readonly group: string;
  /** Compiled here to size the blocks; `specs` are what the workers compile (same documents, in the same order). */
  readonly plans: readonly RunPlan[];
  readonly specs: readonly PlanSpec[];
  readonly trials: number;
  readonly seed: number;
  readonly cancel: SharedArrayBuffer;
  /** Trials done so far across the chunks. */
  readonly onProgress: (done: number) => void;
  /** True once the job has ended (cancelled): chunks that come back after are dropped. */
  readonly isFinished: () => boolean;
  /**
   * In a run of more than RESERVOIR_TRIALS trials, called with every row of
   * each chunk as it comes back (plan by plan, the scenario's own model), so
   * the audit file can be written as trials finish: the blocks keep only a
   * reservoir's rows. Runs of fewer trials keep every row in their blocks.
   */
  readonly onAuditRows?: (plan: number, firstTrial: number, values: Float64Array) => void;
}

/**
 * Runs trials in chunks on the runner (the worker pool, or the job queue's
 * worker processes) and joins each plan's blocks in trial order. Any split
 * gives the same numbers, because each trial draws only from streams named
 * by (seed, trial). Undefined when the job ended before every chunk came back.
 */
export async function runChunks(runner: TrialRunner, limits: ChunkLimits, request: ChunkedTrials): Promise<PlanBlock[] | undefined> {
  const chunks = chunkTrials(request.trials, limits.workers, limits.maxChunkTrials);
  const chunkProgress = chunks.map(() => 0);
  let done = 0;
  const onChunkProgress = (chunk: number, trials: number) => {
    if (request.isFinished()) return;
    done += trials - chunkProgress[chunk];
    chunkProgress[chunk] = trials;
    request.onProgress(done);
  };
  const accumulators = request.plans.map((plan) => new PlanBlockAccumulator(plan, request.trials));
  await Promise.all(
    chunks.map(async ({ firstTrial, trialCount }, index) => {
      const result: TrialsResult = await runner.run(
        {
          type: 'trials',
          plans: request.specs,
          seed: request.seed,
          firstTrial,
          trialCount,
          runTrials: request.trials,
          auditRows: request.onAuditRows !== undefined,
          progressEvery: Math.max(1, Math.floor(trialCount / 20)),
          cancel: request.cancel,
        },
        { group: request.group, onProgress: (trials) => onChunkProgress(index, trials) },
      );
      if (request.isFinished()) return;
      result.planBlocks.forEach((planBlock, plan) => accumulators[plan].add(planBlock));
      result.auditValues?.forEach((values, plan) => request.onAuditRows?.(plan, firstTrial, values));
      onChunkProgress(index, trialCount);
    }),
  );
  if (request.isFinished()) return undefined;
  return accumulators.map((accumulator) => accumulator.result());
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
