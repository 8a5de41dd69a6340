import { runScenario } from '../run-scenario.ts';
import { withLever, type Lever } from './lever.ts';
import { measureColumn, measureValue, type Measure, type MeasuredValue } from './measure.ts';

/** One run of the scenario with the lever at one value: every measure asked for, each with its standard error. */
export interface LeverPoint {
  readonly lever: number;
  readonly measures: readonly MeasuredValue[];
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
  const run = runScenario(withLever(document, lever, value), { trials: settings.trials, seed: settings.seed });
  return {
    lever: value,
    measures: measures.map((measure, index) => measureValue(run.block, measureColumn(run.model, measure, fields[index]), measure.quantity)),
  };
}
