import type { CsvCell } from './csv.ts';

/** The unit of a bed figure, for export columns; unknown metrics (added later) are counts. */
export function bedUnit(metric: string): string {
  if (metric === 'occupancy') return 'share of core beds';
  if (metric === 'reportedOccupancy') return 'share of beds available (core and escalation)';
  if (metric === 'fourHourPointsLost') return 'share of A&E patients';
  if (metric.startsWith('days')) return 'days';
  if (metric.endsWith('BedDays')) return 'bed days';
  if (metric === 'coreBeds') return 'beds';
  if (/Admitted$|Cancelled$|Admissions$/.test(metric)) return 'patients';
  return 'count';
}

/** Decimal places of every value in the results CSVs and the workbook: £m to £1, probabilities and shares to a millionth, counts likewise. */
export const CSV_DECIMALS = 6;

/**
 * A value rounded for the results CSVs and the workbook, so a spreadsheet
 * shows `1359.6` rather than the float noise of `1359.5999999999997`; the JSON
 * results keep full precision. Six decimals of £m is £1; whole numbers stay
 * exact.
 * @example
 * roundForCsv(1359.5999999999997) // 1359.6
 */
export function roundForCsv(value: number): number {
  if (!Number.isFinite(value)) return value;
  const rounded = Math.round(value * 10 ** CSV_DECIMALS) / 10 ** CSV_DECIMALS;
  // Beyond 2^53 / 10^6 the product loses integers: such values have no noise worth rounding.
  const safe = Number.isFinite(rounded) && Math.abs(value) < Number.MAX_SAFE_INTEGER / 10 ** CSV_DECIMALS ? rounded : value;
  return Object.is(safe, -0) ? 0 : safe;
}

/** Rows with the numbers of their `value` column rounded by {@link roundForCsv}. */
export function withRoundedValues(rows: readonly (readonly CsvCell[])[], valueColumn: number): CsvCell[][] {
  return rows.map((row) => row.map((cell, column) => (column === valueColumn && typeof cell === 'number' ? roundForCsv(cell) : cell)));
}
