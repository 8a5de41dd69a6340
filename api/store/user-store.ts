import { createHash, randomBytes } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { Role } from '../auth/roles.ts';

/** A user who may sign in (the password hash stays in the store). */
export interface StoredUser {
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
}

/** A signed-in session as the server sees it: the user, and the token every changing request must echo. */
export interface StoredSession {
  readonly user: StoredUser;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

interface UserRow {
  name: string;
  role: Role;
  password_hash: string;
  created_at: string;
}

const toUser = (row: UserRow): StoredUser => ({ name: row.name, role: row.role, createdAt: row.created_at });

/** The SHA-256 of a session token, as kept in the database. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A random token: 32 bytes, base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/**
 * Users and their sessions in SQLite. Only the hash of a password and of a
 * session token is kept. Removing a user ends their sessions (a foreign key);
 * changing a role or a password ends them too, so the change takes effect at once.
 */
export class UserStore {
  private readonly statements: Record<string, Statement>;

  constructor(private readonly db: Database) {
    this.statements = {
      insert: db.prepare('INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)'),
      get: db.prepare('SELECT * FROM users WHERE name = ?'),
      list: db.prepare('SELECT * FROM users ORDER BY name'),
      count: db.prepare('SELECT COUNT(*) AS count FROM users'),
      remove: db.prepare('DELETE FROM users WHERE name = ?'),
      setRole: db.prepare('UPDATE users SET role = ? WHERE name = ?'),
      setPassword: db.prepare('UPDATE users SET password_hash = ? WHERE name = ?'),
      endSessionsOf: db.prepare('DELETE FROM sessions WHERE user_name = ?'),
      insertSession: db.prepare('INSERT INTO sessions (token_hash, user_name, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)'),
      session: db.prepare(
        'SELECT users.*, sessions.csrf_token, sessions.expires_at FROM sessions JOIN users ON users.name = sessions.user_name WHERE sessions.token_hash = ? AND sessions.expires_at > ?',
      ),
      endSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
      purge: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
    };
  }

  /** @returns false when a user of that name exists */
  add(name: string, role: Role, passwordHash: string, now: string): boolean {
    if (this.statements.get.get(name)) return false;
    this.statements.insert.run(name, role, passwordHash, now);
    return true;
  }

  get(name: string): StoredUser | undefined {
    const row = this.statements.get.get(name) as UserRow | undefined;
    return row && toUser(row);
  }

  /** The stored hash, for checking a password at sign-in. */
  passwordHash(name: string): string | undefined {
    return (this.statements.get.get(name) as UserRow | undefined)?.password_hash;
  }

  list(): StoredUser[] {
    return (this.statements.list.all() as UserRow[]).map(toUser);
  }

  count(): number {
    return (this.statements.count.get() as { count: number }).count;
  }

  remove(name: string): boolean {
    return this.statements.remove.run(name).changes > 0;
  }

  setRole(name: string, role: Role): boolean {
    return this.db.transaction(() => {
      this.statements.endSessionsOf.run(name);
      return this.statements.setRole.run(role, name).changes > 0;
    })();
  }

  setPassword(name: string, passwordHash: string): boolean {
    return this.db.transaction(() => {
      this.statements.endSessionsOf.run(name);
      return this.statements.setPassword.run(passwordHash, name).changes > 0;
    })();
  }

  /** Starts a session; returns its token (kept only by the client) and its CSRF token. */
  startSession(name: string, now: Date, lifetimeMs: number): { token: string; csrfToken: string; expiresAt: string } {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(now.getTime() + lifetimeMs).toISOString();
    this.statements.purge.run(now.toISOString());
    this.statements.insertSession.run(tokenHash(token), name, csrfToken, now.toISOString(), expiresAt);
    return { token, csrfToken, expiresAt };
  }

  /** The live session a token names, or undefined (unknown, ended or expired). */
  session(token: string, now: Date): StoredSession | undefined {
    const row = this.statements.session.get(tokenHash(token), now.toISOString()) as (UserRow & { csrf_token: string; expires_at: string }) | undefined;
    return row && { user: toUser(row), csrfToken: row.csrf_token, expiresAt: row.expires_at };
  }

  endSession(token: string): void {
    this.statements.endSession.run(tokenHash(token));
  }
}
