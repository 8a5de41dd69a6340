const MONTH_NAMES = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'] as const;

/**
 * The financial year label for a year index, e.g. `financialYearLabel(2025, 1)`
 * is `"2026/27"`. NHS financial years run from April to March.
 */
export function financialYearLabel(firstYear: number, yearIndex: number): string {
  const start = firstYear + yearIndex;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Label of month m (0 = April of the first year), e.g. `"Jan 2026"`. */
export function monthLabel(firstYear: number, monthIndex: number): string {
  const yearIndex = Math.floor(monthIndex / 12);
  const inYear = monthIndex % 12;
  const calendarYear = firstYear + yearIndex + (inYear >= 9 ? 1 : 0);
  return `${MONTH_NAMES[inYear]} ${calendarYear}`;
}

/**
 * Month index (0 = April of the first modelled year) of a `YYYY-MM` month.
 * Months before the horizon give negative indices.
 */
export function monthIndexOf(firstYear: number, month: string): number {
  const [year, calendarMonth] = month.split('-').map(Number);
  return (year - firstYear) * 12 + (calendarMonth - 4);
}

/** Number of days in month m of the horizon (0 = April of the first year). */
export function daysInMonth(firstYear: number, monthIndex: number): number {
  const yearIndex = Math.floor(monthIndex / 12);
  const inYear = monthIndex % 12;
  const calendarYear = firstYear + yearIndex + (inYear >= 9 ? 1 : 0);
  const calendarMonth = ((inYear + 3) % 12) + 1;
  if (calendarMonth === 2) return isLeapYear(calendarYear) ? 29 : 28;
  return [4, 6, 9, 11].includes(calendarMonth) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
