// Golden snapshots: every preset, and one comparison, at a fixed seed, must
// give exactly the stored results, CSV, CLI table and workbook cells. A
// change that is meant to move results updates them with
// `npm run snapshots:update`, and the commit's diff shows what moved.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_FOLDER, PRESET_CASES, presetStems, roundForSnapshot, snapshotFiles } from './cases.ts';

/** The first lines where two texts differ, with their line numbers, for a readable failure. */
function firstDifferences(expected: string, actual: string, limit = 8): string[] {
  const want = expected.split('\n');
  const got = actual.split('\n');
  const differences: string[] = [];
  for (let line = 0; line < Math.max(want.length, got.length) && differences.length < limit; line++) {
    if (want[line] !== got[line]) differences.push(`line ${line + 1}: golden ${JSON.stringify(want[line])}, now ${JSON.stringify(got[line])}`);
  }
  return differences;
}

const files = snapshotFiles();

describe('golden snapshots (tests/snapshots/golden/)', () => {
  it('cover every preset and nothing else', () => {
    const stems = new Set(presetStems());
    expect(stems.size).toBeGreaterThanOrEqual(3);
    const stored = readdirSync(GOLDEN_FOLDER).sort();
    expect(stored).toEqual(files.map((file) => file.name).sort());
    for (const stem of stems) expect(stored).toContain(PRESET_CASES[stem]?.outputs === 'national' ? `${stem}.national.json` : `${stem}.results.json`);
  });

  it.each(files.map((file) => [file.name, file] as const))(
    '%s is unchanged',
    async (name, file) => {
      const path = join(GOLDEN_FOLDER, name);
      expect(existsSync(path), `${name} is missing: run npm run snapshots:update`).toBe(true);
      const golden = readFileSync(path, 'utf8');
      const now = await file.render();
      expect(firstDifferences(golden, now), `${name} differs; if the change is meant, run npm run snapshots:update and review the diff`).toEqual([]);
    },
    120_000,
  );
});

describe('roundForSnapshot', () => {
  it('keeps 6 significant digits, writes -0 as 0 and names non-finite numbers', () => {
    expect(roundForSnapshot({ a: [1.23456789, -0.0000001234567, -0], b: Number.NaN, c: 'text' })).toEqual({ a: [1.23457, -1.23457e-7, 0], b: 'NaN', c: 'text' });
  });
});
