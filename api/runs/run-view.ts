import type { RunKind, RunRecord, RunStatus } from '../store/run-store.ts';

/** What the API says about a run (GET /api/runs/:id). */
export interface RunView {
  readonly id: string;
  readonly kind: RunKind;
  readonly status: RunStatus;
  readonly trials: number;
  readonly seed: number;
  readonly scenarioId?: string;
  readonly scenarioVersion?: number;
  readonly scenarioName: string;
  /** Comparisons only: the scenario compared against the baseline (`scenario*`). */
  readonly alternative?: { scenarioId?: string; scenarioVersion?: number; scenarioName: string };
  readonly engineVersion: string;
  readonly schemaVersion: number;
  readonly progress: { done: number; total: number };
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly error?: string;
}

/** Progress as streamed to clients; `etaMs` is null until there is a rate to go by. */
export interface RunProgress {
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
  readonly etaMs: number | null;
}

export type RunEvent = { readonly type: 'progress'; readonly data: RunProgress } | { readonly type: 'status'; readonly data: { status: RunStatus; error?: string } };

const defined = <T extends object>(object: T): T => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;

export function toRunView(record: RunRecord, progressDone = record.progressDone): RunView {
  return defined({
    id: record.id,
    kind: record.kind,
    status: record.status,
    trials: record.trials,
    seed: record.seed,
    scenarioId: record.source.scenarioId,
    scenarioVersion: record.source.scenarioVersion,
    scenarioName: record.source.scenarioName,
    alternative: record.alternative
      ? defined({ scenarioId: record.alternative.scenarioId, scenarioVersion: record.alternative.scenarioVersion, scenarioName: record.alternative.scenarioName })
      : undefined,
    engineVersion: record.engineVersion,
    schemaVersion: record.schemaVersion,
    progress: { done: progressDone, total: record.trials },
    createdAt: record.createdAt,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    error: record.error,
  });
}
