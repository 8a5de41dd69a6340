// npm run users: the users of a server with sign-in on.
import { Readable } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { runUsersCommand } from '../../../api/cli/users.ts';
import { verifyPassword } from '../../../api/auth/password.ts';
import { openDatabase } from '../../../api/store/database.ts';
import { UserStore } from '../../../api/store/user-store.ts';
import { temporaryDataDir } from '../helper.ts';

const folders: Array<() => void> = [];
afterEach(() => folders.splice(0).forEach((remove) => remove()));

function setUp() {
  const { dataDir, remove } = temporaryDataDir();
  folders.push(remove);
  const env = { DATA_DIR: dataDir };
  const run = (args: string[], stdin = '') => runUsersCommand(args, env, Readable.from([stdin]));
  const store = () => {
    const db = openDatabase(`${dataDir}/ics.sqlite`);
    return { users: new UserStore(db), close: () => db.close() };
  };
  return { run, store };
}

describe('npm run users', () => {
  test('adds a user with the password from standard input (hashed, never stored as typed), lists, changes role and removes', async () => {
    const { run, store } = setUp();
    expect(await run(['list'])).toBe('no users yet: add one with npm run users -- add NAME --role admin');
    expect(await run(['add', 'ada', '--role', 'admin'], 'a long password\n')).toBe('added ada (admin)');
    const opened = store();
    const hash = opened.users.passwordHash('ada') as string;
    opened.close();
    expect(hash).not.toContain('a long password');
    expect(await verifyPassword('a long password', hash)).toBe(true);
    expect(await run(['list'])).toMatch(/^ada\tadmin\tsince \d{4}-\d\d-\d\dT/);
    expect(await run(['role', 'ada', 'viewer'])).toBe('ada is now a viewer');
    expect(await run(['remove', 'ada'])).toBe('removed ada');
    expect(await run(['list'])).toContain('no users yet');
  });

  test('says what is wrong with a bad command', async () => {
    const { run } = setUp();
    await expect(run(['add', 'ed', '--role', 'boss'], 'a long password\n')).rejects.toThrow('a role is one of viewer, editor, admin; got "boss"');
    await expect(run(['add', 'ed', '--role', 'editor'], 'short\n')).rejects.toThrow('a password needs at least 10 characters');
    await expect(run(['add', 'bad name', '--role', 'editor'], 'a long password\n')).rejects.toThrow('a user name is 1–100 letters');
    await run(['add', 'ed', '--role', 'editor'], 'a long password\n');
    await expect(run(['add', 'ed', '--role', 'editor'], 'a long password\n')).rejects.toThrow('there is already a user called ed');
    await expect(run(['remove', 'nobody'])).rejects.toThrow('there is no user called nobody');
    await expect(run(['frobnicate'])).rejects.toThrow('unknown command "frobnicate"');
  });
});

describe('sessions', () => {
  test('a session ends when it expires, when it is ended, and when the password changes', async () => {
    const { run, store } = setUp();
    await run(['add', 'ed', '--role', 'editor'], 'a long password\n');
    const { users, close } = store();
    const now = new Date('2026-12-01T09:00:00Z');
    const session = users.startSession('ed', now, 12 * 3_600_000);
    expect(users.session(session.token, new Date('2026-12-01T20:59:59Z'))?.user).toMatchObject({ name: 'ed', role: 'editor' });
    expect(users.session(session.token, new Date('2026-12-01T21:00:00Z'))).toBeUndefined();
    const second = users.startSession('ed', now, 12 * 3_600_000);
    users.endSession(second.token);
    expect(users.session(second.token, now)).toBeUndefined();
    const third = users.startSession('ed', now, 12 * 3_600_000);
    users.setPassword('ed', 'scrypt$new');
    expect(users.session(third.token, now)).toBeUndefined();
    close();
  });
});
