import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareScenarios } from '../../engine/index.ts';
import { presetDocument, refusal, testApp, waitForRun, type RunView } from './helper.ts';

type App = Awaited<ReturnType<typeof testApp>>;
let app: App;
const teaching = presetDocument('teaching');
// The alternative: the deficit trust gets a £4m budget transfer from the ICB.
const withTransfer = {
  ...teaching,
  name: 'Teaching with a transfer',
  interventions: [...(teaching.interventions ?? []), { kind: 'budgetTransfer', fromOrganisation: 'riverside-icb', toOrganisation: 'hillside', amount: 4, from: '2025-04' }],
};

beforeAll(async () => {
  app = await testApp({ workers: 2 });
});
afterAll(async () => {
  await app.close();
  app.removeData();
});

describe('POST /api/compare', () => {
  let compareId: string;
  let savedId: string;

  beforeAll(async () => {
    savedId = ((await app.inject({ method: 'POST', url: '/api/scenarios', payload: { document: withTransfer } })).json() as { id: string }).id;
    const response = await app.inject({
      method: 'POST',
      url: '/api/compare',
      payload: { baseline: { scenarioId: 'preset-teaching' }, alternative: { scenarioId: savedId, version: 1 }, trials: 150, seed: 9 },
    });
    expect(response.statusCode, response.body).toBe(202);
    expect(response.headers.location).toBe(`/api/runs/${response.json().id}`);
    compareId = response.json().id;
  });

  test('is a run of kind compare with both scenarios recorded', async () => {
    const run = await waitForRun(app, compareId);
    expect(run).toMatchObject({
      kind: 'compare',
      status: 'done',
      trials: 150,
      seed: 9,
      scenarioId: 'preset-teaching',
      scenarioVersion: 1,
      scenarioName: teaching.name,
      alternative: { scenarioId: savedId, scenarioVersion: 1, scenarioName: 'Teaching with a transfer' },
    });
  });

  test('its results equal the engine comparing in one thread on the same seed', async () => {
    await waitForRun(app, compareId);
    const results = (await app.inject({ method: 'GET', url: `/api/runs/${compareId}/results` })).json();
    const expected = JSON.parse(JSON.stringify(compareScenarios(teaching, withTransfer, { trials: 150, seed: 9 })));
    expect(results).toEqual(expected);
    const hillside = (results as { rows: { entityId: string; metric: string; difference: { mean: number; sd: number } }[] }).rows.find(
      (row) => row.entityId === 'hillside' && row.metric === 'outturn',
    );
    // Common random numbers: the transfer moves every trial by the same £4m.
    expect(hillside?.difference.mean).toBeCloseTo(4, 6);
    expect(hillside?.difference.sd).toBeLessThan(1e-6);
  });

  test('exports CSV, XLSX and the per-trial figures of both scenarios', async () => {
    await waitForRun(app, compareId);
    const csv = await app.inject({ method: 'GET', url: `/api/runs/${compareId}/results.csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\r\n')[0]).toBe(
      '\uFEFFbaseline,alternative,engine_version,seed,trials,entity_id,entity_name,year,metric,side,statistic,value,unit,baseline_scenario_id,baseline_scenario_version,alternative_scenario_id,alternative_scenario_version',
    );
    // Every row says which saved scenario and version each side was (the last four columns: ids and whole numbers, no commas).
    const lines = csv.body.split('\r\n').slice(1).filter(Boolean);
    expect(new Set(lines.map((line) => line.split(',').slice(-4).join(',')))).toEqual(new Set([`preset-teaching,1,${savedId},1`]));
    const xlsx = await app.inject({ method: 'GET', url: `/api/runs/${compareId}/results.xlsx` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Riverside ICS', 'Assumptions']);
    const trials = await app.inject({ method: 'GET', url: `/api/runs/${compareId}/trials.csv` });
    const roles = new Set(
      trials.body
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(',')[1]),
    );
    expect([...roles]).toEqual(['baseline', 'alternative']);
  });

  test('an invalid alternative is reported with its side in every path', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/compare',
      payload: { baseline: { scenarioId: 'preset-teaching' }, alternative: { document: { ...teaching, horizon: { firstYear: 2025 } } } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: 'alternative is not valid: alternative.horizon.years: is required',
      issues: [{ path: 'alternative.horizon.years', message: 'is required' }],
    });
  });

  test('scenarios starting in different years cannot be compared', async () => {
    const later = { ...teaching, horizon: { ...teaching.horizon, firstYear: teaching.horizon.firstYear + 1 } };
    const response = await app.inject({ method: 'POST', url: '/api/compare', payload: { baseline: { scenarioId: 'preset-teaching' }, alternative: { document: later } } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: `alternative.horizon.firstYear must equal the baseline's (${teaching.horizon.firstYear}); it is ${teaching.horizon.firstYear + 1}`,
      issues: [{ path: 'alternative.horizon.firstYear', message: `must equal the baseline's first year, ${teaching.horizon.firstYear}` }],
    });
  });

  test('names missing sides and ill-formed references', async () => {
    const missing = await app.inject({ method: 'POST', url: '/api/compare', payload: { baseline: { scenarioId: 'preset-teaching' } } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toBe('body/alternative is required');
    const empty = await app.inject({ method: 'POST', url: '/api/compare', payload: { baseline: { scenarioId: 'preset-teaching' }, alternative: {} } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toEqual(refusal('body/alternative must have scenarioId (a saved scenario) or document (a scenario sent inline)', 'body/alternative'));
    const unknown = await app.inject({ method: 'POST', url: '/api/compare', payload: { baseline: { scenarioId: 'preset-teaching' }, alternative: { scenarioId: 'nope' } } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual(refusal('scenario "nope" was not found', 'body/alternative/scenarioId'));
  });

  test('can be cancelled like any run', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/compare',
      payload: { baseline: { scenarioId: 'preset-system-control-total' }, alternative: { scenarioId: 'preset-system-control-total' }, trials: 5000 },
    });
    const run = response.json() as RunView;
    const cancelled = await app.inject({ method: 'POST', url: `/api/runs/${run.id}/cancel` });
    expect(cancelled.json()).toMatchObject({ kind: 'compare', status: 'cancelled' });
  });
});

describe('GET /api/compare/settings', () => {
  test("answers the baseline's own trials and seed, and the most trials the server takes", async () => {
    const response = await app.inject({ method: 'GET', url: '/api/compare/settings?scenarioId=preset-system-control-total' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      trials: 5000,
      seed: 2019,
      maxTrials: 100_000,
      simulation: { trials: 5000, seed: 2019 },
    });
  });

  test('a scenario without a simulation block gets what a run of it gets: 1000 trials and seed 1', async () => {
    const { simulation: _unused, ...bare } = { ...teaching, name: 'Teaching, no simulation block' };
    const saved = (await app.inject({ method: 'POST', url: '/api/scenarios', payload: { document: bare } })).json() as { id: string };
    const settings = (await app.inject({ method: 'GET', url: `/api/compare/settings?scenarioId=${saved.id}&version=1` })).json();
    expect(settings).toEqual({ trials: 1000, seed: 1, maxTrials: 100_000, simulation: {} });
    const run = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: saved.id } })).json() as RunView;
    expect({ trials: run.trials, seed: run.seed }).toEqual({ trials: 1000, seed: 1 });
    await app.inject({ method: 'POST', url: `/api/runs/${run.id}/cancel` });
  });

  test('are the trials and seed POST /api/compare runs on when its body names none', async () => {
    const saved = (
      await app.inject({ method: 'POST', url: '/api/scenarios', payload: { document: { ...teaching, name: 'Teaching, own settings', simulation: { trials: 300, seed: 77 } } } })
    ).json() as {
      id: string;
    };
    const settings = (await app.inject({ method: 'GET', url: `/api/compare/settings?scenarioId=${saved.id}` })).json() as { trials: number; seed: number };
    expect({ trials: settings.trials, seed: settings.seed }).toEqual({ trials: 300, seed: 77 });
    // The alternative's own simulation block (2000 trials, seed 2025) is not used.
    const started = await app.inject({ method: 'POST', url: '/api/compare', payload: { baseline: { scenarioId: saved.id }, alternative: { scenarioId: 'preset-teaching' } } });
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json()).toMatchObject({ trials: 300, seed: 77 });
    await app.inject({ method: 'POST', url: `/api/runs/${started.json().id}/cancel` });
  });

  test('names an unknown scenario or version, and a missing scenarioId', async () => {
    const unknown = await app.inject({ method: 'GET', url: '/api/compare/settings?scenarioId=nope' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual(refusal('scenario "nope" was not found', 'querystring/scenarioId'));
    const noVersion = await app.inject({ method: 'GET', url: '/api/compare/settings?scenarioId=preset-teaching&version=9' });
    expect(noVersion.statusCode).toBe(404);
    expect(noVersion.json().issues).toEqual([{ path: 'querystring/version', message: expect.stringContaining('version 9') }]);
    const missing = await app.inject({ method: 'GET', url: '/api/compare/settings' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({ error: 'querystring/scenarioId is required', issues: [{ path: 'querystring/scenarioId', message: 'is required' }] });
  });
});
