import { planModels, type RunPlan } from './run-plan.ts';

/**
 * A rough, deterministic measure of the work a run asks for, so a server can
 * refuse runs that are too large before starting them: trials × for each
 * model (the scenario and each risk-share variant) its entities × months.
 * One unit is about one entity-month of booking; the units are comparable
 * between scenarios, not a time.
 */
export function estimateWork(plan: RunPlan, trials: number): number {
  let perTrial = 0;
  for (const model of planModels(plan)) perTrial += model.entities.length * model.monthCount;
  return trials * perTrial;
}
