import type { CompiledModel } from '../model/compiled-model.ts';
import { compileModel } from '../model/compile-model.ts';
import { PlanBlockAccumulator, runPlanTrials } from '../plan/plan-block.ts';
import type { TrialBlock } from '../montecarlo/trial-block.ts';
import { withLever, type Lever } from './lever.ts';
import { measureColumn, measureValue, type Measure, type MeasuredValue } from './measure.ts';

/** One run of the scenario with the lever at one value: every measure asked for, each with its standard error. */
export interface LeverPoint {
  readonly lever: number;
  readonly measures: readonly MeasuredValue[];
}

/** Trials per block when a point runs in this thread; results do not depend on it. */
const CHUNK_TRIALS = 1000;

/**
 * Reads the measures from one run's trials of a model (the scenario's own
 * model, no risk-share or alternative variants: a decision reads the
 * scenario's results only). The server's workers call this on the trials
 * they ran, so a point measured there equals one measured here.
 * @throws DecisionError naming `fields[i]` when measure i does not fit the model
 */
export function measurePoint(model: CompiledModel, block: TrialBlock, measures: readonly Measure[], fields: readonly string[]): MeasuredValue[] {
  return measures.map((measure, index) => measureValue(block, measureColumn(model, measure, fields[index]), measure.quantity));
}

/**
 * Runs a scenario document's own model (no variants) on the given trials and
 * seed and reads the measures. Trial i draws only from streams named by
 * (seed, i), so the numbers equal those of any split of the trials.
 * Cost: one run of the scenario's model.
 * @throws ScenarioValidationError when the document is not a valid scenario
 * @throws DecisionError when a measure does not fit the scenario
 */
export function evaluateDocument(document: unknown, measures: readonly Measure[], fields: readonly string[], settings: { readonly trials: number; readonly seed: number }): MeasuredValue[] {
  const model = compileModel(document);
  const plan = { model, variants: [] };
  // Check the measures fit before spending the trials.
  measures.forEach((measure, index) => measureColumn(model, measure, fields[index]));
  const accumulator = new PlanBlockAccumulator(plan, settings.trials);
  for (let firstTrial = 0; firstTrial < settings.trials; firstTrial += CHUNK_TRIALS) {
    accumulator.add(runPlanTrials(plan, { seed: settings.seed, firstTrial, trialCount: Math.min(CHUNK_TRIALS, settings.trials - firstTrial), runTrials: settings.trials }));
  }
  return measurePoint(model, accumulator.result().blocks[0], measures, fields);
}

/**
 * Runs the scenario with the lever at `value` on the given trials and seed
 * (so every value of the lever faces the same random numbers) and reads the
 * measures. The first measure's field name is `fields[i]` in errors.
 * @throws ScenarioValidationError when the lever makes the scenario invalid
 * @throws DecisionError when a measure does not fit the scenario
 */
export function evaluateLever(
  document: unknown,
  lever: Lever,
  value: number,
  measures: readonly Measure[],
  fields: readonly string[],
  settings: { readonly trials: number; readonly seed: number },
): LeverPoint {
  return { lever: value, measures: evaluateDocument(withLever(document, lever, value), measures, fields, settings) };
}
