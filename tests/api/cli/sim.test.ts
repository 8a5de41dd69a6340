import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sim } from './run-sim.ts';

describe('npm run sim', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sim-test-'));

  it('runs a preset, prints the summary and writes JSON and CSV', async () => {
    const json = join(folder, 'out.json');
    const csv = join(folder, 'out.csv');
    const result = await sim(['scenarios/teaching.yaml', '--trials', '60', '--seed', '3', '--json', json, '--csv', csv]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Teaching ICS (one year): 60 trials, seed 3, engine');
    expect(result.stdout).toContain('Riverside ICS (system)');
    expect(result.stdout).toContain('Beds (fast bed model)');
    const results = JSON.parse(readFileSync(json, 'utf8')) as { meta: { trials: number; seed: number }; beds: Array<{ metrics: { fourHourPointsLost: { mean: number } } }> };
    expect(results.meta).toMatchObject({ trials: 60, seed: 3 });
    // The beds table ends with the A&E 4-hour performance lost to crowding, in percentage points, from the same results.
    expect(result.stdout).toContain('A&E 4-hour lost');
    const trustRow = result.stdout.split('\n').find((line) => line.startsWith('Riverside University Hospitals NHS FT ') && line.trimEnd().endsWith(' pts'));
    expect(trustRow?.trimEnd().endsWith(` ${(results.beds[0].metrics.fourHourPointsLost.mean * 100).toFixed(1)} pts`)).toBe(true);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFFscenario,engine_version,seed,trials,')).toBe(true);
    expect(text).toContain('\r\n');
    // The CSV rounds every value to 6 decimals (£1 of £m); the JSON keeps full precision.
    const values = text
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(',').at(-2)!);
    expect(values.filter((value) => /\.\d{7,}|e-/.test(value))).toEqual([]);
    expect(readFileSync(json, 'utf8')).toMatch(/\.\d{7,}/);
  }, 60_000);

  it('compares the bed-cuts alternatives on A&E 4-hour performance: keeping the beds loses fewer points', async () => {
    const result = await sim(['scenarios/bed-cuts.yaml', '--trials', '20', '--seed', '5']);
    expect(result.code).toBe(0);
    const keep = result.stdout.slice(result.stdout.indexOf('Alternative "Keep the beds"'));
    const line = keep.split('\n').find((text) => text.startsWith('A&E 4-hour performance lost, mean of trusts (2025/26)'));
    // Keeping 500 beds open from October lowers occupancy, so less 4-hour performance is lost (about 2 points over the year).
    expect(Number(line?.match(/(-?\d+\.\d) pts/)?.[1])).toBeLessThan(-0.5);
  }, 60_000);

  it('exits 1 and lists every problem of an invalid scenario, writing nothing', async () => {
    const scenario = join(folder, 'bad.yaml');
    writeFileSync(
      scenario,
      readFileSync(join(ROOT, 'scenarios/teaching.yaml'), 'utf8')
        .replace('payAward: { dist: triangular, min: 0.025, mode: 0.035, max: 0.055 }', 'payAward: { dist: triangular, min: 0.05, mode: 0.035, max: 0.055 }')
        .replace('controlTotal: -13', 'controlTotal: "payAward * wages"'),
    );
    const json = join(folder, 'never.json');
    const result = await sim([scenario, '--json', json]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('drivers.payAward: triangular needs min <= mode <= max');
    expect(result.stderr).toContain("systems[0].organisations[1].controlTotal: unknown name 'wages'");
    expect(existsSync(json)).toBe(false);
  }, 60_000);

  it('exits 1 with the line of a YAML syntax error', async () => {
    const scenario = join(folder, 'broken.yaml');
    writeFileSync(scenario, 'schemaVersion: 1\nname: [unclosed\n');
    const result = await sim([scenario]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/line \d+, column \d+/);
  }, 60_000);

  it('exits 2 on a bad argument or a missing file', async () => {
    expect((await sim(['scenarios/teaching.yaml', '--trials', 'many'])).stderr).toContain("--trials must be a whole number from 1 to 1000000, got 'many'");
    const missing = await sim([join(folder, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    expect(missing.stderr).toContain('ENOENT');
  }, 60_000);
});

describe('npm run sim on a formula that fails in some trials', () => {
  it('exits 1 naming the field and the trial, with no stack trace', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sim-test-'));
    const scenario = join(folder, 'nan.yaml');
    writeFileSync(
      scenario,
      readFileSync(join(ROOT, 'scenarios/teaching.yaml'), 'utf8').replace('pay: { baseline: 340, growth: payAward }', 'pay: { baseline: 340, growth: "sqrt(demandGrowth - 0.03)" }'),
    );
    const result = await sim([scenario, '--trials', '50']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/could not be run: systems\[0\]\.organisations\[1\]\.costs\.pay\.growth: the formula "sqrt\(demandGrowth - 0\.03\)" gave NaN in trial \d+/);
    expect(result.stderr).not.toContain('    at ');
  }, 60_000);
});

describe('npm run sim on hostile files (issue 18)', () => {
  it('answers each with what is wrong, exit 1 and no stack trace', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sim-test-'));
    const teaching = readFileSync(join(ROOT, 'scenarios/teaching.yaml'), 'utf8');
    const bedCuts = readFileSync(join(ROOT, 'scenarios/bed-cuts.yaml'), 'utf8');
    const files: Array<[string, string, RegExp]> = [
      ['deep.yaml', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /deep\.yaml is not valid:\n {2}.*not valid YAML: /],
      ['keys.yaml', Array.from({ length: 30_000 }, (_, index) => `k${index}: ${index}`).join('\n'), /keys\.yaml is not valid:\n {2}scenario text has 29,999 lines and commas; the limit is 20,000\n/],
      [
        'long-formula.yaml',
        teaching.replace('  cipCeiling: 0.05', `  cipCeiling: 0.05\n  long: "${Array.from({ length: 8000 }, () => '1').join('+')}"`),
        /parameters\.long: is 15,999 characters long; a text may have at most 10,000/,
      ],
      ['to-string.yaml', teaching.replace('drivers: [payAward, inflation]', 'drivers: [toString, valueOf]'), /correlation\.drivers\[0\]: unknown driver 'toString'/],
      ['blank.yaml', teaching.replace('  cipCeiling: 0.05', '  cipCeiling: " "'), /parameters\.cipCeiling: formula is empty/],
      ['growth.yaml', bedCuts.replace('demandGrowth: { dist: normal, mean: 0.024, sd: 0.01 }', 'demandGrowth: { dist: normal, mean: 0.024, sd: 1e9 }'), /growth\.yaml could not be run: /],
    ];
    const results = await Promise.all(
      files.map(async ([name, text]) => {
        writeFileSync(join(folder, name), text);
        return sim([join(folder, name), '--trials', '20']);
      }),
    );
    results.forEach((result, index) => {
      const [name, , expected] = files[index];
      expect(result.code, name).toBe(1);
      expect(result.stderr, name).toMatch(expected);
      expect(result.stderr, name).not.toContain('    at ');
    });
  }, 120_000);
});
