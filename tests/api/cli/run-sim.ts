// Runs `npm run sim` as a user would (a process of its own, from the project's folder, from the built bundle
// that scripts/bundle.mjs keeps up to date), for the command-line tests.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The project's folder. */
export const ROOT = join(import.meta.dirname, '../../..');

/** The command line's exit code and what it printed. */
export async function sim(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), 'sim', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}
