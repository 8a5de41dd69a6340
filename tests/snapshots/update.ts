// npm run snapshots:update: rewrites every golden snapshot from the current
// code. Run it only when a change is meant to move results, and let the
// commit's diff of tests/snapshots/golden/ show what moved.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_FOLDER, snapshotFiles } from './cases.ts';

mkdirSync(GOLDEN_FOLDER, { recursive: true });
const files = snapshotFiles();
const names = new Set(files.map((file) => file.name));
for (const stale of readdirSync(GOLDEN_FOLDER).filter((name) => !names.has(name))) {
  rmSync(join(GOLDEN_FOLDER, stale));
  process.stdout.write(`removed ${stale}\n`);
}
for (const file of files) {
  writeFileSync(join(GOLDEN_FOLDER, file.name), await file.render());
  process.stdout.write(`wrote ${file.name}\n`);
}
