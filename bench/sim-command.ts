// How the benchmark starts `npm run sim`: the same command npm runs, without npm's own start-up.
import { join } from 'node:path';

/** The executable and leading arguments of `npm run sim`, run from the project root. */
export function simCommand(root: string): { command: string; args: string[] } {
  return { command: process.execPath, args: [join(root, 'scripts/bundle.mjs'), 'sim'] };
}
