// The workbook's Social care sheet, read back from the file: it opens, says what its numbers are,
// has one row per care service and year with the engine's figures, and on every row the payers'
// means add up to the cost (a formula, stored with its value).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { ENGINE_VERSION, parseScenarioText, runScenario, type Scenario } from '../../../engine/index.ts';
import { listAssumptions } from '../../../api/export/assumptions.ts';
import { runWorkbook } from '../../../api/export/results-xlsx.ts';
import { CARE_SHEET_HEADERS } from '../../../api/export/care-sheet.ts';
import { roundForCsv } from '../../../api/export/units.ts';
import type { RunView } from '../../../api/runs/run-view.ts';

const document = (parseScenarioText(readFileSync('scenarios/care-boundary.yaml', 'utf8')) as { document: Scenario }).document;
const { results } = runScenario(document, { trials: 60, seed: 11 });
const view: RunView = {
  id: 'run-1',
  kind: 'run',
  status: 'done',
  trials: 60,
  seed: 11,
  scenarioName: results.meta.scenarioName,
  engineVersion: ENGINE_VERSION,
  schemaVersion: 1,
  progress: { done: 60, total: 60 },
  createdAt: '2026-01-01T00:00:00.000Z',
};

async function careSheet(): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await runWorkbook(view, results, listAssumptions(document))) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Social care');
  expect(sheet, 'a sheet named Social care').toBeDefined();
  return sheet!;
}

/** The sheet's data rows, as cells by header (the header is row 3). */
function rowsOf(sheet: ExcelJS.Worksheet): Array<Record<string, ExcelJS.Cell>> {
  const header = sheet.getRow(3);
  expect((header.values as ExcelJS.CellValue[]).slice(1)).toEqual([...CARE_SHEET_HEADERS]);
  const rows: Array<Record<string, ExcelJS.Cell>> = [];
  for (let number = 4; number <= sheet.rowCount; number++) rows.push(Object.fromEntries(CARE_SHEET_HEADERS.map((name, index) => [name, sheet.getRow(number).getCell(index + 1)])));
  return rows;
}

const value = (cell: ExcelJS.Cell) => cell.value as number;

describe('the Social care sheet of the results workbook', () => {
  test('opens, says what its numbers are, and keeps its header in view', async () => {
    const sheet = await careSheet();
    expect(sheet.getRow(1).getCell(1).value).toBe('Social care: what each care service cost and who paid, £m a year, means over 60 trials with the middle 90% of trials (P5 to P95)');
    expect(String(sheet.getRow(2).getCell(1).value)).toMatch(/^In every trial cost = NHS \+ council \+ people’s own money \(largest error over every trial £\d\.\de-?\d+m\), so the means add up too/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  test('one row per care service and year, with the engine’s figures rounded as the CSVs round them', async () => {
    const rows = rowsOf(await careSheet());
    expect(rows.length).toBe(results.careServices!.length);
    expect(rows.length).toBe(4 * 3);
    results.careServices!.forEach((service, index) => {
      const row = rows[index];
      expect([row['Care service'].value, row.System.value, row.Year.value]).toEqual([service.name, 'Riverside ICS', service.yearLabel]);
      expect(value(row['Cost, £m (mean)'])).toBe(roundForCsv(service.metrics.careTotalCost.mean));
      expect(value(row['Council P95, £m'])).toBe(roundForCsv(service.metrics.careCouncilCost.p95));
      expect(value(row["People's own money, £m (mean)"])).toBe(roundForCsv(service.metrics.carePeopleCost.mean));
      expect(value(row['Unmet need P95, people'])).toBe(roundForCsv(service.metrics.careUnmetNeed.p95));
      expect(value(row['P(any unmet need)'])).toBe(roundForCsv(service.probabilityUnmetNeed));
      expect(value(row['NHS share of the cost'])).toBeCloseTo(service.metrics.careNhsCost.mean / service.metrics.careTotalCost.mean, 6);
    });
    // Units: money in £m with two decimals, shares as percentages, people as counts.
    expect([rows[0]['Cost, £m (mean)'].numFmt, rows[0]['NHS share of the cost'].numFmt, rows[0]['People needing care (mean)'].numFmt]).toEqual(['#,##0.00', '0.0%', '#,##0.0']);
  });

  test('on every row NHS + council + people = cost: the shares add up to 1 and the identity column is a formula that reads 0', async () => {
    const rows = rowsOf(await careSheet());
    let council = 0;
    let people = 0;
    for (const row of rows) {
      const parts = value(row['NHS, £m (mean)']) + value(row['Council, £m (mean)']) + value(row["People's own money, £m (mean)"]);
      // Each cell is rounded to £1 (6 decimals of £m): three parts and the cost differ by at most £2.
      expect(Math.abs(parts - value(row['Cost, £m (mean)']))).toBeLessThanOrEqual(2e-6);
      const shares = value(row['NHS share of the cost']) + value(row['Council share of the cost']) + value(row["People's share of the cost"]);
      expect(shares).toBeCloseTo(1, 5);
      const identity = row['NHS + council + people − cost, £m (means)'].value as ExcelJS.CellFormulaValue;
      const at = row['Cost, £m (mean)'].row;
      expect(identity.formula).toBe(`G${at}+K${at}+O${at}-D${at}`);
      // What Excel computes from the cells it names (G, K, O: the payers' means; D: the cost's); the stored value
      // (ExcelJS leaves out a value of 0) is that sum.
      const sheet = row['Cost, £m (mean)'].worksheet;
      const computed = ['G', 'K', 'O'].reduce((sum, column) => sum + (sheet.getCell(`${column}${at}`).value as number), 0) - (sheet.getCell(`D${at}`).value as number);
      expect(Math.abs(computed)).toBeLessThanOrEqual(2e-6);
      expect(identity.result ?? 0).toBeCloseTo(computed, 9);
      council += value(row['Council, £m (mean)']);
      people += value(row["People's own money, £m (mean)"]);
    }
    // Not an identity that holds by having nothing in it: councils and people both pay.
    expect([council > 0, people > 0]).toEqual([true, true]);
  });
});
