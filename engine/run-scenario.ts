import type { CompiledModel } from './model/compiled-model.ts';
import type { TrialBlock } from './montecarlo/trial-block.ts';
import { planRun, type RunPlan } from './plan/run-plan.ts';
import { PlanBlockAccumulator, runPlanTrials, type PlanBlock } from './plan/plan-block.ts';
import { summarisePlan } from './plan/summarise-plan.ts';
import { compareRuns, type Comparison } from './results/compare-runs.ts';
import type { RunResults } from './results/run-results.ts';

export interface RunOptions {
  /** Trials to run (default: the scenario's, else 1000). */
  readonly trials?: number;
  /** Master seed (default: the scenario's, else 1). */
  readonly seed?: number;
  /** Trials per block; results do not depend on it (default 1000). */
  readonly chunkSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Rows a run of more trials keeps in its reservoir (default RESERVOIR_TRIALS); smaller only in tests. */
  readonly reservoirSize?: number;
}

export interface ScenarioRun {
  readonly plan: RunPlan;
  readonly model: CompiledModel;
  /** The scenario's own trials (variants' trials are in `planBlock`). */
  readonly block: TrialBlock;
  readonly planBlock: PlanBlock;
  readonly seed: number;
  readonly results: RunResults;
}

/** The trials and seed a run will use: the options', else the scenario's, else 1000 and 1. */
export function resolveRunSettings(model: CompiledModel, options: Pick<RunOptions, 'trials' | 'seed'> = {}): { trials: number; seed: number } {
  return {
    trials: options.trials ?? model.scenario.simulation?.trials ?? 1000,
    seed: options.seed ?? model.scenario.simulation?.seed ?? 1,
  };
}

/**
 * Validates, compiles and runs a scenario in this thread, block by block, and
 * summarises the results. Memory stays that of RESERVOIR_TRIALS trials
 * however many trials are run (see TrialBlockAccumulator). The server runs the same blocks on worker threads;
 * both give identical numbers for the same seed.
 *
 * @throws ScenarioValidationError listing every problem when the scenario is not valid
 * @example
 * const { results } = runScenario(YAML.parse(text), { trials: 2000, seed: 7 });
 */
export function runScenario(document: unknown, options: RunOptions = {}): ScenarioRun {
  const plan = planRun(document);
  const { model } = plan;
  const { trials, seed } = resolveRunSettings(model, options);
  const chunkSize = Math.max(1, options.chunkSize ?? 1000);
  const accumulator = new PlanBlockAccumulator(plan, trials, options.reservoirSize);
  for (let firstTrial = 0; firstTrial < trials; firstTrial += chunkSize) {
    const trialCount = Math.min(chunkSize, trials - firstTrial);
    accumulator.add(
      runPlanTrials(plan, {
        seed,
        firstTrial,
        trialCount,
        runTrials: trials,
        reservoirSize: options.reservoirSize,
        onProgress: options.onProgress ? (done) => options.onProgress?.(firstTrial + done, trials) : undefined,
      }),
    );
  }
  const planBlock = accumulator.result();
  return { plan, model, block: planBlock.blocks[0], planBlock, seed, results: summarisePlan(plan, planBlock, seed) };
}

/**
 * Runs two scenarios on common random numbers (same seed, same trials) and
 * compares them trial by trial.
 */
export function compareScenarios(baselineDocument: unknown, alternativeDocument: unknown, options: RunOptions = {}): Comparison {
  const baseline = runScenario(baselineDocument, options);
  const alternative = runScenario(alternativeDocument, { ...options, trials: baseline.results.meta.trials, seed: baseline.seed });
  return compareRuns(baseline, alternative);
}
