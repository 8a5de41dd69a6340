import type { RunRecord } from '../store/run-store.ts';
import type { RunFinalStatus, RunProgress, RunView } from '../wire/runs.ts';
import { definedFields } from '../defined-fields.ts';

export type { RunProgress, RunView };

export type RunEvent = { readonly type: 'progress'; readonly data: RunProgress } | { readonly type: 'status'; readonly data: RunFinalStatus };

export function toRunView(record: RunRecord, progressDone = record.progressDone): RunView {
  return definedFields({
    id: record.id,
    kind: record.kind,
    status: record.status,
    trials: record.trials,
    seed: record.seed,
    scenarioId: record.source.scenarioId,
    scenarioVersion: record.source.scenarioVersion,
    scenarioName: record.source.scenarioName,
    alternative: record.alternative
      ? definedFields({ scenarioId: record.alternative.scenarioId, scenarioVersion: record.alternative.scenarioVersion, scenarioName: record.alternative.scenarioName })
      : undefined,
    engineVersion: record.engineVersion,
    schemaVersion: record.schemaVersion,
    progress: { done: progressDone, total: record.trials },
    createdAt: record.createdAt,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    error: record.error,
    startedBy: record.startedBy,
  });
}
