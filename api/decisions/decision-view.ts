import type { DecisionRecord } from '../store/decision-store.ts';
import type { DecisionView } from '../wire/decisions.ts';
import { definedFields } from '../defined-fields.ts';

/** A decision as the API describes it. */
export function toDecisionView(record: DecisionRecord): DecisionView {
  return definedFields({
    id: record.id,
    kind: record.kind,
    status: record.status,
    trials: record.trials,
    seed: record.seed,
    scenarioId: record.source.scenarioId,
    scenarioVersion: record.source.scenarioVersion,
    scenarioName: record.source.scenarioName,
    engineVersion: record.engineVersion,
    schemaVersion: record.schemaVersion,
    request: record.request,
    labels: record.labels,
    progress: { done: record.pointsDone, total: record.pointsTotal },
    result: record.result,
    createdAt: record.createdAt,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    error: record.error,
    startedBy: record.startedBy,
  });
}
