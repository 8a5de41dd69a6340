import { DEFAULT_OPTIONS } from '../config.ts';
import { planRun, resolveRunSettings, summarisePlan, type RunResults } from '../../engine/index.ts';
import { runChunks } from '../runs/run-chunks.ts';
import { WorkerPool } from '../workers/worker-pool.ts';

/**
 * Runs a scenario's trials on `workers` worker threads, split into chunks
 * and gathered by the server's own code (api/runs/run-chunks.ts on a
 * WorkerPool), and summarises them here: the same results, to the last bit,
 * as the engine's runScenario in one thread, for any number of workers.
 * @throws ScenarioValidationError before any trial runs when the scenario is not valid
 * @throws WorkerTaskError with the engine's message when a trial cannot be evaluated
 */
export async function runOnWorkers(document: unknown, options: { trials?: number; seed?: number; workers: number; onProgress?: (done: number, total: number) => void }): Promise<RunResults> {
  // The threads load their code while this one compiles the plan (and are stopped if it is not valid).
  const pool = new WorkerPool({ size: options.workers });
  try {
    const plan = planRun(document);
    const { trials, seed } = resolveRunSettings(plan.model, options);
    const planBlocks = await runChunks(
      pool,
      { workers: options.workers, maxChunkTrials: DEFAULT_OPTIONS.maxChunkTrials },
      {
        group: 'sim',
        plans: [plan],
        specs: [{ key: 'sim', document, variants: true }],
        trials,
        seed,
        cancel: new SharedArrayBuffer(4),
        onProgress: (done) => options.onProgress?.(done, trials),
        isFinished: () => false,
      },
    );
    // Never undefined: nothing here finishes the job early.
    const [planBlock] = planBlocks as NonNullable<typeof planBlocks>;
    return summarisePlan(plan, planBlock, seed);
  } finally {
    await pool.close();
  }
}
