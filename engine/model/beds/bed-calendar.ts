import { daysInMonth } from '../../calendar/financial-calendar.ts';

/** Days of the horizon, month by month, and the weekday of each day. */
export interface BedCalendar {
  readonly days: number;
  /** First day of each month, plus the day after the last: length months + 1. */
  readonly monthStart: Int32Array;
  /** Month of each day. */
  readonly monthOfDay: Int32Array;
  /** Weekday of each day: 0 Monday … 6 Sunday. */
  readonly weekdayOfDay: Uint8Array;
}

/**
 * The calendar of a horizon that starts on 1 April of `firstYear`.
 * Weekdays by Sakamoto's method (no clock, no Date).
 */
export function bedCalendar(firstYear: number, monthCount: number): BedCalendar {
  const monthStart = new Int32Array(monthCount + 1);
  for (let month = 0; month < monthCount; month++) monthStart[month + 1] = monthStart[month] + daysInMonth(firstYear, month);
  const days = monthStart[monthCount];
  const monthOfDay = new Int32Array(days);
  for (let month = 0; month < monthCount; month++) monthOfDay.fill(month, monthStart[month], monthStart[month + 1]);
  const first = weekday(firstYear, 4, 1);
  const weekdayOfDay = Uint8Array.from({ length: days }, (_, day) => (first + day) % 7);
  return { days, monthStart, monthOfDay, weekdayOfDay };
}

/** Day of the week of a date, 0 Monday … 6 Sunday (Sakamoto's algorithm). */
export function weekday(year: number, month: number, day: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  const sundayFirst = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offsets[month - 1] + day) % 7;
  return (sundayFirst + 6) % 7;
}
