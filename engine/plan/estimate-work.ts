import { planModels, type RunPlan } from './run-plan.ts';

/** Cost of one trust-day relative to one entity-month of booking, by bed path (measured with npm run bench). */
const TRUST_DAY_WEIGHT = { fast: 4, detailed: 50 } as const;

/**
 * A rough, deterministic measure of the work a run asks for, so a server can
 * refuse runs that are too large before starting them: trials × for each
 * model (the scenario, each risk-share variant, each alternative) its
 * entities × months, plus its bed trusts × days weighted by the bed path's
 * cost. One unit is about one entity-month of booking (about 0.3 µs on the
 * reference machine); the units compare scenarios, they are not a time.
 */
export function estimateWork(plan: RunPlan, trials: number): number {
  let perTrial = 0;
  for (const model of planModels(plan)) {
    perTrial += model.entities.length * model.monthCount;
    perTrial += model.bedTrusts.length * model.calendar.days * TRUST_DAY_WEIGHT[model.bedModel];
  }
  return trials * perTrial;
}
