// The results workbook: numbers stored as numbers (never text), rounded as
// the CSVs round them, each with a number format that fits its unit, so the
// file opens cleanly in Excel.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { compareScenarios, ENGINE_VERSION, parseScenarioText, runScenario, type Comparison, type RunResults, type Scenario } from '../../../engine/index.ts';
import { listAssumptions } from '../../../api/export/assumptions.ts';
import { comparisonWorkbook, runWorkbook } from '../../../api/export/results-xlsx.ts';
import { roundForCsv } from '../../../api/export/units.ts';
import type { RunView } from '../../../api/runs/run-view.ts';

const preset = (stem: string) => (parseScenarioText(readFileSync(`scenarios/${stem}.yaml`, 'utf8')) as { document: Scenario }).document;

const view = (kind: 'run' | 'compare', scenarioName: string): RunView => ({
  id: 'run-1',
  kind,
  status: 'done',
  trials: 8,
  seed: 1,
  scenarioName,
  engineVersion: ENGINE_VERSION,
  schemaVersion: 1,
  progress: { done: 8, total: 8 },
  createdAt: '2026-01-01T00:00:00.000Z',
});

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** Every cell of every sheet, with where it is. */
function everyCell(workbook: ExcelJS.Workbook): Array<{ where: string; cell: ExcelJS.Cell }> {
  const cells: Array<{ where: string; cell: ExcelJS.Cell }> = [];
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push({ where: `${sheet.name}!${cell.address}`, cell })));
  return cells;
}

/** The data rows of the first table whose header row starts with `headers`, as cells by header. */
function table(sheet: ExcelJS.Worksheet, ...headers: string[]): Array<Record<string, ExcelJS.Cell>> {
  const rows = sheet.getRows(1, sheet.rowCount) ?? [];
  const start = rows.findIndex((row) => headers.every((header, index) => row.getCell(index + 1).value === header));
  expect(start, `a table headed ${headers.join(', ')} on ${sheet.name}`).toBeGreaterThanOrEqual(0);
  const names = (rows[start].values as ExcelJS.CellValue[]).slice(1).map(String);
  const records: Array<Record<string, ExcelJS.Cell>> = [];
  for (const row of rows.slice(start + 1)) {
    if (row.cellCount === 0 || row.getCell(1).value === null) break;
    records.push(Object.fromEntries(names.map((name, index) => [name, row.getCell(index + 1)])));
  }
  return records;
}

const decimals = (value: number) => (String(value).includes('e') ? Number.POSITIVE_INFINITY : (String(value).split('.')[1] ?? '').length);
const PERCENT = '0.0%';
const MONEY = '#,##0.00';
const COUNT = '#,##0.0';

let bedCuts: RunResults;
let comparison: Comparison;
let document: Scenario;

beforeAll(() => {
  document = preset('bed-cuts');
  bedCuts = runScenario(document, { trials: 8, seed: 1 }).results;
  const alternative = structuredClone(document);
  alternative.name = 'Without the first intervention';
  alternative.interventions = (alternative.interventions ?? []).slice(1);
  alternative.alternatives = [];
  comparison = compareScenarios(document, alternative, { trials: 8, seed: 1 });
});

describe('runWorkbook', () => {
  test('a sheet whose table starts at its top keeps the header row and the first column in view (frozen panes); the summary, with its provenance above, does not', async () => {
    const workbook = await load(await runWorkbook(view('run', document.name), bedCuts, listAssumptions(document)));
    const frozen = workbook.worksheets.map((sheet) => [sheet.name, (sheet.views ?? []).map((pane) => [pane.state, (pane as { ySplit?: number }).ySplit, (pane as { xSplit?: number }).xSplit])]);
    expect(frozen).toContainEqual(['Summary', []]);
    expect(frozen).toContainEqual(['Assumptions', [['frozen', 2, 1]]]);
    for (const sheet of workbook.worksheets) {
      const pane = (sheet.views ?? [])[0] as { ySplit?: number } | undefined;
      if (!pane) continue;
      // The frozen row is the table's header: bold, with a label in every column the table uses.
      const header = sheet.getRow(pane.ySplit as number);
      expect(header.font?.bold, sheet.name).toBe(true);
      expect(header.cellCount, sheet.name).toBeGreaterThan(2);
    }
    expect(frozen.filter(([, panes]) => (panes as unknown[]).length > 0).length).toBeGreaterThan(2);
  });

  test('stores every number as a number, rounded to at most 6 decimals, and no number as text', async () => {
    const workbook = await load(await runWorkbook(view('run', bedCuts.meta.scenarioName), bedCuts, listAssumptions(document)));
    const cells = everyCell(workbook);
    const numbers = cells.filter(({ cell }) => typeof cell.value === 'number');
    expect(numbers.length).toBeGreaterThan(500);
    expect(numbers.filter(({ cell }) => cell.type !== ExcelJS.ValueType.Number).map(({ where }) => where)).toEqual([]);
    // (Inputs as written are kept exactly; the preset writes none with more than 6 decimals.)
    expect(numbers.filter(({ cell }) => decimals(cell.value as number) > 6).map(({ where, cell }) => `${where}=${cell.value}`)).toEqual([]);
    expect(cells.filter(({ cell }) => typeof cell.value === 'string' && /^-?\d+(\.\d+)?(e-?\d+)?$/.test(cell.value)).map(({ where }) => where)).toEqual([]);

    // The values are the results', rounded as the CSVs round them; integers stay exact.
    const summary = workbook.getWorksheet('Summary') as ExcelJS.Worksheet;
    const [first] = bedCuts.table;
    const row = table(summary, 'System', 'Organisation').find(
      (record) => record.Year.value === first.yearLabel && record.Organisation.value === bedCuts.entities.find((entity) => entity.id === first.entityId)?.name,
    )!;
    expect(row['Mean outturn'].value).toBe(roundForCsv(first.metrics.outturn.mean));
    expect(row['P(meets control total) before risk share'].value).toBe(roundForCsv(first.probabilityMeetsBeforeRiskShare));
    expect(
      summary
        .getRows(1, summary.rowCount)
        ?.find((line) => line.getCell(1).value === 'Trials')
        ?.getCell(2).value,
    ).toBe(8);
    // A constant input, as written, is a number too (it was text, which Excel marks as a number stored as text).
    const constants = table(workbook.getWorksheet('Assumptions') as ExcelJS.Worksheet, 'Input (path in the scenario)').filter((record) => record.Kind.value === 'constant');
    expect(constants.length).toBeGreaterThan(5);
    expect(constants.filter((record) => typeof record['As written'].value !== 'number').map((record) => record['Input (path in the scenario)'].value)).toEqual([]);
    expect(constants.every((record) => record['As written'].value === record.Mean.value)).toBe(true);
  });

  test('gives each number a format for its unit: money, chances and occupancy as percentages, bed counts', async () => {
    const workbook = await load(await runWorkbook(view('run', bedCuts.meta.scenarioName), bedCuts, listAssumptions(document)));
    const summary = workbook.getWorksheet('Summary') as ExcelJS.Worksheet;
    const [money] = table(summary, 'System', 'Organisation');
    expect(money['P(meets control total) before risk share'].numFmt).toBe(PERCENT);
    expect(money['Mean outturn'].numFmt).toBe(MONEY);
    const bedSummary = table(summary, 'System', 'Acute trust');
    expect(bedSummary.length).toBeGreaterThan(0);
    expect(bedSummary[0]['occupancy (share of core beds)'].numFmt).toBe(PERCENT);
    expect(bedSummary[0]['daysAbove92 (days)'].numFmt).toBe(COUNT);
    expect(bedSummary[0]['patientsNotAdmitted (patients)'].numFmt).toBe(COUNT);
    expect(bedSummary[0]['fourHourPointsLost (share of A&E patients)'].numFmt).toBe(PERCENT);
    expect(bedSummary[0]['fourHourPointsLost (share of A&E patients)'].value).toBe(roundForCsv(bedCuts.beds[0].metrics.fourHourPointsLost.mean));

    // Each system's sheet: every bed statistic in its metric's own format.
    const system = workbook.getWorksheet(bedCuts.entities.find((entity) => entity.kind === 'system')!.name.slice(0, 31)) as ExcelJS.Worksheet;
    const bedStatistics = table(system, 'Acute trust');
    const occupancy = bedStatistics.find((record) => record.Metric.value === 'occupancy')!;
    const notAdmitted = bedStatistics.find((record) => record.Metric.value === 'patientsNotAdmitted')!;
    expect([occupancy.mean.numFmt, occupancy.p95.numFmt, occupancy['central case'].numFmt]).toEqual([PERCENT, PERCENT, PERCENT]);
    expect([notAdmitted.mean.numFmt, notAdmitted.p95.numFmt]).toEqual([COUNT, COUNT]);

    // Alternatives mix money and bed rows: each row in its own unit.
    const alternatives = table(workbook.getWorksheet('Alternatives') as ExcelJS.Worksheet, 'Alternative');
    const outturn = alternatives.find((record) => record.Metric.value === 'postShareVariance')!;
    const occupancyDifference = alternatives.find((record) => record.Metric.value === 'occupancy')!;
    expect([outturn['Scenario mean'].numFmt, outturn['Difference P95'].numFmt, outturn['P(alternative higher)'].numFmt]).toEqual([MONEY, MONEY, PERCENT]);
    expect([occupancyDifference['Scenario mean'].numFmt, occupancyDifference['Difference mean'].numFmt]).toEqual([PERCENT, PERCENT]);
  });
});

describe('comparisonWorkbook', () => {
  test('rounds like the CSVs and formats bed rows in their own units, not as money', async () => {
    const systems = bedCuts.entities.filter((entity) => entity.kind === 'system').map((entity) => ({ id: entity.id, name: entity.name }));
    const systemOf = new Map(bedCuts.entities.map((entity) => [entity.id, entity.systemId ?? entity.id]));
    const workbook = await load(
      await comparisonWorkbook(view('compare', comparison.meta.baselineName), comparison, { systems, systemOf }, { baseline: listAssumptions(document), alternative: listAssumptions(document) }),
    );
    const numbers = everyCell(workbook).filter(({ cell }) => typeof cell.value === 'number');
    expect(numbers.filter(({ cell }) => cell.type !== ExcelJS.ValueType.Number || decimals(cell.value as number) > 6).map(({ where, cell }) => `${where}=${cell.value}`)).toEqual([]);

    const rows = table(workbook.getWorksheet(systems[0].name.slice(0, 31)) as ExcelJS.Worksheet, 'Entity');
    const money = rows.find((record) => record.Metric.value === 'postShareVariance')!;
    const occupancy = rows.find((record) => record.Metric.value === 'occupancy')!;
    const notAdmitted = rows.find((record) => record.Metric.value === 'patientsNotAdmitted')!;
    expect([money['Baseline mean'].numFmt, money['Difference P50'].numFmt, money['P(alternative higher)'].numFmt]).toEqual([MONEY, MONEY, PERCENT]);
    expect([occupancy['Baseline mean'].numFmt, occupancy['Difference mean'].numFmt, occupancy['Difference sd'].numFmt]).toEqual([PERCENT, PERCENT, PERCENT]);
    expect([notAdmitted['Baseline mean'].numFmt, notAdmitted['Difference P95'].numFmt]).toEqual([COUNT, COUNT]);
    const bedRow = comparison.bedRows.find((row) => row.metric === 'occupancy')!;
    expect(occupancy['Difference mean'].value).toBe(roundForCsv(bedRow.difference.mean));
  });
});
