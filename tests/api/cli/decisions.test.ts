// npm run sim -- --solve / --sweep, run as a user runs them.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sim } from './run-sim.ts';

describe('npm run sim -- --solve and --sweep', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sim-decisions-'));

  it('solves for the extra funding that gives the teaching system a 90% chance of balance, and writes every run as JSON and CSV', async () => {
    const json = join(folder, 'solve.json');
    const csv = join(folder, 'solve.csv');
    const result = await sim([
      'scenarios/teaching.yaml',
      '--trials',
      '200',
      '--seed',
      '4',
      '--solve',
      'extraFunding:riverside-icb',
      '--between',
      '0,100',
      '--measure',
      'riverside meetsAfterRiskShare',
      '--reach',
      '0.9',
      '--json',
      json,
      '--csv',
      csv,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Teaching ICS (one year): solve, 200 trials, seed 4, engine');
    const solved = JSON.parse(readFileSync(json, 'utf8')) as { lever: number; reached: { value: number }; runs: number; points: unknown[] };
    expect(solved.reached.value).toBeGreaterThanOrEqual(0.9);
    expect(solved.lever).toBeGreaterThan(0);
    expect(solved.lever).toBeLessThan(100);
    expect(result.stdout).toContain(`extra funding to Riverside ICB (£m a year) = ${Number(solved.lever.toPrecision(6))} (± `);
    // One CSV row per run, after the header.
    expect(readFileSync(csv, 'utf8').trim().split('\r\n')).toHaveLength(solved.points.length + 1);
  });

  it('sweeps one input and prints a row per value', async () => {
    const result = await sim(['scenarios/teaching.yaml', '--trials', '100', '--seed', '4', '--sweep', 'extraFunding:riverside-icb=0,20', '--measure', 'riverside outturn.mean']);
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split('\n').slice(2);
    expect(rows).toHaveLength(2);
    const means = rows.map((row) => Number(row.trim().split(/\s+/)[1]));
    // On the same trials, £20m more cash moves the mean outturn by £20m.
    expect(means[1] - means[0]).toBeCloseTo(20, 3);
  });

  it('exits 1 naming the field of a lever that is not in the scenario, with no stack trace', async () => {
    const result = await sim(['scenarios/teaching.yaml', '--trials', '50', '--solve', 'extraFunding:nobody', '--between', '0,10', '--measure', 'riverside meetsAfterRiskShare', '--reach', '0.5']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('--solve cannot be done: lever.organisation: no organisation "nobody" in the scenario\n');
  });
});
