// A worker thread of the pool: compiles plans (cached by key), runs chunks of
// trials and summarises finished runs, so that the server's event loop never
// does the heavy work. Started by worker-pool.ts, from its bundle or through tsx.
import { parentPort } from 'node:worker_threads';
import { columnCount, compareRuns, compileModel, planRun, runPlanTrials, summarisePlan, usesReservoir, type RunPlan } from '../../engine/index.ts';
import { blockBuffers, type PlanSpec, type SummaryResult, type TrialsResult, type WorkerRequest, type WorkerResponse, type WorkerTask } from './messages.ts';

const PLAN_CACHE_SIZE = 8;
/**
 * Least time between two progress messages of a task. Each message wakes the
 * thread that started the task; a fast model's chunk reached its progress
 * step every millisecond or so, and the messages took about 7% of the
 * worker's time (five organisations at 100,000 trials on a loaded machine).
 */
const PROGRESS_INTERVAL_MS = 100;
const plans = new Map<string, RunPlan>();

/** The plan for a spec, compiled once per key; the least recently used is dropped beyond the cache size. */
function planFor(spec: PlanSpec): RunPlan {
  let plan = plans.get(spec.key);
  if (plan) {
    plans.delete(spec.key);
  } else {
    plan = spec.variants ? planRun(spec.document) : { model: compileModel(spec.document), variants: [] };
    if (plans.size >= PLAN_CACHE_SIZE) plans.delete(plans.keys().next().value as string);
  }
  plans.set(spec.key, plan);
  return plan;
}

function perform(task: WorkerTask, progress: (done: number) => void): { result: TrialsResult | SummaryResult; transfer: ArrayBuffer[] } {
  switch (task.type) {
    case 'trials': {
      const flag = new Int32Array(task.cancel);
      const shouldStop = () => Atomics.load(flag, 0) !== 0;
      const count = task.plans.length;
      // `!== false`: a task queued in Redis by a server from before the flag wants the rows.
      const audit = task.auditRows !== false && usesReservoir(task.runTrials);
      const auditValues: Float64Array[] = [];
      const planBlocks = task.plans.map((spec, index) => {
        const plan = planFor(spec);
        const columns = columnCount(plan.model);
        const rows = audit ? new Float64Array(task.trialCount * columns) : undefined;
        if (rows) auditValues.push(rows);
        return runPlanTrials(plan, {
          seed: task.seed,
          firstTrial: task.firstTrial,
          trialCount: task.trialCount,
          runTrials: task.runTrials,
          progressEvery: task.progressEvery,
          shouldStop,
          onProgress: (done) => progress(Math.floor((index * task.trialCount + done) / count)),
          onTrialRow: rows ? (trial, row) => rows.set(row, (trial - task.firstTrial) * columns) : undefined,
        });
      });
      const transfer = [...blockBuffers(planBlocks.flatMap((planBlock) => planBlock.blocks)), ...auditValues.map((values) => values.buffer as ArrayBuffer)];
      return { result: audit ? { planBlocks, auditValues } : { planBlocks }, transfer };
    }
    case 'summarise-run': {
      const results = summarisePlan(planFor(task.plan), task.planBlock, task.seed);
      const { values } = task.planBlock.blocks[0];
      return { result: { resultsJson: JSON.stringify(results), values }, transfer: [values.buffer as ArrayBuffer] };
    }
    case 'summarise-compare': {
      const comparison = compareRuns(
        { model: planFor(task.baseline).model, block: task.baselineBlock, seed: task.seed },
        { model: planFor(task.alternative).model, block: task.alternativeBlock, seed: task.seed },
      );
      const values = task.baselineBlock.values;
      const alternativeValues = task.alternativeBlock.values;
      return { result: { resultsJson: JSON.stringify(comparison), values, alternativeValues }, transfer: [values.buffer as ArrayBuffer, alternativeValues.buffer as ArrayBuffer] };
    }
  }
}

const port = parentPort;
if (!port) throw new Error('trial-worker.ts must run in a worker thread');
port.on('message', ({ taskId, task }: WorkerRequest) => {
  const send = (message: WorkerResponse, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  let progressSentAt = Number.NEGATIVE_INFINITY;
  const progress = (done: number) => {
    const now = performance.now();
    if (now - progressSentAt < PROGRESS_INTERVAL_MS) return;
    progressSentAt = now;
    send({ type: 'progress', taskId, done });
  };
  try {
    const { result, transfer } = perform(task, progress);
    send({ type: 'result', taskId, result }, transfer);
  } catch (error) {
    send({ type: 'error', taskId, message: (error as Error).message ?? String(error) });
  }
});
