// The workbook's "Social care" sheet, laid out for a reader: per care service
// and year, what it cost and who paid (NHS, council, people's own money) as
// means with the middle 90% of trials, each payer's share, and the people it
// served and could not serve. The means add up to the cost, shown by a
// formula on every row; every figure is the engine's (results.careServices).
import type ExcelJS from 'exceljs';
import { EXCEL_NUMBER_FORMATS, excelFormatOf, type RunResults } from '../../engine/index.ts';
import { addHeading, addTable, exportCell, type Cell } from './workbook-tables.ts';

/** The payers, in the order of the sheet's columns: the figure each reads, and its heading. */
const PAYERS = [
  { metric: 'careNhsCost', label: 'NHS', share: 'NHS share of the cost' },
  { metric: 'careCouncilCost', label: 'Council', share: 'Council share of the cost' },
  { metric: 'carePeopleCost', label: "People's own money", share: "People's share of the cost" },
] as const;

/** The sheet's columns, once: heading, and where each is read from. */
export const CARE_SHEET_HEADERS = [
  'Care service',
  'System',
  'Year',
  'Cost, £m (mean)',
  'Cost P5, £m',
  'Cost P95, £m',
  ...PAYERS.flatMap(({ label, share }) => [`${label}, £m (mean)`, `${label} P5, £m`, `${label} P95, £m`, share]),
  'NHS + council + people − cost, £m (means)',
  'People needing care (mean)',
  'People served (mean)',
  'Unmet need, people (mean)',
  'Unmet need P95, people',
  'P(any unmet need)',
  'Moved off the NHS by boundary shifts, £m (mean)',
  'Moved onto people by boundary shifts, £m (mean)',
] as const;

/** 0-based columns of the means the identity adds up. */
const COST_COLUMN = 3;
const PAYER_COLUMNS = PAYERS.map((_, index) => 6 + index * 4);
const IDENTITY_COLUMN = 6 + PAYERS.length * 4;

/** Excel's letters for a 0-based column (A … Z, AA …). */
function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * Writes the Social care sheet: a heading that says what the numbers are, a
 * line of notes (units, the trials, the identity and how far it held), then
 * one row per care service and year. The identity column is a formula (the
 * three payers' means less the cost's) with its value stored, so it reads 0
 * (to the £1 the cells are rounded to) and stays live if a reader edits a cell.
 */
export function addCareSheet(sheet: ExcelJS.Worksheet, results: RunResults): void {
  const services = results.careServices ?? [];
  const systemNames = new Map(results.entities.filter((entity) => entity.kind === 'system').map((entity) => [entity.id, entity.name]));
  addHeading(sheet, `Social care: what each care service cost and who paid, £m a year, means over ${results.meta.trials} trials with the middle 90% of trials (P5 to P95)`);
  const split = results.accountingChecks.largestCareSplitError;
  sheet.addRow([
    'In every trial cost = NHS + council + people’s own money' +
      (split === undefined ? '' : ` (largest error over every trial £${split.toExponential(1)}m)`) +
      ', so the means add up too (the column “NHS + council + people − cost” is that sum, a formula); the P5s and P95s of the parts come from different trials and do not add up to the cost’s. ' +
      'Shares are of the mean cost. People: those who need the service, those it serves, and those who find no place or package (unmet need).',
  ]);
  const rows: Cell[][] = services.map((row) => {
    const { metrics } = row;
    const cost = metrics.careTotalCost.mean;
    return [
      row.name,
      systemNames.get(row.systemId) ?? row.systemId,
      row.yearLabel,
      cost,
      metrics.careTotalCost.p5,
      metrics.careTotalCost.p95,
      ...PAYERS.flatMap(({ metric }) => [metrics[metric].mean, metrics[metric].p5, metrics[metric].p95, cost > 0 ? metrics[metric].mean / cost : undefined]),
      undefined,
      metrics.careUsers.mean,
      metrics.careUsersServed.mean,
      metrics.careUnmetNeed.mean,
      metrics.careUnmetNeed.p95,
      row.probabilityUnmetNeed,
      metrics.careMovedFromNhs.mean,
      metrics.careMovedOntoPeople.mean,
    ];
  });
  const money = excelFormatOf('careTotalCost');
  const people = excelFormatOf('careUsers');
  const formats: Record<number, string> = {};
  for (let column = COST_COLUMN; column < IDENTITY_COLUMN; column++) formats[column] = PAYER_COLUMNS.some((first) => column === first + 3) ? EXCEL_NUMBER_FORMATS.percent : money;
  Object.assign(formats, { [IDENTITY_COLUMN]: money, [IDENTITY_COLUMN + 1]: people, [IDENTITY_COLUMN + 2]: people, [IDENTITY_COLUMN + 3]: people, [IDENTITY_COLUMN + 4]: people });
  Object.assign(formats, { [IDENTITY_COLUMN + 5]: excelFormatOf('probabilityUnmetNeed'), [IDENTITY_COLUMN + 6]: money, [IDENTITY_COLUMN + 7]: money });
  addTable(sheet, CARE_SHEET_HEADERS, rows, formats);
  const firstDataRow = sheet.rowCount - rows.length + 1;
  rows.forEach((row, index) => {
    const at = firstDataRow + index;
    const stored = (column: number) => exportCell(row[column]) as number;
    const result = exportCell(PAYER_COLUMNS.reduce((sum, column) => sum + stored(column), 0) - stored(COST_COLUMN)) as number;
    const formula = `${PAYER_COLUMNS.map((column) => `${columnLetters(column)}${at}`).join('+')}-${columnLetters(COST_COLUMN)}${at}`;
    sheet.getRow(at).getCell(IDENTITY_COLUMN + 1).value = { formula, result };
  });
  sheet.getColumn(1).width = 34;
}
