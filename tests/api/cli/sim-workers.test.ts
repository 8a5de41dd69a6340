import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sim } from './run-sim.ts';

describe('npm run sim --workers', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sim-workers-test-'));

  it('prints and writes the same bytes on 1 and 2 worker threads for the same seed', async () => {
    // system-control-total compares risk-share rules (a plan of several models); 1,100 trials make two chunks of 550 on 2 workers.
    const outputs = await Promise.all(
      [1, 2].map(async (workers) => {
        const json = join(folder, `${workers}.json`);
        const csv = join(folder, `${workers}.csv`);
        const result = await sim(['scenarios/system-control-total.yaml', '--trials', '1100', '--seed', '9', '--workers', String(workers), '--json', json, '--csv', csv]);
        expect(result.code, result.stderr).toBe(0);
        return { stdout: result.stdout.replaceAll(`${workers}.json`, 'out.json').replaceAll(`${workers}.csv`, 'out.csv'), json: readFileSync(json, 'utf8'), csv: readFileSync(csv, 'utf8') };
      }),
    );
    expect(outputs[0].stdout).toContain('1,100 trials, seed 9');
    expect(outputs[1].stdout).toBe(outputs[0].stdout);
    expect(outputs[1].json).toBe(outputs[0].json);
    expect(outputs[1].csv).toBe(outputs[0].csv);
  }, 180_000);

  it('gives the same bytes on 1 and 2 workers in a run long enough to keep a reservoir (more than 10,000 trials)', async () => {
    const [one, two] = await Promise.all(
      [1, 2].map(async (workers) => {
        const json = join(folder, `five-${workers}.json`);
        const result = await sim(['bench/five-organisations/five-organisations.yaml', '--trials', '12000', '--workers', String(workers), '--json', json]);
        expect(result.code, result.stderr).toBe(0);
        return readFileSync(json, 'utf8');
      }),
    );
    expect(JSON.parse(one).meta.trials).toBe(12_000);
    expect(two).toBe(one);
  }, 180_000);

  it('exits 2 naming --workers on a bad value', async () => {
    const result = await sim(['scenarios/teaching.yaml', '--workers', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--workers must be a whole number from 1 to 64, got 0');
  }, 60_000);

  it('exits 1 with the engine message, no stack trace, when a trial fails on a worker thread', async () => {
    const scenario = join(folder, 'nan.yaml');
    writeFileSync(
      scenario,
      readFileSync(join(ROOT, 'scenarios/teaching.yaml'), 'utf8').replace('pay: { baseline: 340, growth: payAward }', 'pay: { baseline: 340, growth: "sqrt(demandGrowth - 0.03)" }'),
    );
    const result = await sim([scenario, '--trials', '50', '--workers', '2']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/could not be run: systems\[0\]\.organisations\[1\]\.costs\.pay\.growth: the formula "sqrt\(demandGrowth - 0\.03\)" gave NaN in trial \d+/);
    expect(result.stderr).not.toContain('    at ');
  }, 60_000);
});
