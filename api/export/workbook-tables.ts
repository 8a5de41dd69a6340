// The workbooks' building blocks: a heading row, and a table of rows with a
// bold header, frozen panes near the top, numbers rounded as the CSVs round
// them and each column in its figure's number format.
import type ExcelJS from 'exceljs';
import { excelFormatOf } from '../../engine/index.ts';
import { roundForCsv } from './units.ts';

export type Cell = string | number | boolean | null | undefined;
/** Excel number formats by 0-based column. */
export type ColumnFormats = Readonly<Record<number, string>>;

/** A bold heading row. */
export function addHeading(sheet: ExcelJS.Worksheet, text: string): void {
  sheet.addRow([text]).font = { bold: true, size: 12 };
}

/** The most rows a sheet freezes at its top: a heading, a line of notes and the header. */
const MAX_FROZEN_ROWS = 3;

/** A header row and its data rows, each cell exported and formatted by column (`formats`, or a function of the row); `exactColumns` are not rounded. */
export function addTable(
  sheet: ExcelJS.Worksheet,
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  formats: ColumnFormats | ((row: readonly Cell[]) => ColumnFormats),
  exactColumns: ReadonlySet<number> = new Set(),
): void {
  const header = sheet.addRow([...headers]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  // The first table near the top of a sheet keeps its header in view while scrolling (frozen panes).
  // Not lower down: freezing the provenance above a summary's table would fill a laptop screen.
  if (sheet.views.length === 0 && header.number <= MAX_FROZEN_ROWS) sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: header.number, topLeftCell: `B${header.number + 1}` }];
  for (const row of rows) {
    const added = sheet.addRow(row.map((cell, column) => (exactColumns.has(column) && typeof cell === 'number' ? exportCell(cell, false) : exportCell(cell))));
    for (const [column, format] of Object.entries(typeof formats === 'function' ? formats(row) : formats)) added.getCell(Number(column) + 1).numFmt = format;
  }
  headers.forEach((text, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = Math.min(40, Math.max(column.width ?? 10, index === 0 ? 24 : Math.min(18, text.length + 2)));
  });
}

/**
 * A cell as the workbook stores it: numbers as numbers, rounded as the CSVs
 * round them (money to £1, everything else to 6 decimals; whole numbers stay
 * exact), so Excel shows no float noise; no number for NaN or infinity.
 */
export function exportCell(cell: Cell, round = true): Cell {
  if (typeof cell !== 'number') return cell ?? null;
  if (!Number.isFinite(cell)) return null;
  return round ? roundForCsv(cell) : cell;
}

/** Formats for consecutive columns from `first`, each in the format its catalogued figure declares. */
export function formatsOf(first: number, names: readonly string[]): ColumnFormats {
  return Object.fromEntries(names.map((name, index) => [first + index, excelFormatOf(name)]));
}

/** `count` consecutive columns from `first`, all in the format of one catalogued figure (a row's metric). */
export function sameFormat(first: number, count: number, name: string): ColumnFormats {
  return formatsOf(
    first,
    Array.from({ length: count }, () => name),
  );
}
