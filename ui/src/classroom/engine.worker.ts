// The engine in a Web Worker: the classroom re-runs the teaching preset here,
// with no server round trip. Trials run in chunks; after the first chunk a
// quick preview is posted, then the full result. A newer request supersedes
// the one under way between chunks, so a moving slider never queues up work.
import { mergePlanBlocks, planRun, resolveRunSettings, runPlanTrials, ScenarioValidationError, summarisePlan } from '../../../engine/index.ts';
import type { PlanBlock } from '../../../engine/index.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

/** Trials in the quick first look; results do not depend on the chunking. */
const PREVIEW_TRIALS = 250;
const CHUNK_TRIALS = 250;

let latest = 0;

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, document } = event.data;
  latest = id;
  const started = performance.now();
  try {
    const plan = planRun(document);
    const { trials, seed } = resolveRunSettings(plan.model, event.data);
    const pieces: PlanBlock[] = [];
    for (let firstTrial = 0; firstTrial < trials; firstTrial += CHUNK_TRIALS) {
      if (latest !== id) return;
      pieces.push(runPlanTrials(plan, { seed, firstTrial, trialCount: Math.min(CHUNK_TRIALS, trials - firstTrial) }));
      const done = Math.min(trials, firstTrial + CHUNK_TRIALS);
      if (done === PREVIEW_TRIALS && done < trials) {
        const planBlock = mergePlanBlocks(pieces);
        post({ id, ok: true, final: false, trials: done, results: summarisePlan(plan, planBlock, seed), elapsedMs: performance.now() - started });
      }
      await yieldToMessages();
    }
    if (latest !== id) return;
    const planBlock = mergePlanBlocks(pieces);
    post({ id, ok: true, final: true, trials, results: summarisePlan(plan, planBlock, seed), elapsedMs: performance.now() - started });
  } catch (error) {
    const issues = error instanceof ScenarioValidationError ? [...error.issues] : [];
    post({ id, ok: false, message: (error as Error).message, issues });
  }
};
