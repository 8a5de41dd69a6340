import type { Database, Statement } from 'better-sqlite3';
import type { DecisionKind, DecisionLabels, DecisionRequestWire, SolveResultWire, SweepResultWire } from '../wire/decisions.ts';
import type { RunStatus } from '../wire/runs.ts';
import type { RunSource } from './run-store.ts';

/** A decision as stored: everything needed to reproduce it exactly, and its answer once done. */
export interface DecisionRecord {
  readonly id: string;
  readonly kind: DecisionKind;
  readonly status: RunStatus;
  readonly trials: number;
  readonly seed: number;
  readonly source: RunSource;
  /** What was asked, with the names and units it reads (kept with it: a later scenario edit cannot change them). */
  readonly request: DecisionRequestWire;
  readonly labels: DecisionLabels;
  readonly engineVersion: string;
  readonly schemaVersion: number;
  readonly pointsTotal: number;
  readonly pointsDone: number;
  readonly createdAt: string;
  readonly startedAt: string | undefined;
  readonly finishedAt: string | undefined;
  readonly error: string | undefined;
  readonly result: SolveResultWire | SweepResultWire | undefined;
  /** Who started it, when sign-in is on. */
  readonly startedBy?: string;
}

interface DecisionRow {
  id: string;
  kind: DecisionKind;
  status: RunStatus;
  trials: number;
  seed: number;
  scenario_id: string | null;
  scenario_version: number | null;
  scenario_name: string;
  document: string;
  request: string;
  engine_version: string;
  schema_version: number;
  points_total: number;
  points_done: number;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
  result: string | null;
  started_by: string | null;
}

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

function toRecord(row: DecisionRow): DecisionRecord {
  const { request, labels } = JSON.parse(row.request) as { request: DecisionRequestWire; labels: DecisionLabels };
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    trials: row.trials,
    seed: row.seed,
    source: { scenarioId: orUndefined(row.scenario_id), scenarioVersion: orUndefined(row.scenario_version), scenarioName: row.scenario_name, document: JSON.parse(row.document) },
    request,
    labels,
    engineVersion: row.engine_version,
    schemaVersion: row.schema_version,
    pointsTotal: row.points_total,
    pointsDone: row.points_done,
    createdAt: row.created_at,
    startedAt: orUndefined(row.started_at),
    finishedAt: orUndefined(row.finished_at),
    error: orUndefined(row.error),
    result: row.result === null ? undefined : JSON.parse(row.result),
    startedBy: orUndefined(row.started_by),
  };
}

/** Solves and sweeps, their status, and the answers of finished ones. */
export class DecisionStore {
  private readonly statements: Record<string, Statement>;

  constructor(db: Database) {
    this.statements = {
      insert: db.prepare(`INSERT INTO decisions (id, kind, status, trials, seed, scenario_id, scenario_version, scenario_name, document, request,
          engine_version, schema_version, points_total, created_at, started_by)
        VALUES (@id, @kind, @status, @trials, @seed, @scenarioId, @scenarioVersion, @scenarioName, @document, @request,
          @engineVersion, @schemaVersion, @pointsTotal, @createdAt, @startedBy)`),
      get: db.prepare('SELECT * FROM decisions WHERE id = ?'),
      list: db.prepare('SELECT * FROM decisions ORDER BY created_at DESC, rowid DESC LIMIT ?'),
      listByScenario: db.prepare('SELECT * FROM decisions WHERE scenario_id = @scenarioId ORDER BY created_at DESC, rowid DESC LIMIT @limit'),
      start: db.prepare("UPDATE decisions SET status = 'running', started_at = ? WHERE id = ?"),
      finish: db.prepare('UPDATE decisions SET status = @status, finished_at = @finishedAt, error = @error, points_done = @pointsDone WHERE id = @id'),
      done: db.prepare("UPDATE decisions SET status = 'done', finished_at = @finishedAt, points_done = @pointsDone, result = @result WHERE id = @id"),
      interrupt: db.prepare(`UPDATE decisions SET status = 'interrupted', finished_at = ?, error = ? WHERE status IN ('queued', 'running')`),
    };
  }

  insert(decision: DecisionRecord): void {
    this.statements.insert.run({
      id: decision.id,
      kind: decision.kind,
      status: decision.status,
      trials: decision.trials,
      seed: decision.seed,
      scenarioId: decision.source.scenarioId ?? null,
      scenarioVersion: decision.source.scenarioVersion ?? null,
      scenarioName: decision.source.scenarioName,
      document: JSON.stringify(decision.source.document),
      request: JSON.stringify({ request: decision.request, labels: decision.labels }),
      engineVersion: decision.engineVersion,
      schemaVersion: decision.schemaVersion,
      pointsTotal: decision.pointsTotal,
      createdAt: decision.createdAt,
      startedBy: decision.startedBy ?? null,
    });
  }

  get(id: string): DecisionRecord | undefined {
    const row = this.statements.get.get(id) as DecisionRow | undefined;
    return row && toRecord(row);
  }

  /** Newest first; with a scenario id, that scenario's decisions. */
  list(options: { scenarioId?: string; limit: number }): DecisionRecord[] {
    const rows = (options.scenarioId === undefined ? this.statements.list.all(options.limit) : this.statements.listByScenario.all(options)) as DecisionRow[];
    return rows.map(toRecord);
  }

  markRunning(id: string, startedAt: string): void {
    this.statements.start.run(startedAt, id);
  }

  markFinished(id: string, outcome: { status: Exclude<RunStatus, 'queued' | 'running' | 'done'>; finishedAt: string; error?: string; pointsDone: number }): void {
    this.statements.finish.run({ id, status: outcome.status, finishedAt: outcome.finishedAt, error: outcome.error ?? null, pointsDone: outcome.pointsDone });
  }

  /** Stores the answer and marks the decision done in one statement: a decision is never done without its answer. */
  saveResult(id: string, finishedAt: string, pointsDone: number, result: SolveResultWire | SweepResultWire): void {
    this.statements.done.run({ id, finishedAt, pointsDone, result: JSON.stringify(result) });
  }

  /** Marks decisions left queued or running by a server that stopped; returns how many. */
  interruptUnfinished(finishedAt: string): number {
    return this.statements.interrupt.run(finishedAt, 'the server stopped before this decision finished; start it again to get an answer').changes;
  }
}
