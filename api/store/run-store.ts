import type { Database, Statement } from 'better-sqlite3';
import type { RunKind, RunStatus } from '../wire/runs.ts';

export type { RunKind, RunStatus };
export const FINISHED_STATUSES: ReadonlySet<RunStatus> = new Set(['done', 'failed', 'cancelled', 'interrupted']);

/** Where a run's scenario came from: a saved scenario's version, or a document sent inline (no id). */
export interface RunSource {
  readonly scenarioId: string | undefined;
  readonly scenarioVersion: number | undefined;
  readonly scenarioName: string;
  readonly document: unknown;
}

/** A run as stored: everything needed to reproduce it exactly. */
export interface RunRecord {
  readonly id: string;
  readonly kind: RunKind;
  readonly status: RunStatus;
  readonly trials: number;
  readonly seed: number;
  /** The scenario run (the baseline, for a comparison). */
  readonly source: RunSource;
  /** Comparisons only. */
  readonly alternative: RunSource | undefined;
  readonly engineVersion: string;
  readonly schemaVersion: number;
  readonly progressDone: number;
  readonly createdAt: string;
  readonly startedAt: string | undefined;
  readonly finishedAt: string | undefined;
  readonly error: string | undefined;
  /** Who started it, when sign-in is on. */
  readonly startedBy?: string;
}

/** Per-trial year-end figures (Float64 values of the scenario's own model) kept for the audit trail. */
export interface StoredTrialValues {
  readonly values: Float64Array;
  readonly alternativeValues: Float64Array | undefined;
}

/** Figures to save that are not in memory (a long run's {@link TrialSpool}): read in pieces as they are stored. */
export interface SpooledTrialValues {
  readonly byteLength: number;
  read(byteOffset: number, byteLength: number): Float64Array;
}

/** Figures to save: in memory, or spooled on disk. */
export interface TrialValuesToSave {
  readonly values: Float64Array | SpooledTrialValues;
  readonly alternativeValues: Float64Array | SpooledTrialValues | undefined;
}

/** One side's stored figures, to stream without holding them all: how many values, and the values piece by piece in trial order. */
export interface StoredTrialFigures {
  readonly length: number;
  pieces(): Generator<Float64Array>;
}

/** Largest piece read from a spool at a time while saving (so saving a long run holds at most this much of its figures). */
export const SPOOL_PIECE_BYTES = 32 * 1024 * 1024;

interface RunRow {
  id: string;
  kind: RunKind;
  status: RunStatus;
  trials: number;
  seed: number;
  scenario_id: string | null;
  scenario_version: number | null;
  scenario_name: string;
  document: string;
  alternative_scenario_id: string | null;
  alternative_scenario_version: number | null;
  alternative_name: string | null;
  alternative_document: string | null;
  engine_version: string;
  schema_version: number;
  progress_done: number;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
  started_by: string | null;
}

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

function toRecord(row: RunRow): RunRecord {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    trials: row.trials,
    seed: row.seed,
    source: {
      scenarioId: orUndefined(row.scenario_id),
      scenarioVersion: orUndefined(row.scenario_version),
      scenarioName: row.scenario_name,
      document: JSON.parse(row.document),
    },
    alternative:
      row.alternative_document === null
        ? undefined
        : {
            scenarioId: orUndefined(row.alternative_scenario_id),
            scenarioVersion: orUndefined(row.alternative_scenario_version),
            scenarioName: row.alternative_name ?? '',
            document: JSON.parse(row.alternative_document),
          },
    engineVersion: row.engine_version,
    schemaVersion: row.schema_version,
    progressDone: row.progress_done,
    createdAt: row.created_at,
    startedAt: orUndefined(row.started_at),
    finishedAt: orUndefined(row.finished_at),
    error: orUndefined(row.error),
    startedBy: orUndefined(row.started_by),
  };
}

/** A Float64Array over a BLOB, copied when SQLite's buffer is not 8-byte aligned. */
function toFloat64(blob: Buffer): Float64Array {
  if (blob.byteOffset % 8 === 0) return new Float64Array(blob.buffer, blob.byteOffset, blob.byteLength / 8);
  return new Float64Array(new Uint8Array(blob).buffer);
}

const toBlob = (values: Float64Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength);

/**
 * Largest per-trial figures kept in run_results' own column (256 MiB, well
 * under SQLite's 1e9-byte limit on one value); larger ones go into
 * run_trial_pieces, in pieces of this size, and the column holds no bytes.
 */
export const TRIAL_PIECE_BYTES = 256 * 1024 * 1024;

/** Figures of one side (0 the scenario, 1 a comparison's alternative) cut into pieces of at most `pieceBytes`. */
function pieces(values: Float64Array, pieceBytes: number): Float64Array[] {
  const perPiece = Math.max(1, Math.floor(pieceBytes / 8));
  const count = Math.ceil(values.length / perPiece);
  return Array.from({ length: count }, (_, piece) => values.subarray(piece * perPiece, (piece + 1) * perPiece));
}

function joinPieces(rows: ReadonlyArray<{ data: Buffer }>): Float64Array {
  const values = new Float64Array(rows.reduce((total, row) => total + row.data.byteLength / 8, 0));
  let at = 0;
  for (const row of rows) {
    values.set(toFloat64(row.data), at);
    at += row.data.byteLength / 8;
  }
  return values;
}

/** Runs, their status, and the results of finished ones. */
export class RunStore {
  private readonly statements: Record<string, Statement>;

  /** @param pieceBytes largest per-trial figures kept in one value (see {@link TRIAL_PIECE_BYTES}; smaller in tests) */
  constructor(
    private readonly db: Database,
    private readonly pieceBytes: number = TRIAL_PIECE_BYTES,
  ) {
    this.statements = {
      insert: db.prepare(`INSERT INTO runs (id, kind, status, trials, seed, scenario_id, scenario_version, scenario_name, document,
          alternative_scenario_id, alternative_scenario_version, alternative_name, alternative_document, engine_version, schema_version, created_at, started_by)
        VALUES (@id, @kind, @status, @trials, @seed, @scenarioId, @scenarioVersion, @scenarioName, @document,
          @alternativeScenarioId, @alternativeScenarioVersion, @alternativeName, @alternativeDocument, @engineVersion, @schemaVersion, @createdAt, @startedBy)`),
      get: db.prepare('SELECT * FROM runs WHERE id = ?'),
      list: db.prepare('SELECT * FROM runs ORDER BY created_at DESC, rowid DESC LIMIT ?'),
      listByScenario: db.prepare('SELECT * FROM runs WHERE scenario_id = @scenarioId OR alternative_scenario_id = @scenarioId ORDER BY created_at DESC, rowid DESC LIMIT @limit'),
      start: db.prepare("UPDATE runs SET status = 'running', started_at = ? WHERE id = ?"),
      finish: db.prepare('UPDATE runs SET status = @status, finished_at = @finishedAt, error = @error, progress_done = @progressDone WHERE id = @id'),
      insertResults: db.prepare('INSERT INTO run_results (run_id, results, trial_values, alternative_trial_values) VALUES (?, ?, ?, ?)'),
      results: db.prepare('SELECT results FROM run_results WHERE run_id = ?'),
      trialValues: db.prepare('SELECT trial_values, alternative_trial_values FROM run_results WHERE run_id = ?'),
      insertPiece: db.prepare('INSERT INTO run_trial_pieces (run_id, side, piece, data) VALUES (?, ?, ?, ?)'),
      pieces: db.prepare('SELECT data FROM run_trial_pieces WHERE run_id = ? AND side = ? ORDER BY piece'),
      pieceNumbers: db.prepare('SELECT piece, length(data) AS bytes FROM run_trial_pieces WHERE run_id = ? AND side = ? ORDER BY piece'),
      piece: db.prepare('SELECT data FROM run_trial_pieces WHERE run_id = ? AND side = ? AND piece = ?'),
      sideBytes: db.prepare('SELECT length(trial_values) AS scenario, length(alternative_trial_values) AS alternative FROM run_results WHERE run_id = ?'),
      deleteRun: db.prepare('DELETE FROM runs WHERE id = ?'),
      interrupt: db.prepare(`UPDATE runs SET status = 'interrupted', finished_at = ?, error = ? WHERE status IN ('queued', 'running')`),
    };
  }

  insert(run: RunRecord): void {
    this.statements.insert.run({
      id: run.id,
      kind: run.kind,
      status: run.status,
      trials: run.trials,
      seed: run.seed,
      scenarioId: run.source.scenarioId ?? null,
      scenarioVersion: run.source.scenarioVersion ?? null,
      scenarioName: run.source.scenarioName,
      document: JSON.stringify(run.source.document),
      alternativeScenarioId: run.alternative?.scenarioId ?? null,
      alternativeScenarioVersion: run.alternative?.scenarioVersion ?? null,
      alternativeName: run.alternative?.scenarioName ?? null,
      alternativeDocument: run.alternative ? JSON.stringify(run.alternative.document) : null,
      engineVersion: run.engineVersion,
      schemaVersion: run.schemaVersion,
      createdAt: run.createdAt,
      startedBy: run.startedBy ?? null,
    });
  }

  get(id: string): RunRecord | undefined {
    const row = this.statements.get.get(id) as RunRow | undefined;
    return row && toRecord(row);
  }

  /** Newest first; with a scenario id, the runs of that scenario (on either side of a comparison). */
  list(options: { scenarioId?: string; limit: number }): RunRecord[] {
    const rows = (options.scenarioId === undefined ? this.statements.list.all(options.limit) : this.statements.listByScenario.all(options)) as RunRow[];
    return rows.map(toRecord);
  }

  /**
   * Removes a run and its results in one statement (run_results rows go with
   * it: ON DELETE CASCADE, foreign keys on). Returns whether there was one.
   */
  delete(id: string): boolean {
    return this.statements.deleteRun.run(id).changes > 0;
  }

  markRunning(id: string, startedAt: string): void {
    this.statements.start.run(startedAt, id);
  }

  markFinished(id: string, outcome: { status: Exclude<RunStatus, 'queued' | 'running' | 'done'>; finishedAt: string; error?: string; progressDone: number }): void {
    this.statements.finish.run({ id, status: outcome.status, finishedAt: outcome.finishedAt, error: outcome.error ?? null, progressDone: outcome.progressDone });
  }

  /**
   * Stores the results and marks the run done, in one transaction: a run is
   * never done without its results. Spooled figures always go into pieces,
   * read from the spool one piece at a time.
   */
  saveResults(id: string, finishedAt: string, progressDone: number, resultsJson: string, trialValues: TrialValuesToSave): void {
    this.db
      .transaction(() => {
        const whole = (values: Float64Array | SpooledTrialValues) => values instanceof Float64Array && values.byteLength <= this.pieceBytes;
        const column = (values: Float64Array | SpooledTrialValues) => (values instanceof Float64Array && whole(values) ? toBlob(values) : Buffer.alloc(0));
        const { values, alternativeValues } = trialValues;
        this.statements.insertResults.run(id, resultsJson, column(values), alternativeValues ? column(alternativeValues) : null);
        [values, alternativeValues].forEach((side, index) => {
          if (side === undefined || whole(side)) return;
          if (side instanceof Float64Array) {
            pieces(side, this.pieceBytes).forEach((piece, number) => this.statements.insertPiece.run(id, index, number, toBlob(piece)));
            return;
          }
          const pieceBytes = Math.max(8, Math.floor(Math.min(this.pieceBytes, SPOOL_PIECE_BYTES) / 8) * 8);
          for (let offset = 0, number = 0; offset < side.byteLength; offset += pieceBytes, number++) {
            this.statements.insertPiece.run(id, index, number, toBlob(side.read(offset, Math.min(pieceBytes, side.byteLength - offset))));
          }
        });
        this.statements.finish.run({ id, status: 'done', finishedAt, error: null, progressDone });
      })
      .immediate();
  }

  /** The results as stored JSON text (sent as is), or undefined. */
  resultsJson(id: string): string | undefined {
    return (this.statements.results.get(id) as { results: string } | undefined)?.results;
  }

  trialValues(id: string): StoredTrialValues | undefined {
    const row = this.statements.trialValues.get(id) as { trial_values: Buffer; alternative_trial_values: Buffer | null } | undefined;
    if (!row) return undefined;
    // An empty column with pieces stored means the figures were too large for one value.
    const side = (blob: Buffer, index: number) => {
      if (blob.byteLength > 0) return toFloat64(blob);
      const rows = this.statements.pieces.all(id, index) as { data: Buffer }[];
      return rows.length > 0 ? joinPieces(rows) : toFloat64(blob);
    };
    return { values: side(row.trial_values, 0), alternativeValues: row.alternative_trial_values ? side(row.alternative_trial_values, 1) : undefined };
  }

  /**
   * A finished run's figures, side by side (0 the scenario or baseline, 1 a
   * comparison's alternative), read a piece at a time as they are streamed,
   * never all at once; undefined without results (or without that side).
   */
  trialFigures(id: string, side: 0 | 1): StoredTrialFigures | undefined {
    const row = this.statements.sideBytes.get(id) as { scenario: number | null; alternative: number | null } | undefined;
    const columnBytes = row === undefined ? null : side === 0 ? row.scenario : row.alternative;
    if (columnBytes === null) return undefined;
    if (columnBytes > 0) {
      const statement = this.statements.trialValues;
      return {
        length: columnBytes / 8,
        *pieces() {
          const blobs = statement.get(id) as { trial_values: Buffer; alternative_trial_values: Buffer | null };
          yield toFloat64(side === 0 ? blobs.trial_values : (blobs.alternative_trial_values as Buffer));
        },
      };
    }
    const numbers = this.statements.pieceNumbers.all(id, side) as { piece: number; bytes: number }[];
    const piece = this.statements.piece;
    return {
      length: numbers.reduce((total, { bytes }) => total + bytes, 0) / 8,
      *pieces() {
        for (const { piece: number } of numbers) yield toFloat64((piece.get(id, side, number) as { data: Buffer }).data);
      },
    };
  }

  /** Marks runs left queued or running by a server that stopped; returns how many. */
  interruptUnfinished(finishedAt: string): number {
    return this.statements.interrupt.run(finishedAt, 'the server stopped before this run finished; start it again to get results').changes;
  }
}
