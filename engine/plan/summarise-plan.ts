import type { CompiledModel } from '../model/compiled-model.ts';
import { columnOf } from '../montecarlo/column-layout.ts';
import type { TrialBlock } from '../montecarlo/trial-block.ts';
import { summariseRun } from '../results/summarise-run.ts';
import { compareRuns } from '../results/compare-runs.ts';
import { extractColumn } from '../results/summary-statistics.ts';
import { columnMean, columnStatistics } from '../results/column-reading.ts';
import type { RiskShareComparison, RiskShareRuleRow, RunResults } from '../results/run-results.ts';
import { riskShareLabel } from '../scenario/schema/risk-share.ts';
import { expectedShortfall } from '../stats/expected-shortfall.ts';
import type { PlanBlock } from './plan-block.ts';
import type { RunPlan } from './run-plan.ts';

/**
 * The results of a plan: the scenario's own results, plus, for each system
 * with alternative risk-share rules, every rule's chance of each organisation
 * and the system meeting its control total, on the same trials.
 */
export function summarisePlan(plan: RunPlan, planBlock: PlanBlock, seed: number): RunResults {
  const [primaryBlock, ...otherBlocks] = planBlock.blocks;
  const variantBlocks = otherBlocks.slice(0, plan.variants.length);
  const alternativeBlocks = otherBlocks.slice(plan.variants.length);
  const results = summariseRun(plan.model, primaryBlock, seed);
  const comparison: RiskShareComparison[] = [];
  plan.model.systems.forEach((system, systemIndex) => {
    const variants = plan.variants.map((variant, index) => ({ variant, block: variantBlocks[index] })).filter(({ variant }) => variant.systemIndex === systemIndex);
    if (variants.length === 0) return;
    const own = plan.model.scenario.systems[systemIndex].riskShare ?? { rule: 'none' as const };
    comparison.push({
      systemId: system.id,
      rules: [
        { label: riskShareLabel(own), rule: own.rule, isScenarioRule: true, rows: ruleRows(plan.model, primaryBlock, systemIndex) },
        ...variants.map(({ variant, block }) => ({ label: variant.label, rule: variant.rule, isScenarioRule: false, rows: ruleRows(variant.model, block, systemIndex) })),
      ],
    });
  });
  const alternatives = (plan.alternatives ?? []).map((alternative, index) => ({
    name: alternative.name,
    description: alternative.description,
    withoutInterventions: alternative.withoutInterventions,
    comparison: compareRuns({ model: plan.model, block: primaryBlock, seed }, { model: alternative.model, block: alternativeBlocks[index], seed, name: alternative.name }),
  }));
  return { ...results, riskShareComparison: comparison, alternatives };
}

function ruleRows(model: CompiledModel, block: TrialBlock, systemIndex: number): RiskShareRuleRow[] {
  const rows: RiskShareRuleRow[] = [];
  const entities = model.entities.filter((entity) => entity.systemIndex === systemIndex && entity.kind !== 'reserve');
  const at = (entity: number, year: number, metric: Parameters<typeof columnOf>[3]) => columnOf(model, entity, year, metric);
  for (const entity of entities) {
    for (let year = 0; year < model.years; year++) {
      const postShare = extractColumn(block.values, block.columnCount, at(entity.index, year, 'postShareVariance'), block.trialCount);
      rows.push({
        entityId: entity.id,
        year,
        probabilityMeetsAfterRiskShare: columnMean(block, at(entity.index, year, 'meetsAfterRiskShare')),
        postShareVariance: columnStatistics(block, at(entity.index, year, 'postShareVariance')),
        expectedShortfall5: expectedShortfall(postShare, 0.05),
        incentiveMean: columnMean(block, at(entity.index, year, 'incentive')),
        transferMean: columnMean(block, at(entity.index, year, 'riskShareTransfer')),
        probabilitySystemMetWhileOrganisationMissed: entity.kind === 'system' ? columnMean(block, at(entity.index, year, 'systemMetWhileOrganisationMissed')) : undefined,
      });
    }
  }
  return rows;
}
