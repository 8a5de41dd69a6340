import { newExcelWorkbook } from '../export/excel.ts';
import { EXCEL_NUMBER_FORMATS } from '../../engine/index.ts';
import { ApiError } from '../api-error.ts';
import { toCsv, type CsvCell } from '../export/csv.ts';
import { roundForCsv } from '../export/units.ts';
import type { DecisionRecord } from '../store/decision-store.ts';
import type { DecisionLabels, SolveResultWire, SweepResultWire } from '../wire/decisions.ts';
import { withUnit } from './decision-labels.ts';

type Format = DecisionLabels['measures'][number]['format'] | 'integer' | 'text';

/** A table of a decision: headers (with units), rows, and how each column is written. */
export interface DecisionTable {
  readonly name: string;
  readonly headers: readonly string[];
  readonly formats: readonly Format[];
  readonly rows: readonly (readonly CsvCell[])[];
}

/**
 * What a decision's tables read: its provenance and the names and units of
 * its inputs and measures. A stored decision is one; the command line makes
 * one for its own answer, so its CSV is the server's.
 */
export interface DecisionTableSource {
  readonly scenarioName: string;
  readonly engineVersion: string;
  readonly seed: number;
  readonly trials: number;
  readonly labels: DecisionLabels;
  /** A solve's target value (NaN for a sweep). */
  readonly target: number;
}

/** A stored decision as the source of its tables. */
export const tableSourceOf = (record: DecisionRecord): DecisionTableSource => ({
  scenarioName: record.source.scenarioName,
  engineVersion: record.engineVersion,
  seed: record.seed,
  trials: record.trials,
  labels: record.labels,
  target: record.request.kind === 'solve' ? record.request.target.value : Number.NaN,
});

const PROVENANCE_HEADERS = ['Scenario', 'Engine version', 'Seed', 'Trials per point'];
const PROVENANCE_FORMATS: Format[] = ['text', 'text', 'integer', 'integer'];
const provenance = (source: DecisionTableSource): CsvCell[] => [source.scenarioName, source.engineVersion, source.seed, source.trials];
const inputFormat = (label: DecisionLabels['inputs'][number]): Format => (label.unit.startsWith('£m') ? 'money' : 'count');

/**
 * A finished solve as tables: the answer (the lever's value with its Monte
 * Carlo error, the measure reached, the target), and every run made.
 */
export function solveTables(source: DecisionTableSource, result: SolveResultWire): DecisionTable[] {
  const [lever] = source.labels.inputs;
  const [measure] = source.labels.measures;
  const { target } = source;
  const answer: DecisionTable = {
    name: 'Answer',
    headers: [
      withUnit(lever),
      '± Monte Carlo standard error of the lever',
      withUnit(measure),
      '± standard error of the measure',
      'Target',
      'Runs',
      'Slope of the measure per unit of the lever',
      ...PROVENANCE_HEADERS,
    ],
    formats: [inputFormat(lever), inputFormat(lever), measure.format, measure.format, measure.format, 'integer', 'text', ...PROVENANCE_FORMATS],
    rows: [[result.lever, result.leverStandardError, result.reached.value, result.reached.standardError, target, result.runs, result.slope, ...provenance(source)]],
  };
  const runs: DecisionTable = {
    name: 'Runs',
    headers: ['Run', withUnit(lever), withUnit(measure), '± standard error', ...PROVENANCE_HEADERS],
    formats: ['integer', inputFormat(lever), measure.format, measure.format, ...PROVENANCE_FORMATS],
    rows: result.points.map((point, index) => [index + 1, point.lever, point.value, point.standardError, ...provenance(source)]),
  };
  return [answer, runs];
}

/**
 * A finished sweep as one table: a row per point, the inputs' values, then
 * for each measure its value, standard error and 90% band (P5 and P95 across
 * trials; for a probability, ±1.645 standard errors).
 */
export function sweepTable(source: DecisionTableSource, result: SweepResultWire): DecisionTable {
  const { inputs, measures } = source.labels;
  return {
    name: 'Sweep',
    headers: [
      ...inputs.map(withUnit),
      ...measures.flatMap((measure) => [withUnit(measure), '± standard error', measure.unit === 'probability' ? '90% band, low' : 'P5', measure.unit === 'probability' ? '90% band, high' : 'P95']),
      ...PROVENANCE_HEADERS,
    ],
    formats: [...inputs.map(inputFormat), ...measures.flatMap((measure) => [measure.format, measure.format, measure.format, measure.format]), ...PROVENANCE_FORMATS],
    rows: result.points.map((point) => [...point.at, ...point.measures.flatMap((measured) => [measured.value, measured.standardError, measured.band[0], measured.band[1]]), ...provenance(source)]),
  };
}

/** The tables of a finished decision. @throws ApiError 409 until it is done */
export function decisionTables(record: DecisionRecord): DecisionTable[] {
  const { result } = record;
  if (record.status !== 'done' || !result) throw ApiError.at(409, 'params/id', `decision "${record.id}" is ${record.status}: its answer can be downloaded once it is done`);
  return result.kind === 'solve' ? solveTables(tableSourceOf(record), result) : [sweepTable(tableSourceOf(record), result)];
}

const rounded = (cell: CsvCell) => (typeof cell === 'number' ? roundForCsv(cell) : cell);

/** A table as CSV: one header row with units, rounded as the results CSVs are. */
export const tableCsv = (table: DecisionTable): string => toCsv([table.headers, ...table.rows.map((row) => row.map(rounded))]);

/** The decision's first table (a solve's answer, a sweep's points) as CSV. */
export function decisionCsv(record: DecisionRecord): string {
  const [table] = decisionTables(record);
  return tableCsv(table);
}

const EXCEL_FORMATS: Record<Format, string | undefined> = { ...EXCEL_NUMBER_FORMATS, integer: '0', text: undefined };

/** The decision's tables as a workbook, a sheet each, the header row frozen and every number formatted by its unit. */
export async function decisionXlsx(record: DecisionRecord): Promise<Buffer> {
  const tables = decisionTables(record);
  const workbook = await newExcelWorkbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = sheet.addRow([...table.headers]);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    for (const row of table.rows) {
      const added = sheet.addRow(row.map((cell) => (typeof cell === 'number' ? (Number.isFinite(cell) ? roundForCsv(cell) : null) : (cell ?? null))));
      table.formats.forEach((format, column) => {
        const numFmt = EXCEL_FORMATS[format];
        if (numFmt) added.getCell(column + 1).numFmt = numFmt;
      });
    }
    table.headers.forEach((text, index) => {
      sheet.getColumn(index + 1).width = Math.min(40, Math.max(12, text.length * 0.6 + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
