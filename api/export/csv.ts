/** A CSV cell: text is quoted as needed, numbers are written in full precision. */
export type CsvCell = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Formats rows as CSV that Excel opens correctly: a UTF-8 byte-order mark (so
 * "£" survives), CRLF line ends, RFC 4180 quoting. Text that Excel would run
 * as a formula (starting with = + - @) gets a leading apostrophe, so a scenario
 * name cannot smuggle a formula into a spreadsheet; numbers are left as numbers.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `${CSV_BOM}${rows.map(csvLine).join('')}`;
}

/** The UTF-8 byte-order mark that starts every CSV file written here. */
export const CSV_BOM = '\uFEFF';

/** One row as a CSV line with its CRLF, for files written in pieces (see {@link toCsv}). */
export function csvLine(row: readonly CsvCell[]): string {
  return `${row.map(formatCell).join(',')}\r\n`;
}

function formatCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
