import type { Database } from 'better-sqlite3';

/** A schema change, applied once, in order, inside a transaction. Never edit one that has shipped: add another. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'scenarios, their versions, runs and results',
    sql: `
      CREATE TABLE scenarios (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        latest_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE scenario_versions (
        scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        name TEXT NOT NULL,
        document TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (scenario_id, version)
      );
      -- A run keeps the documents it ran (not a reference that a later edit or
      -- delete could change), the seed, the trials and the engine version.
      CREATE TABLE runs (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('run', 'compare')),
        status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled', 'interrupted')),
        trials INTEGER NOT NULL,
        seed INTEGER NOT NULL,
        scenario_id TEXT,
        scenario_version INTEGER,
        scenario_name TEXT NOT NULL,
        document TEXT NOT NULL,
        alternative_scenario_id TEXT,
        alternative_scenario_version INTEGER,
        alternative_name TEXT,
        alternative_document TEXT,
        engine_version TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        progress_done INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT,
        error TEXT
      );
      CREATE INDEX runs_by_scenario ON runs (scenario_id, created_at);
      CREATE INDEX runs_by_alternative_scenario ON runs (alternative_scenario_id, created_at);
      CREATE INDEX runs_by_status ON runs (status);
      -- Results apart from the run row, so listing runs never reads them.
      CREATE TABLE run_results (
        run_id TEXT PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
        results TEXT NOT NULL,
        trial_values BLOB NOT NULL,
        alternative_trial_values BLOB
      );
    `,
  },
  {
    version: 2,
    name: 'per-trial figures larger than one SQLite value, kept in pieces',
    // SQLite holds at most 1e9 bytes in one value; England at 10,000 trials keeps 2.3 GB of per-trial figures.
    sql: `
      CREATE TABLE run_trial_pieces (
        run_id TEXT NOT NULL REFERENCES run_results (run_id) ON DELETE CASCADE,
        side INTEGER NOT NULL,
        piece INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (run_id, side, piece)
      );
    `,
  },
  {
    version: 3,
    name: 'users and sign-in sessions; who saved each version and started each run',
    // Empty and unused while sign-in is off (the default): saved_by and started_by stay NULL.
    sql: `
      CREATE TABLE users (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      -- A session is kept by the SHA-256 of its token, so a copy of the database cannot sign anyone in.
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_name TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX sessions_by_expiry ON sessions (expires_at);
      ALTER TABLE scenario_versions ADD COLUMN saved_by TEXT;
      ALTER TABLE runs ADD COLUMN started_by TEXT;
    `,
  },
  {
    version: 4,
    name: 'decisions: solves and sweeps, with their inputs and answers',
    // Like a run, a decision keeps the document it ran, the request, the seed, the trials and the engine version.
    sql: `
      CREATE TABLE decisions (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('solve', 'sweep')),
        status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled', 'interrupted')),
        trials INTEGER NOT NULL,
        seed INTEGER NOT NULL,
        scenario_id TEXT,
        scenario_version INTEGER,
        scenario_name TEXT NOT NULL,
        document TEXT NOT NULL,
        request TEXT NOT NULL,
        engine_version TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        points_total INTEGER NOT NULL,
        points_done INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT,
        error TEXT,
        result TEXT,
        started_by TEXT
      );
      CREATE INDEX decisions_by_scenario ON decisions (scenario_id, created_at);
      CREATE INDEX decisions_by_status ON decisions (status);
    `,
  },
];

/**
 * Brings the database up to the latest schema: each migration not yet in
 * `schema_migrations` runs in its own transaction with its record, so a crash
 * part-way leaves the schema at a known version.
 * @throws Error when the database was made by a newer version of this program
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((row) => row.version));
  const latest = Math.max(0, ...migrations.map((migration) => migration.version));
  const newest = Math.max(0, ...applied);
  if (newest > latest) throw new Error(`the database is at schema version ${newest}, newer than this program's ${latest}; upgrade the program`);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
    done.push(migration.version);
  }
  return done;
}
