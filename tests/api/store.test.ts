import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { ENGINE_VERSION, SCHEMA_VERSION } from '../../engine/index.ts';
import { openDatabase } from '../../api/store/database.ts';
import { MIGRATIONS } from '../../api/store/migrations.ts';
import { RunStore } from '../../api/store/run-store.ts';
import { ScenarioStore } from '../../api/store/scenario-store.ts';
import { presetDocument, temporaryDataDir, testApp } from './helper.ts';

const teaching = presetDocument('teaching');
const named = (name: string) => ({ ...teaching, name });
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function dataDir(): string {
  const temporary = temporaryDataDir();
  cleanups.push(temporary.remove);
  return temporary.dataDir;
}

describe('the database', () => {
  test('is in WAL mode with every migration recorded', () => {
    const path = join(dataDir(), 'nested', 'ics.sqlite');
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(applied.map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version));
    db.close();
    // Opening again applies nothing twice.
    const again = openDatabase(path);
    expect((again.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(MIGRATIONS.length);
    again.close();
  });

  test('refuses a database from a newer program', () => {
    const path = join(dataDir(), 'ics.sqlite');
    openDatabase(path).close();
    const raw = new BetterSqlite3(path);
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'now')").run();
    raw.close();
    expect(() => openDatabase(path)).toThrow(`the database is at schema version 999, newer than this program's ${MIGRATIONS.length}; upgrade the program`);
  });
});

describe('restarting on the same database', () => {
  test('finds every saved scenario and each of its versions', async () => {
    const directory = dataDir();
    const first = await testApp({ dataDir: directory });
    const ids: string[] = [];
    for (const name of ['Alpha', 'Beta']) {
      const created = (await first.inject({ method: 'POST', url: '/api/scenarios', payload: { document: named(`${name} 1`) } })).json() as { id: string };
      await first.inject({ method: 'PUT', url: `/api/scenarios/${created.id}`, payload: { document: named(`${name} 2`) } });
      ids.push(created.id);
    }
    const listedBefore = (await first.inject({ method: 'GET', url: '/api/scenarios' })).json();
    await first.close();

    const second = await testApp({ dataDir: directory });
    expect((await second.inject({ method: 'GET', url: '/api/scenarios' })).json()).toEqual(listedBefore);
    for (const [index, id] of ids.entries()) {
      const name = ['Alpha', 'Beta'][index];
      expect((await second.inject({ method: 'GET', url: `/api/scenarios/${id}` })).json()).toMatchObject({ name: `${name} 2`, latestVersion: 2, document: named(`${name} 2`) });
      const versions = (await second.inject({ method: 'GET', url: `/api/scenarios/${id}/versions` })).json() as { versions: { version: number; name: string }[] };
      expect(versions.versions.map(({ version, name: versionName }) => [version, versionName])).toEqual([
        [2, `${name} 2`],
        [1, `${name} 1`],
      ]);
      expect((await second.inject({ method: 'GET', url: `/api/scenarios/${id}/versions/1` })).json().document).toEqual(named(`${name} 1`));
    }
    await second.close();
  });

  test('marks runs that were queued or running as interrupted', async () => {
    const directory = dataDir();
    const db = openDatabase(join(directory, 'ics.sqlite'));
    const runs = new RunStore(db);
    const base = {
      kind: 'run' as const,
      trials: 10,
      seed: 1,
      source: { scenarioId: 'preset-teaching', scenarioVersion: 1, scenarioName: teaching.name, document: teaching },
      alternative: undefined,
      engineVersion: ENGINE_VERSION,
      schemaVersion: SCHEMA_VERSION,
      progressDone: 0,
      createdAt: new Date().toISOString(),
      startedAt: undefined,
      finishedAt: undefined,
      error: undefined,
    };
    runs.insert({ ...base, id: 'was-running', status: 'running' });
    runs.insert({ ...base, id: 'was-queued', status: 'queued' });
    runs.insert({ ...base, id: 'was-cancelled', status: 'cancelled' });
    db.close();

    const app = await testApp({ dataDir: directory });
    for (const id of ['was-running', 'was-queued']) {
      const run = (await app.inject({ method: 'GET', url: `/api/runs/${id}` })).json();
      expect(run).toMatchObject({ status: 'interrupted', error: 'the server stopped before this run finished; start it again to get results' });
      expect(typeof run.finishedAt).toBe('string');
    }
    expect((await app.inject({ method: 'GET', url: '/api/runs/was-cancelled' })).json().status).toBe('cancelled');
    const events = (await app.inject({ method: 'GET', url: '/api/runs/was-running/events' })).body;
    expect(events).toContain('event: status\ndata: {"status":"interrupted"');
    await app.close();
  });
});

describe('a save is one transaction', () => {
  test('a write that fails inside the transaction leaves the old version intact', async () => {
    const app = await testApp({ dataDir: dataDir() });
    const created = (await app.inject({ method: 'POST', url: '/api/scenarios', payload: { document: named('Before') } })).json() as { id: string };
    // The new version row is written first, then the scenario's pointer: fail the second write.
    app.db.exec("CREATE TRIGGER fail_save BEFORE UPDATE ON scenarios BEGIN SELECT RAISE(ABORT, 'simulated crash during save'); END");
    const response = await app.inject({ method: 'PUT', url: `/api/scenarios/${created.id}`, payload: { document: named('After') } });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: expect.stringMatching(/^internal server error; the server log has the details \(request .+\)$/) });
    expect(response.body).not.toContain('simulated');
    app.db.exec('DROP TRIGGER fail_save');

    expect((await app.inject({ method: 'GET', url: `/api/scenarios/${created.id}` })).json()).toMatchObject({ name: 'Before', latestVersion: 1, document: named('Before') });
    const versions = (await app.inject({ method: 'GET', url: `/api/scenarios/${created.id}/versions` })).json() as { versions: unknown[] };
    expect(versions.versions).toHaveLength(1);
    expect((await app.inject({ method: 'GET', url: `/api/scenarios/${created.id}/versions/2` })).statusCode).toBe(404);
    // And the next save works and is version 2.
    const next = await app.inject({ method: 'PUT', url: `/api/scenarios/${created.id}`, payload: { document: named('After') } });
    expect(next.json()).toMatchObject({ version: 2, name: 'After' });
    await app.close();
  });

  test('a failed first save leaves no scenario behind', () => {
    const db = openDatabase(join(dataDir(), 'ics.sqlite'));
    const store = new ScenarioStore(db);
    db.exec("CREATE TRIGGER fail_version BEFORE INSERT ON scenario_versions BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect(() => store.create(named('Never'))).toThrow('disk full');
    expect(store.list()).toEqual([]);
    db.close();
  });

  test('keeps per-trial figures larger than one SQLite value in pieces, and reads them back whole', () => {
    const db = openDatabase(join(dataDir(), 'ics.sqlite'));
    // Pieces of 3 values (24 bytes): 10 values make pieces of 3, 3, 3 and 1; 2 values stay whole in the column.
    const runs = new RunStore(db, 24);
    const base = {
      kind: 'compare' as const,
      status: 'running' as const,
      trials: 1,
      seed: 1,
      source: { scenarioId: undefined, scenarioVersion: undefined, scenarioName: teaching.name, document: teaching },
      alternative: { scenarioId: undefined, scenarioVersion: undefined, scenarioName: teaching.name, document: teaching },
      engineVersion: ENGINE_VERSION,
      schemaVersion: SCHEMA_VERSION,
      progressDone: 0,
      createdAt: new Date().toISOString(),
      startedAt: undefined,
      finishedAt: undefined,
      error: undefined,
    };
    runs.insert({ ...base, id: 'large' });
    const values = Float64Array.from({ length: 10 }, (_, index) => index / 7);
    const alternativeValues = Float64Array.from([1.5, -2.25]);
    runs.saveResults('large', new Date().toISOString(), 1, '{}', { values, alternativeValues });
    const stored = db.prepare('SELECT side, piece, length(data) AS bytes FROM run_trial_pieces ORDER BY side, piece').all();
    expect(stored).toEqual([0, 1, 2, 3].map((piece) => ({ side: 0, piece, bytes: piece < 3 ? 24 : 8 })));
    expect(runs.trialValues('large')).toEqual({ values, alternativeValues });
    // Deleting the run deletes its pieces.
    expect(runs.delete('large')).toBe(true);
    expect((db.prepare('SELECT count(*) AS n FROM run_trial_pieces').get() as { n: number }).n).toBe(0);
    db.close();
  });
});
