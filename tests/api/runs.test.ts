import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BED_METRICS, ENGINE_VERSION, estimateWork, FINANCE_METRICS, planModels, planRun } from '../../engine/index.ts';
import { trialColumnCount } from '../../api/runs/trial-columns.ts';
import { parseEvents, presetDocument, refusal, testApp, waitForRun, type RunView } from './helper.ts';

type App = Awaited<ReturnType<typeof testApp>>;
let app: App;

beforeAll(async () => {
  app = await testApp({ workers: 2, maxRunWork: 5_000_000 });
});
afterAll(async () => {
  await app.close();
  app.removeData();
});

const teaching = presetDocument('teaching');

async function startRun(payload: Record<string, unknown>): Promise<RunView> {
  const response = await app.inject({ method: 'POST', url: '/api/runs', payload });
  expect(response.statusCode, response.body).toBe(202);
  return response.json() as RunView;
}

describe('POST /api/runs', () => {
  test('runs a preset and keeps what reproduces it', async () => {
    const started = await startRun({ scenarioId: 'preset-teaching', trials: 300, seed: 11 });
    expect(started).toMatchObject({ kind: 'run', trials: 300, seed: 11, scenarioId: 'preset-teaching', scenarioVersion: 1, scenarioName: teaching.name, engineVersion: ENGINE_VERSION });
    expect(['queued', 'running']).toContain(started.status);
    const done = await waitForRun(app, started.id);
    expect(done).toMatchObject({ status: 'done', progress: { done: 300, total: 300 } });
    expect(typeof done.startedAt).toBe('string');
    expect(typeof done.finishedAt).toBe('string');
    const results = await app.inject({ method: 'GET', url: `/api/runs/${started.id}/results` });
    expect(results.statusCode).toBe(200);
    expect(results.json().meta).toMatchObject({ seed: 11, trials: 300, engineVersion: ENGINE_VERSION, scenarioName: teaching.name });
  });

  test('runs an inline document with the seed and trials of its simulation block', async () => {
    const document = { ...teaching, simulation: { trials: 120, seed: 5 } };
    const started = await startRun({ document });
    expect(started).toMatchObject({ trials: 120, seed: 5, scenarioName: teaching.name });
    expect(started.scenarioId).toBeUndefined();
    expect((await waitForRun(app, started.id)).status).toBe('done');
  });

  test('a run keeps its inputs, and running them again reproduces the results exactly', async () => {
    const document = { ...teaching, name: 'Sent inline' };
    const first = await startRun({ document, trials: 60, seed: 77 });
    await waitForRun(app, first.id);
    const inputs = await app.inject({ method: 'GET', url: `/api/runs/${first.id}/inputs` });
    expect(inputs.statusCode).toBe(200);
    expect(inputs.json()).toEqual({ id: first.id, kind: 'run', seed: 77, trials: 60, engineVersion: ENGINE_VERSION, schemaVersion: 1, scenario: { scenarioName: 'Sent inline', document } });
    const { scenario, seed, trials } = inputs.json() as { scenario: { document: unknown }; seed: number; trials: number };
    const again = await startRun({ document: scenario.document, seed, trials });
    await waitForRun(app, again.id);
    const results = async (id: string) => (await app.inject({ method: 'GET', url: `/api/runs/${id}/results` })).json();
    expect(await results(again.id)).toEqual(await results(first.id));
    expect((await app.inject({ method: 'GET', url: '/api/runs/nope/inputs' })).statusCode).toBe(404);
  });

  test('runs a given version of a saved scenario', async () => {
    const saved = (await app.inject({ method: 'POST', url: '/api/scenarios', payload: { document: { ...teaching, name: 'First' } } })).json() as { id: string };
    await app.inject({ method: 'PUT', url: `/api/scenarios/${saved.id}`, payload: { document: { ...teaching, name: 'Second' } } });
    const run = await startRun({ scenarioId: saved.id, version: 1, trials: 50 });
    expect(run).toMatchObject({ scenarioId: saved.id, scenarioVersion: 1, scenarioName: 'First' });
    const latest = await startRun({ scenarioId: saved.id, trials: 50 });
    expect(latest).toMatchObject({ scenarioVersion: 2, scenarioName: 'Second' });
    await waitForRun(app, run.id);
    await waitForRun(app, latest.id);
    const listed = (await app.inject({ method: 'GET', url: `/api/runs?scenarioId=${saved.id}` })).json() as { runs: RunView[] };
    expect(listed.runs.map((entry) => entry.id)).toEqual([latest.id, run.id]);
  });

  test('an invalid inline document returns every issue', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/runs', payload: { document: { schemaVersion: 1, name: 'Nothing' } } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: 'scenario is not valid: horizon: is required (and 1 more problem)',
      issues: [
        { path: 'horizon', message: 'is required' },
        { path: 'systems', message: 'is required' },
      ],
    });
  });

  test('needs exactly one of scenarioId and document', async () => {
    const neither = await app.inject({ method: 'POST', url: '/api/runs', payload: { trials: 10 } });
    expect(neither.statusCode).toBe(400);
    expect(neither.json()).toEqual(refusal('body must have scenarioId (a saved scenario) or document (a scenario sent inline)', 'body'));
    const both = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-teaching', document: teaching } });
    expect(both.statusCode).toBe(400);
    expect(both.json()).toEqual(refusal('body must have either scenarioId or document, not both', 'body'));
  });

  test('names a bad trials or seed', async () => {
    const zero = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-teaching', trials: 0 } });
    expect(zero.statusCode).toBe(400);
    expect(zero.json()).toEqual({ error: 'body/trials must be >= 1', issues: [{ path: 'body/trials', message: 'must be >= 1' }] });
    const huge = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-teaching', trials: 100_001 } });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error).toBe('body/trials must be <= 100000');
    const seed = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-teaching', seed: -1 } });
    expect(seed.statusCode).toBe(400);
    expect(seed.json().error).toBe('body/seed must be >= 0');
  });

  test('404 for an unknown scenario or version', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'nope' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual(refusal('scenario "nope" was not found', 'body/scenarioId'));
    const version = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-teaching', version: 3 } });
    expect(version.statusCode).toBe(404);
  });

  test('422 when trials × work exceeds the cap, saying how many trials fit', async () => {
    // The cap in this app is 5,000,000 units; the engine says what one trial of the preset costs.
    const perTrial = estimateWork(planRun(teaching), 1);
    const trials = Math.ceil(5_000_001 / perTrial);
    const response = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-teaching', trials } });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual(
      refusal(
        `trials × work is too large: ${trials} trials × ${perTrial} units per trial = ${trials * perTrial}, above the limit of 5000000; this scenario can run at most ${Math.floor(5_000_000 / perTrial)} trials`,
        'body/trials',
      ),
    );
  });
});

describe('the memory cap', () => {
  test('422 when the per-trial figures would not fit, saying how many trials fit', async () => {
    const small = await testApp({ maxRunBytes: 1_000_000 });
    try {
      const bytesPerTrial = planModels(planRun(teaching)).reduce((total, model) => total + (trialColumnCount(model) + model.sampledInputs.length) * 8, 0);
      const response = await small.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-teaching', trials: 5000 } });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toEqual(
        refusal(
          `trials × memory is too large: 5000 trials × ${bytesPerTrial} bytes of figures per trial = ${5000 * bytesPerTrial} bytes, above the limit of 1000000; this scenario can run at most ${Math.floor(1_000_000 / bytesPerTrial)} trials`,
          'body/trials',
        ),
      );
    } finally {
      await small.close();
      small.removeData();
    }
  });
});

describe('GET /api/runs/:id and events', () => {
  test('progress arrives by server-sent events, then the final status', async () => {
    const started = await startRun({ scenarioId: 'preset-system-control-total', trials: 400 });
    const stream = await app.inject({ method: 'GET', url: `/api/runs/${started.id}/events` });
    expect(stream.statusCode).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const events = parseEvents(stream.body);
    const progress = events.filter((event) => event.event === 'progress').map((event) => event.data as { done: number; total: number; elapsedMs: number; etaMs: number | null });
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.every((entry) => entry.total === 400)).toBe(true);
    for (let index = 1; index < progress.length; index++) expect(progress[index].done).toBeGreaterThanOrEqual(progress[index - 1].done);
    expect(progress.at(-1)).toMatchObject({ done: 400, etaMs: 0 });
    expect(events.at(-1)).toEqual({ event: 'status', data: { status: 'done' } });
  });

  test('a client connecting late gets the current state at once', async () => {
    const started = await startRun({ scenarioId: 'preset-teaching', trials: 40 });
    await waitForRun(app, started.id);
    const events = parseEvents((await app.inject({ method: 'GET', url: `/api/runs/${started.id}/events` })).body);
    expect(events.map((event) => event.event)).toEqual(['progress', 'status']);
    expect(events[0].data).toMatchObject({ done: 40, total: 40, etaMs: 0 });
    expect(events[1].data).toEqual({ status: 'done' });
  });

  test('404 for an unknown run', async () => {
    for (const url of ['/api/runs/nope', '/api/runs/nope/events', '/api/runs/nope/results', '/api/runs/nope/results.csv', '/api/runs/nope/results.xlsx', '/api/runs/nope/trials.csv']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toEqual(refusal('run "nope" was not found', 'params/id'));
    }
  });

  test('lists runs newest first and checks its query', async () => {
    const listed = await app.inject({ method: 'GET', url: '/api/runs?limit=2' });
    expect(listed.statusCode).toBe(200);
    expect((listed.json() as { runs: unknown[] }).runs).toHaveLength(2);
    const bad = await app.inject({ method: 'GET', url: '/api/runs?limit=0' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('querystring/limit must be >= 1');
  });
});

describe('cancel', () => {
  test('stops a running run; its results are then refused with 409', async () => {
    const started = await startRun({ scenarioId: 'preset-system-control-total', trials: 3000 });
    await waitForRun(app, started.id, (run) => run.progress.done > 0);
    const cancel = await app.inject({ method: 'POST', url: `/api/runs/${started.id}/cancel` });
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json()).toMatchObject({ id: started.id, status: 'cancelled', error: 'cancelled on request' });
    const events = parseEvents((await app.inject({ method: 'GET', url: `/api/runs/${started.id}/events` })).body);
    expect(events.at(-1)).toEqual({ event: 'status', data: { status: 'cancelled', error: 'cancelled on request' } });
    const results = await app.inject({ method: 'GET', url: `/api/runs/${started.id}/results` });
    expect(results.statusCode).toBe(409);
    expect(results.json()).toEqual(refusal(`run "${started.id}" is cancelled; it has no results (cancelled on request)`, 'params/id'));
    const again = await app.inject({ method: 'POST', url: `/api/runs/${started.id}/cancel` });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual(refusal(`run "${started.id}" has already finished (status cancelled) and cannot be cancelled`, 'params/id'));
    // The workers are free again.
    const next = await startRun({ scenarioId: 'preset-teaching', trials: 20 });
    expect((await waitForRun(app, next.id)).status).toBe('done');
  });

  test('results of a running run are 409', async () => {
    const started = await startRun({ scenarioId: 'preset-system-control-total', trials: 3000 });
    const response = await app.inject({ method: 'GET', url: `/api/runs/${started.id}/results` });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatch(new RegExp(`^run "${started.id}" is (queued|running); results are ready when it is done$`));
    await app.inject({ method: 'POST', url: `/api/runs/${started.id}/cancel` });
  });

  test('404 for an unknown run', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/runs/nope/cancel' });
    expect(response.statusCode).toBe(404);
  });
});

describe('DELETE /api/runs/:id', () => {
  test('deletes a finished run and its results: every link to it then answers 404, and the list no longer has it', async () => {
    const started = await startRun({ scenarioId: 'preset-teaching', trials: 40, seed: 3 });
    await waitForRun(app, started.id);
    const kept = await startRun({ scenarioId: 'preset-teaching', trials: 40, seed: 4 });
    await waitForRun(app, kept.id);
    const storedResults = () => (app.db.prepare('SELECT COUNT(*) AS n FROM run_results WHERE run_id = ?').get(started.id) as { n: number }).n;
    expect(storedResults()).toBe(1);
    const response = await app.inject({ method: 'DELETE', url: `/api/runs/${started.id}` });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    // The results and per-trial figures went with the run.
    expect(storedResults()).toBe(0);
    for (const suffix of ['', '/results', '/results.csv', '/trials.csv', '/inputs']) {
      const gone = await app.inject({ method: 'GET', url: `/api/runs/${started.id}${suffix}` });
      expect(gone.statusCode, suffix).toBe(404);
    }
    expect((await app.inject({ method: 'GET', url: `/api/runs/${started.id}` })).json()).toEqual(refusal(`run "${started.id}" was not found`, 'params/id'));
    const ids = ((await app.inject({ method: 'GET', url: '/api/runs?limit=500' })).json() as { runs: RunView[] }).runs.map((run) => run.id);
    expect(ids).not.toContain(started.id);
    expect(ids).toContain(kept.id);
    // The other run is untouched, results and all.
    expect((await app.inject({ method: 'GET', url: `/api/runs/${kept.id}/results` })).statusCode).toBe(200);
    // Deleting it again: 404.
    const again = await app.inject({ method: 'DELETE', url: `/api/runs/${started.id}` });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toEqual(refusal(`run "${started.id}" was not found`, 'params/id'));
  });

  test('a queued or running run is refused with 409 until it is cancelled; then it can be deleted', async () => {
    const started = await startRun({ scenarioId: 'preset-system-control-total', trials: 3000 });
    const refused = await app.inject({ method: 'DELETE', url: `/api/runs/${started.id}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatch(new RegExp(`^run "${started.id}" is (queued|running): cancel it first \\(POST /api/runs/${started.id}/cancel\\), then delete it$`));
    expect(refused.json().issues).toEqual([{ path: 'params/id', message: refused.json().error }]);
    expect((await app.inject({ method: 'POST', url: `/api/runs/${started.id}/cancel` })).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: `/api/runs/${started.id}` })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: `/api/runs/${started.id}` })).statusCode).toBe(404);
  });
});

describe('exports', () => {
  let runId: string;
  beforeAll(async () => {
    runId = (await startRun({ scenarioId: 'preset-system-control-total', trials: 60, seed: 3 })).id;
    await waitForRun(app, runId);
  });

  test('results.csv is long format with provenance on every row', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/runs/${runId}/results.csv` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="System-control-total-.*-results\.csv"$/);
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe('\uFEFFscenario,engine_version,seed,trials,variant_kind,variant,entity_id,entity_name,entity_kind,system_id,year,metric,statistic,value,unit');
    expect(lines[1]).toContain(`,${ENGINE_VERSION},3,60,`);
    // The preset compares five risk-share rules: each has its rows, named in the variant columns.
    expect(lines[1]).toContain(`,${ENGINE_VERSION},3,60,scenario,,`);
    expect(response.body).toContain(',riskShareRule,Pro rata to income,shire-ccg,');
  });

  test('results.xlsx opens with exceljs and has Summary, one sheet per system and Assumptions', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/runs/${runId}/results.xlsx` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const systems = presetDocument('system-control-total').systems.map((system) => system.name.slice(0, 31));
    // Then a sheet for any further list in the results: here the incentive funds' outcomes.
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', ...systems, 'Assumptions', 'incentiveFunds']);
    const summary = workbook.getWorksheet('Summary') as ExcelJS.Worksheet;
    const labels = summary.getColumn(1).values.map(String);
    expect(labels).toEqual(expect.arrayContaining(['Run id', 'Seed', 'Trials', 'Engine version', 'Scenario version']));
    const assumptions = workbook.getWorksheet('Assumptions') as ExcelJS.Worksheet;
    const paths = assumptions.getColumn(1).values.map(String);
    expect(paths).toEqual(expect.arrayContaining(['drivers.payAward']));
    const payAward = assumptions.getRows(1, assumptions.rowCount)?.find((row) => row.getCell(1).value === 'drivers.payAward');
    expect(payAward?.getCell(2).value).toBe('distribution');
    expect(String(payAward?.getCell(3).value)).toMatch(/^triangular\(min /);
  });

  test('trials.csv has a row per trial, entity and year', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/runs/${runId}/trials.csv` });
    expect(response.statusCode).toBe(200);
    const lines = response.body.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      `\uFEFFrun_id,role,scenario,seed,engine_version,trial,entity_id,entity_name,entity_kind,system_id,year,${FINANCE_METRICS.join(',')},${BED_METRICS.map((metric) => `beds_${metric}`).join(',')}`,
    );
    const results = (await app.inject({ method: 'GET', url: `/api/runs/${runId}/results` })).json() as { entities: unknown[]; meta: { years: number } };
    expect(lines).toHaveLength(1 + 60 * results.entities.length * results.meta.years);
    // The per-trial outturns reproduce the stored mean.
    const first = (await app.inject({ method: 'GET', url: `/api/runs/${runId}/results` })).json() as { table: { entityId: string; year: number; metrics: { outturn: { mean: number } } }[] };
    const row = first.table[0];
    const header = lines[0].replace('\uFEFF', '').split(',');
    const outturns = lines
      .slice(1)
      .map((line) => line.split(','))
      .filter((cells) => cells[header.indexOf('entity_id')] === row.entityId && cells[header.indexOf('year')] === lines[1].split(',')[header.indexOf('year')])
      .map((cells) => Number(cells[header.indexOf('outturn')]));
    expect(outturns).toHaveLength(60);
    expect(outturns.reduce((sum, value) => sum + value, 0) / 60).toBeCloseTo(row.metrics.outturn.mean, 9);
  });
});

describe('exports with beds and alternatives', () => {
  test('bed figures appear in every export of a scenario with beds', async () => {
    const started = await startRun({ scenarioId: 'preset-bed-cuts', trials: 20, seed: 1 });
    expect((await waitForRun(app, started.id)).status).toBe('done');
    const results = (await app.inject({ method: 'GET', url: `/api/runs/${started.id}/results` })).json() as { beds: { entityId: string }[]; alternatives: unknown[] };
    expect(results.beds.length).toBeGreaterThan(0);
    const trust = results.beds[0].entityId;

    const csv = (await app.inject({ method: 'GET', url: `/api/runs/${started.id}/results.csv` })).body;
    expect(csv).toContain(`,${trust},`);
    expect(csv).toMatch(/,beds\.occupancy,mean,[0-9.]+,share of core beds\r\n/);
    expect(csv).toMatch(/,beds\.patientsNotAdmitted,p95,[0-9.]+,patients\r\n/);

    const trials = (await app.inject({ method: 'GET', url: `/api/runs/${started.id}/trials.csv` })).body.split('\r\n');
    const header = trials[0].replace('\uFEFF', '').split(',');
    const trustRow = trials.find((line) => line.split(',')[header.indexOf('entity_id')] === trust) as string;
    expect(Number(trustRow.split(',')[header.indexOf('beds_occupancy')])).toBeGreaterThan(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await app.inject({ method: 'GET', url: `/api/runs/${started.id}/results.xlsx` })).rawPayload as unknown as ArrayBuffer);
    const sheets = workbook.worksheets.map((sheet) => sheet.name);
    expect(sheets[0]).toBe('Summary');
    expect(sheets.at(-1)).toBe('Assumptions');
    if (results.alternatives.length > 0) expect(sheets).toContain('Alternatives');
    const summaryText = (workbook.getWorksheet('Summary') as ExcelJS.Worksheet).getColumn(1).values.map(String);
    expect(summaryText.some((text) => text.startsWith('Beds: means across trials'))).toBe(true);
  });
});
