import { compileModel } from '../model/compile-model.ts';
import type { CompiledModel } from '../model/compiled-model.ts';
import { riskShareLabel, type RiskShareSpec } from '../scenario/schema/risk-share.ts';
import type { Scenario } from '../scenario/schema/scenario.ts';

/** The same scenario with one system's risk-share rule swapped for an alternative. */
export interface RiskShareVariant {
  readonly systemIndex: number;
  readonly label: string;
  readonly rule: RiskShareSpec['rule'];
  readonly model: CompiledModel;
}

/** What one run computes: the scenario as written, and a variant per alternative risk-share rule. */
export interface RunPlan {
  readonly model: CompiledModel;
  readonly variants: readonly RiskShareVariant[];
}

/**
 * Validates and compiles a scenario, and a variant model for each of its
 * systems' `riskShareAlternatives`. Variants are run on the same seed, so each
 * rule faces the same trials (common random numbers) and the comparison shows
 * only what the rule changes.
 *
 * @throws ScenarioValidationError listing every problem when the scenario is not valid
 */
export function planRun(document: unknown): RunPlan {
  const model = compileModel(document);
  const variants: RiskShareVariant[] = [];
  model.scenario.systems.forEach((system, systemIndex) => {
    for (const alternative of system.riskShareAlternatives ?? []) {
      const variant = structuredClone(model.scenario) as Scenario;
      variant.systems.forEach((candidate) => delete candidate.riskShareAlternatives);
      variant.systems[systemIndex].riskShare = alternative;
      variants.push({ systemIndex, label: riskShareLabel(alternative), rule: alternative.rule, model: compileModel(variant) });
    }
  });
  return { model, variants };
}

/** Models a plan runs, the scenario's own first. */
export function planModels(plan: RunPlan): CompiledModel[] {
  return [plan.model, ...plan.variants.map((variant) => variant.model)];
}
