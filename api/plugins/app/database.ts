import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../config.ts';
import { openDatabase } from '../../store/database.ts';
import { RunStore } from '../../store/run-store.ts';
import { ScenarioStore } from '../../store/scenario-store.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    scenarioStore: ScenarioStore;
    runStore: RunStore;
  }
}

/**
 * The SQLite database (WAL, migrated on open) and its stores. Runs that a
 * previous server left queued or running are marked interrupted: nothing is
 * executing them any more. Closed when the app closes.
 */
export default fp(
  async function database(fastify: FastifyInstance, options: AppOptions) {
    const db = openDatabase(options.databasePath);
    const runStore = new RunStore(db);
    const interrupted = runStore.interruptUnfinished(new Date().toISOString());
    if (interrupted > 0) fastify.log.warn({ interrupted }, 'runs left unfinished by the last server were marked interrupted');
    fastify.decorate('db', db);
    fastify.decorate('scenarioStore', new ScenarioStore(db));
    fastify.decorate('runStore', runStore);
    fastify.addHook('onClose', async () => {
      db.close();
    });
  },
  { name: 'database' },
);
