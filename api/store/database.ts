import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migrations.ts';

/**
 * Opens (creating if needed) the SQLite file and applies migrations.
 *
 * WAL lets readers carry on while a run's results are written. Every
 * transaction is all-or-nothing whatever happens (a crash of the process or
 * the machine leaves the state before it or after it). `synchronous = NORMAL`
 * is SQLite's recommended setting for WAL: a commit survives a crash of the
 * server; a power cut may lose the last commits (never tear one). FULL would
 * add an fsync to every commit, ~4 ms of blocked event loop here, three times
 * per run. `busy_timeout` makes a second process on the same file wait for
 * the write lock instead of failing.
 */
export function openDatabase(path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
