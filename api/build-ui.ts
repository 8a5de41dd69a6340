// First step of `npm start`: build the UI into ui/dist, so that the server
// can serve it. Only a UI that does not exist yet (no ui/vite.config.ts) is
// skipped, and the server then serves the API with a page saying so; a real
// build error stops `npm start` with the build's own message.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
if (!existsSync(join(root, 'ui', 'vite.config.ts'))) {
  process.stdout.write('ui/vite.config.ts not found: skipping the UI build; the server will serve the API only.\n');
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build:ui'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) {
    process.stderr.write(`\nThe UI build failed (exit code ${build.status ?? build.signal}); fix it, or run the API alone with: npx tsx api/server.ts\n`);
    process.exitCode = 1;
  }
}
