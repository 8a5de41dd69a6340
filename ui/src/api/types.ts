// Shapes of the server's JSON (api/ routes). Results come straight from the
// engine, so their types are the engine's own.
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
} from '../../../engine/index.ts';

export type BedComparisonRow = Comparison['bedRows'][number];
export type { BedMetric, BedYearResult, Comparison, ComparisonRow, EntitySummary, EntityYearResult, FanChart, Histogram, RunResults, Scenario, SummaryStatistics, ValidationIssue };

export interface Health {
  readonly status: string;
  readonly engineVersion: string;
  readonly schemaVersion: number;
  readonly workers: number;
  readonly runs: { readonly running: number; readonly queued: number };
}

export interface ScenarioSummary {
  readonly id: string;
  readonly name: string;
  readonly description?: string | null;
  /** Presets only: who it is for. */
  readonly audience?: string;
  readonly readOnly: boolean;
  readonly latestVersion: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ScenarioDetail extends ScenarioSummary {
  readonly document: Scenario;
}

export interface SavedScenario {
  readonly id: string;
  readonly name: string;
  readonly version: number;
}

export interface ScenarioVersionSummary {
  readonly version: number;
  readonly name: string;
  readonly createdAt: string;
}

export interface ScenarioVersion {
  readonly id: string;
  readonly version: number;
  readonly document: Scenario;
  readonly createdAt: string;
}

export interface Validation {
  readonly ok: boolean;
  readonly issues: readonly ValidationIssue[];
}

export type RunStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted';

/** One side of a comparison as the run record names it; no id for a document sent inline. */
export interface RunSide {
  readonly scenarioId?: string | null;
  readonly scenarioVersion?: number | null;
  readonly scenarioName: string;
}

export interface RunInfo {
  readonly id: string;
  readonly kind: 'run' | 'compare';
  readonly status: RunStatus;
  readonly trials: number;
  readonly seed: number;
  readonly scenarioId?: string | null;
  readonly scenarioVersion?: number | null;
  readonly scenarioName: string;
  /** Comparisons only: the scenario set against the baseline (the `scenario*` fields). */
  readonly alternative?: RunSide | null;
  readonly engineVersion: string;
  readonly progress: { readonly done: number; readonly total: number };
  readonly createdAt: string;
  readonly startedAt?: string | null;
  readonly finishedAt?: string | null;
  readonly error?: string | null;
}

export interface RunStarted {
  readonly id: string;
  readonly status: RunStatus;
}

/** A scenario to run: a saved one (latest version unless given) or a document. */
export type ScenarioRef = { readonly scenarioId: string; readonly version?: number } | { readonly document: Scenario };

export interface RunProgress {
  readonly done: number;
  readonly total: number;
  readonly elapsedMs?: number;
  readonly etaMs?: number | null;
}

export interface RunFinalStatus {
  readonly status: RunStatus;
  readonly error?: string | null;
}

/** RunResults as the UI reads them (beds and alternatives included). */
export type Results = RunResults;

/** An ICB a scenario can be generated for (GET /api/scenarios/real-areas). */
export interface RealArea {
  readonly code: string;
  readonly name: string;
  readonly population: number;
  /** 2024/25 allocation, £m. */
  readonly allocation: number;
  readonly acuteTrusts: number;
}
