// npm run users -- <command>: the users of a server with sign-in on (SIGN_IN=on).
// The password is read from the first line of standard input (or ICS_PASSWORD),
// never from the command line, where other users of the machine could see it.
import { pathToFileURL } from 'node:url';
import { hashPassword, passwordProblem } from '../auth/password.ts';
import { isRole, ROLES, type Role } from '../auth/roles.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../store/database.ts';
import { UserStore } from '../store/user-store.ts';

const USAGE = `usage: npm run users -- <command>
  list                         the users and their roles
  add NAME --role ROLE         add a user (password from standard input or ICS_PASSWORD)
  role NAME ROLE               change a user's role (ends their sessions)
  password NAME                set a new password (from standard input or ICS_PASSWORD; ends their sessions)
  remove NAME                  remove a user (ends their sessions)
roles: ${ROLES.join(', ')}. The database is DATA_DIR's (default ./data) or DATABASE_PATH.`;

const NAME = /^[A-Za-z0-9._@-]{1,100}$/;

class UsageError extends Error {}

async function readPassword(env: NodeJS.ProcessEnv, input: NodeJS.ReadableStream): Promise<string> {
  if (env.ICS_PASSWORD) return env.ICS_PASSWORD;
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    if (text.includes('\n') || text.length > 1000) break;
  }
  return text.split(/\r?\n/)[0];
}

function requireName(name: string | undefined): string {
  if (name === undefined || !NAME.test(name)) throw new UsageError(`a user name is 1–100 letters, digits or . _ @ -; got ${name === undefined ? 'none' : `"${name}"`}`);
  return name;
}

function requireRole(role: string | undefined): Role {
  if (role === undefined || !isRole(role)) throw new UsageError(`a role is one of ${ROLES.join(', ')}; got ${role === undefined ? 'none' : `"${role}"`}`);
  return role;
}

async function newPasswordHash(env: NodeJS.ProcessEnv, input: NodeJS.ReadableStream): Promise<string> {
  const password = await readPassword(env, input);
  const problem = passwordProblem(password);
  if (problem) throw new UsageError(problem);
  return hashPassword(password);
}

/** Runs one command; returns what to print. @throws UsageError for a bad command (the message says what is wrong) */
export async function runUsersCommand(args: readonly string[], env: NodeJS.ProcessEnv, input: NodeJS.ReadableStream): Promise<string> {
  const [command, ...rest] = args;
  const db = openDatabase(loadConfig(env).databasePath);
  try {
    const users = new UserStore(db);
    switch (command) {
      case 'list': {
        const all = users.list();
        return all.length === 0 ? 'no users yet: add one with npm run users -- add NAME --role admin' : all.map((user) => `${user.name}\t${user.role}\tsince ${user.createdAt}`).join('\n');
      }
      case 'add': {
        const name = requireName(rest[0]);
        const at = rest.indexOf('--role');
        const role = requireRole(at >= 0 ? rest[at + 1] : undefined);
        const hash = await newPasswordHash(env, input);
        if (!users.add(name, role, hash, new Date().toISOString())) throw new UsageError(`there is already a user called ${name}`);
        return `added ${name} (${role})`;
      }
      case 'role': {
        const name = requireName(rest[0]);
        const role = requireRole(rest[1]);
        if (!users.setRole(name, role)) throw new UsageError(`there is no user called ${name}`);
        return `${name} is now ${role === 'admin' ? 'an' : 'a'} ${role}`;
      }
      case 'password': {
        const name = requireName(rest[0]);
        if (!users.get(name)) throw new UsageError(`there is no user called ${name}`);
        users.setPassword(name, await newPasswordHash(env, input));
        return `new password set for ${name}`;
      }
      case 'remove': {
        const name = requireName(rest[0]);
        if (!users.remove(name)) throw new UsageError(`there is no user called ${name}`);
        return `removed ${name}`;
      }
      default:
        throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
    }
  } finally {
    db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runUsersCommand(process.argv.slice(2), process.env, process.stdin).then(
    (text) => console.log(text),
    (error: Error) => {
      console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : `users: ${error.message}`);
      process.exitCode = 2;
    },
  );
}
