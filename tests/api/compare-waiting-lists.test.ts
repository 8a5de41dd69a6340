// A comparison of two saved runs of the bed-cuts preset (the closures, and the
// same scenario keeping its beds): its CSV and workbook carry each trust's
// waiting-list differences, the engine's numbers with the catalogue's units.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { metricInfo, type Comparison } from '../../engine/index.ts';
import { presetDocument, testApp, waitForRun } from './helper.ts';

type App = Awaited<ReturnType<typeof testApp>>;
let app: App;
let compareId: string;
let comparison: Comparison;
const bedCuts = presetDocument('bed-cuts');
const keepTheBeds = { ...bedCuts, name: 'Bed cuts: keep the beds', interventions: (bedCuts.interventions ?? []).filter((intervention) => intervention.kind !== 'closeBeds'), alternatives: [] };
const TRUSTS = ['lnwuh', 'imperial', 'chelwest', 'hillingdon'];

beforeAll(async () => {
  app = await testApp({ workers: 2 });
  const savedId = ((await app.inject({ method: 'POST', url: '/api/scenarios', payload: { document: keepTheBeds } })).json() as { id: string }).id;
  const response = await app.inject({
    method: 'POST',
    url: '/api/compare',
    payload: { baseline: { scenarioId: 'preset-bed-cuts' }, alternative: { scenarioId: savedId, version: 1 }, trials: 16, seed: 5 },
  });
  expect(response.statusCode, response.body).toBe(202);
  compareId = response.json().id;
  expect((await waitForRun(app, compareId, undefined, 120_000)).status).toBe('done');
  comparison = (await app.inject({ method: 'GET', url: `/api/runs/${compareId}/results` })).json();
});
afterAll(async () => {
  await app.close();
  app.removeData();
});

describe('a comparison of two runs with waiting lists', () => {
  test('pairs every trust’s list, year and figure', () => {
    expect(new Set(comparison.waitingListRows!.map((row) => row.entityId))).toEqual(new Set(TRUSTS));
    // Keeping the beds cancels fewer operations, so at least one trust's list ends shorter in the mean.
    expect(comparison.waitingListRows!.some((row) => row.metric === 'listEnd' && row.difference.mean < 0)).toBe(true);
  });

  test('the CSV has waitingList.<figure> rows for each side and the difference, in the catalogue’s units, equal to the results', async () => {
    const csv = await app.inject({ method: 'GET', url: `/api/runs/${compareId}/results.csv` });
    expect(csv.statusCode).toBe(200);
    const [header, ...lines] = csv.body
      .replace('\uFEFF', '')
      .split('\r\n')
      .filter(Boolean)
      .map((line) => line.split(','));
    const at = (name: string) => header.indexOf(name);
    const listRows = lines.filter((cells) => cells[at('metric')].startsWith('waitingList.'));
    for (const metric of ['listEnd', 'over18Weeks', 'over52Weeks', 'treated', 'medianWeeks']) {
      for (const trust of TRUSTS) {
        const rows = listRows.filter((cells) => cells[at('metric')] === `waitingList.${metric}` && cells[at('entity_id')] === trust && cells[at('year')] === comparison.waitingListRows![0].yearLabel);
        expect(new Set(rows.map((cells) => cells[at('side')]))).toEqual(new Set(['baseline', 'alternative', 'difference']));
        const shares = rows.filter((cells) => cells[at('statistic')] === 'probabilityAlternativeHigher');
        expect(new Set(rows.filter((cells) => !shares.includes(cells)).map((cells) => cells[at('unit')]))).toEqual(new Set([metricInfo(metric).unit]));
        expect(shares.map((cells) => [cells[at('side')], cells[at('unit')]])).toEqual([['difference', 'probability']]);
        const expected = comparison.waitingListRows!.find((row) => row.entityId === trust && row.year === 0 && row.metric === metric)!;
        const value = (side: string, statistic: string) => Number(rows.find((cells) => cells[at('side')] === side && cells[at('statistic')] === statistic)![at('value')]);
        expect(value('difference', 'mean')).toBeCloseTo(expected.difference.mean, 5);
        expect(value('difference', 'p5')).toBeCloseTo(expected.difference.p5, 5);
        expect(value('difference', 'p95')).toBeCloseTo(expected.difference.p95, 5);
        expect(value('baseline', 'mean')).toBeCloseTo(expected.baseline.mean, 5);
      }
    }
    expect(metricInfo('listEnd').unit).toBe('patients');
    expect(metricInfo('medianWeeks').unit).toBe('weeks');
  });

  test('the workbook’s system sheet has a waiting-list table: each trust’s figures labelled, with units, means and the 90% range of the difference', async () => {
    const xlsx = await app.inject({ method: 'GET', url: `/api/runs/${compareId}/results.xlsx` });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets.find((candidate) => candidate.name !== 'Summary' && candidate.name !== 'Assumptions')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const heading = rows.findIndex((row) => row[0] === 'Waiting lists: alternative − baseline, trial by trial');
    expect(heading).toBeGreaterThan(0);
    expect(rows[heading + 1]).toEqual([
      'Acute trust',
      'Year',
      'Metric',
      'Figure',
      'Unit',
      'Baseline mean',
      'Alternative mean',
      'Difference mean',
      'Difference sd',
      'Difference P5',
      'Difference P50',
      'Difference P95',
      'P(alternative higher)',
      'P(alternative lower)',
    ]);
    const table = rows.slice(heading + 2);
    expect(table).toHaveLength(comparison.waitingListRows!.length);
    const expected = comparison.waitingListRows!.find((row) => row.entityId === 'lnwuh' && row.year === 0 && row.metric === 'over52Weeks')!;
    const found = table.find((row) => row[0] === expected.entityName && row[1] === expected.yearLabel && row[2] === 'over52Weeks')!;
    expect(found.slice(3, 5)).toEqual(['Waiting 52 weeks or more', 'patients']);
    expect(found[7]).toBeCloseTo(expected.difference.mean, 5);
    expect(found[9]).toBeCloseTo(expected.difference.p5, 5);
    expect(found[11]).toBeCloseTo(expected.difference.p95, 5);
  });
});
