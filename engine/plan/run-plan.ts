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

/** The scenario without some of its interventions (e.g. "keep the beds"). */
export interface ScenarioAlternative {
  readonly name: string;
  readonly description: string | undefined;
  readonly withoutInterventions: readonly string[];
  readonly model: CompiledModel;
}

/** What one run computes: the scenario as written, a variant per alternative risk-share rule, and each alternative. */
export interface RunPlan {
  readonly model: CompiledModel;
  readonly variants: readonly RiskShareVariant[];
  /** Absent is the same as none. */
  readonly alternatives?: readonly ScenarioAlternative[];
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
  const alternatives = (model.scenario.alternatives ?? []).map((alternative) => {
    const variant = structuredClone(model.scenario) as Scenario;
    variant.systems.forEach((system) => delete system.riskShareAlternatives);
    delete variant.alternatives;
    variant.interventions = (variant.interventions ?? []).filter((intervention) => !intervention.name || !alternative.withoutInterventions.includes(intervention.name));
    return { name: alternative.name, description: alternative.description, withoutInterventions: alternative.withoutInterventions, model: compileModel(variant) };
  });
  return { model, variants, alternatives };
}

/** Models a plan runs: the scenario's own first, then risk-share variants, then alternatives. */
export function planModels(plan: RunPlan): CompiledModel[] {
  return [plan.model, ...plan.variants.map((variant) => variant.model), ...(plan.alternatives ?? []).map((alternative) => alternative.model)];
}
