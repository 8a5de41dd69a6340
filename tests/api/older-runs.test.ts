import { afterEach, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { runScenario, SCHEMA_VERSION } from '../../engine/index.ts';
import { openDatabase } from '../../api/store/database.ts';
import { RunStore } from '../../api/store/run-store.ts';
import { presetDocument, temporaryDataDir, testApp } from './helper.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('runs stored by an older engine', () => {
  test('stay readable after engine 0.3.0 and say which engine made them', async () => {
    const temporary = temporaryDataDir();
    cleanups.push(temporary.remove);
    const teaching = presetDocument('teaching');
    const run = runScenario(teaching, { trials: 20, seed: 3 });
    // Results as engine 0.2.0 stored them: no notes, no avoidance plan lines.
    const results = structuredClone(run.results) as unknown as { meta: Record<string, unknown>; centralStatements: Array<{ lines: Record<string, number> }> };
    results.meta.engineVersion = '0.2.0';
    delete results.meta.notes;
    for (const statement of results.centralStatements) {
      delete statement.lines.qippContractReduction;
      delete statement.lines.avoidanceCostRelease;
    }
    const db = openDatabase(join(temporary.dataDir, 'ics.sqlite'));
    const runs = new RunStore(db);
    const createdAt = new Date().toISOString();
    runs.insert({
      id: 'made-by-0-2-0',
      kind: 'run',
      status: 'queued',
      trials: 20,
      seed: 3,
      source: { scenarioId: 'preset-teaching', scenarioVersion: 1, scenarioName: teaching.name, document: teaching },
      alternative: undefined,
      engineVersion: '0.2.0',
      schemaVersion: SCHEMA_VERSION,
      progressDone: 0,
      createdAt,
      startedAt: createdAt,
      finishedAt: undefined,
      error: undefined,
    });
    runs.saveResults('made-by-0-2-0', createdAt, 20, JSON.stringify(results), { values: run.block.values, alternativeValues: undefined });
    db.close();

    const app = await testApp({ dataDir: temporary.dataDir });
    const record = await app.inject({ method: 'GET', url: '/api/runs/made-by-0-2-0' });
    expect(record.json()).toMatchObject({ status: 'done', engineVersion: '0.2.0' });
    const stored = await app.inject({ method: 'GET', url: '/api/runs/made-by-0-2-0/results' });
    expect(stored.statusCode).toBe(200);
    expect(stored.json().meta.engineVersion).toBe('0.2.0');
    expect(stored.json().meta.notes).toBeUndefined();
    const csv = await app.inject({ method: 'GET', url: '/api/runs/made-by-0-2-0/results.csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\r\n')[1]).toContain(',0.2.0,');
    const inputs = await app.inject({ method: 'GET', url: '/api/runs/made-by-0-2-0/inputs' });
    expect(inputs.json().engineVersion).toBe('0.2.0');
    await app.close();
  });

  test('a bed run stored by engine 0.3.0, before the trolley queue, serves its results, CSV and workbook without the figures it never had', async () => {
    const temporary = temporaryDataDir();
    cleanups.push(temporary.remove);
    const bedCuts = presetDocument('bed-cuts');
    const run = runScenario(bedCuts, { trials: 10, seed: 3 });
    const added = ['patientsWhoWaited', 'waitsOver4Hours', 'waitsOver12Hours', 'decisionToAdmitMeanHours', 'decisionToAdmitP90Hours', 'trolleyQueuePeak', 'trolleyQueueMean', 'daysWaitingForBed'];
    const results = structuredClone(run.results) as unknown as { meta: Record<string, unknown>; beds: Array<{ metrics: Record<string, unknown>; central: Record<string, unknown> }> };
    results.meta.engineVersion = '0.3.0';
    expect(results.beds.length).toBeGreaterThan(0);
    for (const row of results.beds) {
      for (const metric of added) {
        expect(row.metrics).toHaveProperty(metric);
        delete row.metrics[metric];
        delete row.central[metric];
      }
    }
    // Nor had it the systems' bed totals (added in engine 0.5.0).
    delete (results as { systemBeds?: unknown }).systemBeds;
    const withAlternatives = results as unknown as { alternatives: Array<{ comparison: { bedRows?: Array<{ metric: string }>; systemBedRows?: unknown } }> };
    for (const alternative of withAlternatives.alternatives) {
      alternative.comparison.bedRows = alternative.comparison.bedRows?.filter((row) => !added.includes(row.metric));
      delete alternative.comparison.systemBedRows;
    }
    const db = openDatabase(join(temporary.dataDir, 'ics.sqlite'));
    const runs = new RunStore(db);
    const createdAt = new Date().toISOString();
    runs.insert({
      id: 'made-by-0-3-0',
      kind: 'run',
      status: 'queued',
      trials: 10,
      seed: 3,
      source: { scenarioId: 'preset-bed-cuts', scenarioVersion: 1, scenarioName: bedCuts.name, document: bedCuts },
      alternative: undefined,
      engineVersion: '0.3.0',
      schemaVersion: SCHEMA_VERSION,
      progressDone: 0,
      createdAt,
      startedAt: createdAt,
      finishedAt: undefined,
      error: undefined,
    });
    runs.saveResults('made-by-0-3-0', createdAt, 10, JSON.stringify(results), { values: run.block.values, alternativeValues: undefined });
    db.close();

    const app = await testApp({ dataDir: temporary.dataDir });
    const stored = await app.inject({ method: 'GET', url: '/api/runs/made-by-0-3-0/results' });
    expect(stored.statusCode).toBe(200);
    expect(stored.json().meta.engineVersion).toBe('0.3.0');
    const csv = await app.inject({ method: 'GET', url: '/api/runs/made-by-0-3-0/results.csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(',0.3.0,');
    expect(csv.body).not.toContain('beds.patientsWhoWaited');
    const workbook = await app.inject({ method: 'GET', url: '/api/runs/made-by-0-3-0/results.xlsx' });
    expect(workbook.statusCode).toBe(200);
    await app.close();
  });
});
