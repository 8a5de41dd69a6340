// Shapes of the server's JSON (api/ routes), types only. Results come
// straight from the engine, so their types are the engine's own.
import type {
  BedMetric,
  BedYearResult,
  Comparison,
  ComparisonRow,
  EntitySummary,
  EntityYearResult,
  FanChart,
  Histogram,
  RunResults,
  Scenario,
  SummaryStatistics,
  ValidationIssue,
  WaitingListComparisonRow,
  WaitingListMetric,
} from '../../../engine/index.ts';
import type { RunProgress, RunView } from '../../../api/wire/runs.ts';

export type BedComparisonRow = Comparison['bedRows'][number];
export type {
  BedMetric,
  BedYearResult,
  Comparison,
  ComparisonRow,
  EntitySummary,
  EntityYearResult,
  FanChart,
  Histogram,
  RunResults,
  Scenario,
  SummaryStatistics,
  ValidationIssue,
  WaitingListComparisonRow,
  WaitingListMetric,
};

// The server's own shapes, each declared once as a TypeBox schema in api/wire/
// (the routes validate their responses with them); only the types come here.
export type { Health } from '../../../api/wire/health.ts';
export type { Session } from '../../../api/wire/session.ts';
export type { RunFinalStatus, RunProgress, RunSide, RunStatus, RunView } from '../../../api/wire/runs.ts';
export type { DecisionLabels, DecisionProgress, DecisionView, SolveResultWire, SweepResultWire } from '../../../api/wire/decisions.ts';
export type { RunInputsView as RunInputs } from '../../../api/routes/runs/schemas.ts';
export type { RealArea, ScenarioDetail, ScenarioSummary, ScenarioVersionDetail, ScenarioVersionSummary } from '../../../api/wire/scenarios.ts';

/** Progress as the UI knows it: the run's record (done and total), then the events' timings as they arrive. */
export type ProgressSoFar = RunView['progress'] & Partial<Pick<RunProgress, 'elapsedMs' | 'etaMs'>>;

export interface Validation {
  readonly ok: boolean;
  readonly issues: readonly ValidationIssue[];
}

/** A scenario to run: a saved one (latest version unless given) or a document. */
export type ScenarioRef = { readonly scenarioId: string; readonly version?: number } | { readonly document: Scenario };

/** RunResults as the UI reads them (beds and alternatives included). */
export type Results = RunResults;
