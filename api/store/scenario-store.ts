import { randomUUID } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { Scenario } from '../../engine/index.ts';

/** A saved scenario and its latest version. */
export interface StoredScenario {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly latestVersion: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface StoredVersion {
  readonly scenarioId: string;
  readonly version: number;
  readonly name: string;
  readonly document: Scenario;
  readonly createdAt: string;
  /** Who saved it, when sign-in is on. */
  readonly savedBy: string | undefined;
}

/** What {@link ScenarioStore.update} found: the new version, or why it did not save. */
export type UpdateOutcome =
  { readonly ok: true; readonly scenario: StoredScenario } | { readonly ok: false; readonly reason: 'not-found' } | { readonly ok: false; readonly reason: 'conflict'; readonly latestVersion: number };

interface ScenarioRow {
  id: string;
  name: string;
  description: string;
  latest_version: number;
  created_at: string;
  updated_at: string;
}

interface VersionRow {
  scenario_id: string;
  version: number;
  name: string;
  document: string;
  created_at: string;
  saved_by: string | null;
}

const toScenario = (row: ScenarioRow): StoredScenario => ({
  id: row.id,
  name: row.name,
  description: row.description,
  latestVersion: row.latest_version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toVersion = (row: VersionRow): StoredVersion => ({
  scenarioId: row.scenario_id,
  version: row.version,
  name: row.name,
  document: JSON.parse(row.document) as Scenario,
  createdAt: row.created_at,
  savedBy: row.saved_by ?? undefined,
});

/**
 * Saved scenarios in SQLite. Every save adds a version; old versions are
 * kept. Each save is one immediate transaction (the version row and the
 * scenario's pointer to it together), so a crash at any instant leaves the
 * old version or the new one, never one without the other.
 */
export class ScenarioStore {
  private readonly statements: Record<string, Statement>;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.statements = {
      list: db.prepare('SELECT * FROM scenarios ORDER BY updated_at DESC, rowid DESC'),
      get: db.prepare('SELECT * FROM scenarios WHERE id = ?'),
      insertScenario: db.prepare('INSERT INTO scenarios (id, name, description, latest_version, created_at, updated_at) VALUES (@id, @name, @description, @version, @now, @now)'),
      insertVersion: db.prepare('INSERT INTO scenario_versions (scenario_id, version, name, document, created_at, saved_by) VALUES (@id, @version, @name, @document, @now, @savedBy)'),
      updateScenario: db.prepare('UPDATE scenarios SET name = @name, description = @description, latest_version = @version, updated_at = @now WHERE id = @id'),
      versions: db.prepare("SELECT scenario_id, version, name, created_at, saved_by, '' AS document FROM scenario_versions WHERE scenario_id = ? ORDER BY version DESC"),
      version: db.prepare('SELECT * FROM scenario_versions WHERE scenario_id = ? AND version = ?'),
      delete: db.prepare('DELETE FROM scenarios WHERE id = ?'),
    };
  }

  /** Saved scenarios (without their documents), most recently changed first. */
  list(): StoredScenario[] {
    return (this.statements.list.all() as ScenarioRow[]).map(toScenario);
  }

  get(id: string): StoredScenario | undefined {
    const row = this.statements.get.get(id) as ScenarioRow | undefined;
    return row && toScenario(row);
  }

  /** Saves a new scenario as version 1. */
  create(document: Scenario, savedBy?: string): StoredScenario {
    const id = randomUUID();
    const now = this.now().toISOString();
    const values = { id, name: document.name, description: document.description ?? '', version: 1, now, document: JSON.stringify(document), savedBy: savedBy ?? null };
    this.db
      .transaction(() => {
        this.statements.insertScenario.run(values);
        this.statements.insertVersion.run(values);
      })
      .immediate();
    return this.get(id) as StoredScenario;
  }

  /**
   * Saves `document` as the next version. With `expectedVersion`, refuses
   * (conflict) when someone else saved since that version was read.
   */
  update(id: string, document: Scenario, expectedVersion?: number, savedBy?: string): UpdateOutcome {
    return this.db
      .transaction((): UpdateOutcome => {
        const current = this.statements.get.get(id) as ScenarioRow | undefined;
        if (!current) return { ok: false, reason: 'not-found' };
        if (expectedVersion !== undefined && expectedVersion !== current.latest_version) {
          return { ok: false, reason: 'conflict', latestVersion: current.latest_version };
        }
        const values = {
          id,
          name: document.name,
          description: document.description ?? '',
          version: current.latest_version + 1,
          now: this.now().toISOString(),
          document: JSON.stringify(document),
          savedBy: savedBy ?? null,
        };
        this.statements.insertVersion.run(values);
        this.statements.updateScenario.run(values);
        return { ok: true, scenario: toScenario({ ...current, name: values.name, description: values.description, latest_version: values.version, updated_at: values.now }) };
      })
      .immediate();
  }

  /** Every version, newest first, without their documents. */
  versions(id: string): Omit<StoredVersion, 'document'>[] {
    return (this.statements.versions.all(id) as VersionRow[]).map(({ scenario_id, version, name, created_at, saved_by }) => ({
      scenarioId: scenario_id,
      version,
      name,
      createdAt: created_at,
      savedBy: saved_by ?? undefined,
    }));
  }

  version(id: string, version: number): StoredVersion | undefined {
    const row = this.statements.version.get(id, version) as VersionRow | undefined;
    return row && toVersion(row);
  }

  /** Deletes a scenario and all its versions; false when there was none. Runs keep their own copy of the document. */
  delete(id: string): boolean {
    return this.statements.delete.run(id).changes > 0;
  }
}
