// The engine's public surface. Pure TypeScript: it runs unchanged in Node
// worker threads and in a browser Web Worker.
export { ENGINE_VERSION } from './version.ts';
export * from './scenario/schema/index.ts';
export { validateScenario, type ScenarioValidation } from './scenario/validate-scenario.ts';
export { parseScenarioText, MAX_SCENARIO_TEXT, type ScenarioText } from './scenario/parse-scenario-text.ts';
export { formatIssue, ScenarioValidationError, type ValidationIssue } from './scenario/validation-issue.ts';
export { checkFormula, type CompiledFormula, type FormulaCheck } from './formula/compile-formula.ts';
export { compileModel } from './model/compile-model.ts';
export { ModelEvaluationError } from './model/model-evaluation-error.ts';
export type { CompiledModel, EntityInfo, EntityKind } from './model/compiled-model.ts';
export { FINANCE_METRICS, type FinanceMetric } from './model/metrics.ts';
export { LEDGER_LINES, type LedgerLine } from './model/ledger-lines.ts';
export { runTrials, type RunTrialsOptions } from './montecarlo/run-trials.ts';
export { mergeTrialBlocks, type TrialBlock } from './montecarlo/trial-block.ts';
export { columnOf, bedColumnOf, occupancyOffset, histogramLength } from './montecarlo/column-layout.ts';
export { BED_METRICS, OCCUPANCY_BINS, type BedMetric } from './model/beds/bed-metrics.ts';
export { summariseRun } from './results/summarise-run.ts';
export { compareRuns, COMPARED_METRICS, type Comparison, type ComparisonRow, type ComparedMetric } from './results/compare-runs.ts';
export type * from './results/run-results.ts';
export { REPORTED_QUANTILES } from './results/run-results.ts';
export { runScenario, compareScenarios, resolveRunSettings, type RunOptions, type ScenarioRun } from './run-scenario.ts';
export { financialYearLabel, monthLabel } from './calendar/financial-calendar.ts';
export type { Distribution, DistributionKind } from './distributions/distribution.ts';
export { planRun, planModels, type RunPlan, type RiskShareVariant, type ScenarioAlternative } from './plan/run-plan.ts';
export { runPlanTrials, mergePlanBlocks, PlanBlockAccumulator, type PlanBlock } from './plan/plan-block.ts';
export { TrialBlockAccumulator } from './montecarlo/trial-block-accumulator.ts';
export { summarisePlan } from './plan/summarise-plan.ts';
export { estimateWork } from './plan/estimate-work.ts';
