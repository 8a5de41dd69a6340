import { binomialQuantile } from '../random/binomial.ts';
import { samplePoisson } from '../random/poisson.ts';
import type { RandomSource } from '../random/random-source.ts';

/**
 * Cohorts of the list by whole weeks waited: 0 … 103 weeks, and the last for 104 weeks
 * or more (two years: longer waits are counted, not told apart).
 */
export const WAITING_LIST_COHORTS = 105;

/** Figures a waiting list records for each month: `month * WAITING_LIST_MONTH_FIELDS + field`. */
export const WAITING_LIST_MONTH = {
  /** Patients on the list at the start of the month. */
  startSize: 0,
  /** Referrals added during the month. */
  added: 1,
  /** Patients treated (admitted for their operation) during the month. */
  treated: 2,
  /** Patients removed without treatment at the end of the month. */
  removed: 3,
  /** Operations cancelled during the month (the patients stay on the list). */
  cancelled: 4,
  /** Cancelled patients given a new date that came during the month (offered a slot again). */
  rebooked: 5,
  /** Patients on the list at the end of the month. */
  endSize: 6,
  /** Of them, those who had waited 18 weeks or more. */
  over18Weeks: 7,
  /** Of them, those who had waited 52 weeks or more. */
  over52Weeks: 8,
  /** Median weeks waited at the end of the month (interpolated within the week). */
  medianWeeks: 9,
} as const;
export const WAITING_LIST_MONTH_FIELDS = 10;
/** A monthly figure of a waiting list. */
export type WaitingListMonthField = keyof typeof WAITING_LIST_MONTH;

/**
 * An elective waiting list for one trust-trial: the patients waiting by whole weeks
 * waited, those among them booked for a new date after a cancellation, and what each
 * month added, treated, removed and left. Built once per trust by
 * `createWaitingList`, reset for each trial by `resetWaitingList`, then stepped by a
 * bed kernel: `bookFromWaitingList` before a day's planned operations,
 * `recordElectiveDay` after them.
 */
export interface WaitingList {
  /** Patients waiting, by whole weeks waited (the last cohort holds 104 weeks and more). */
  readonly cohorts: Float64Array;
  /** Referrals expected on each day of the run (set by the caller for each trial). */
  readonly referralsPerDay: Float64Array;
  /** Share of the patients not booked for a date removed without treatment at each month's end, per month of the run. */
  readonly removalRate: Float64Array;
  /** Month of each day. */
  readonly monthOfDay: Int32Array;
  /** Days from a cancellation to the new date: the first elective day on or after it with a free slot. */
  readonly rebookAfterDays: number;
  /** Cancelled patients due a new date on each day (those who find no free slot that day move to the next). */
  readonly rebookDue: Int32Array;
  /** Per month, the figures of `WAITING_LIST_MONTH`. */
  readonly monthly: Float64Array;
  /** Patients on the list. */
  size: number;
  /** Of them, cancelled patients waiting for their new date. */
  booked: number;
  /** Today's slots given to rebooked patients and to patients newly drawn from the list. */
  rebookedToday: number;
  offeredToday: number;
  /** The list's own stream (referrals and removals), apart from the bed kernel's. */
  rng: RandomSource;
}

/**
 * A waiting list for a run of `monthOfDay.length` days over `months` months, with
 * cancelled patients rebooked `rebookAfterDays` days on (1: the next elective day with
 * a free slot).
 *
 * Cost: O(days + months) memory, allocated once.
 *
 * @throws {RangeError} if rebookAfterDays is not a whole number ≥ 1, or months < 1.
 * @example
 * const list = createWaitingList(calendar.monthOfDay, 12, 1);
 */
export function createWaitingList(monthOfDay: Int32Array, months: number, rebookAfterDays: number): WaitingList {
  if (!(rebookAfterDays >= 1) || !Number.isInteger(rebookAfterDays)) throw new RangeError(`createWaitingList: rebookAfterDays must be a whole number >= 1, got ${rebookAfterDays}`);
  if (!(months >= 1) || !Number.isInteger(months)) throw new RangeError(`createWaitingList: months must be a whole number >= 1, got ${months}`);
  const days = monthOfDay.length;
  return {
    cohorts: new Float64Array(WAITING_LIST_COHORTS),
    referralsPerDay: new Float64Array(days),
    removalRate: new Float64Array(months),
    monthOfDay,
    rebookAfterDays,
    rebookDue: new Int32Array(days + 1),
    monthly: new Float64Array(months * WAITING_LIST_MONTH_FIELDS),
    size: 0,
    booked: 0,
    rebookedToday: 0,
    offeredToday: 0,
    rng: () => 0.5,
  };
}

/**
 * Starts a trial: the list holds `patients` (a whole number ≥ 0) spread over the weeks
 * waited by `bands` (each `[fromWeeks, toWeeks)` with its share; shares sum to 1),
 * evenly within a band, whole patients by rounding the running total (so the bands
 * and weeks add up to `patients` exactly). Nobody is booked, and referrals and removals
 * draw from `rng`.
 *
 * @throws {RangeError} if patients is not a whole number ≥ 0.
 */
export function resetWaitingList(list: WaitingList, patients: number, bands: ReadonlyArray<{ fromWeeks: number; toWeeks: number; share: number }>, rng: RandomSource): void {
  if (!(patients >= 0) || !Number.isInteger(patients)) throw new RangeError(`resetWaitingList: patients must be a whole number >= 0, got ${patients}`);
  list.cohorts.fill(0);
  list.rebookDue.fill(0);
  list.monthly.fill(0);
  list.booked = 0;
  list.rebookedToday = 0;
  list.offeredToday = 0;
  list.rng = rng;
  let expected = 0;
  let placed = 0;
  for (const band of bands) {
    const weeks = band.toWeeks - band.fromWeeks;
    for (let week = band.fromWeeks; week < band.toWeeks; week++) {
      expected += (patients * band.share) / weeks;
      const count = Math.min(patients, Math.round(expected)) - placed;
      list.cohorts[Math.min(week, WAITING_LIST_COHORTS - 1)] += count;
      placed += count;
    }
  }
  // Rounding can leave the last patient unplaced when the shares sum to 1 only within rounding.
  list.cohorts[0] += patients - placed;
  list.size = patients;
  list.monthly[WAITING_LIST_MONTH.startSize] = patients;
}

/** Takes `count` patients off the list, longest waits first, skipping the `skip` longest. */
function takeLongestWaits(cohorts: Float64Array, count: number, skip: number): void {
  let left = count;
  let skipping = skip;
  for (let week = WAITING_LIST_COHORTS - 1; week >= 0 && left > 0; week--) {
    const available = cohorts[week] - skipping;
    if (available <= 0) {
      skipping -= cohorts[week];
      continue;
    }
    skipping = 0;
    const taken = Math.min(left, available);
    cohorts[week] -= taken;
    left -= taken;
  }
}

/**
 * The morning of `day`, before its planned operations: a new week ages the list by one
 * week (on days 7, 14, …), the day's referrals join it (Poisson, from the list's stream),
 * and the day's `slots` planned operations are filled: first by cancelled patients
 * whose new date has come, then by the longest waiters not yet booked, never by more
 * patients than are on the list. Rebooked patients who find no free slot move to the
 * next day. Returns the patients booked into today's slots.
 *
 * Cost: O(1), O(weeks) on the first day of a week.
 */
export function bookFromWaitingList(list: WaitingList, day: number, slots: number): number {
  const { cohorts } = list;
  if (day > 0 && day % 7 === 0) {
    cohorts[WAITING_LIST_COHORTS - 1] += cohorts[WAITING_LIST_COHORTS - 2];
    for (let week = WAITING_LIST_COHORTS - 2; week > 0; week--) cohorts[week] = cohorts[week - 1];
    cohorts[0] = 0;
  }
  const month = list.monthOfDay[day];
  if (day > 0 && month !== list.monthOfDay[day - 1]) list.monthly[month * WAITING_LIST_MONTH_FIELDS + WAITING_LIST_MONTH.startSize] = list.size;
  const referrals = samplePoisson(list.referralsPerDay[day], list.rng);
  cohorts[0] += referrals;
  list.size += referrals;
  list.monthly[month * WAITING_LIST_MONTH_FIELDS + WAITING_LIST_MONTH.added] += referrals;

  const due = list.rebookDue[day];
  const rebooked = Math.min(due, slots);
  list.rebookDue[day + 1] += due - rebooked;
  const drawn = Math.min(slots - rebooked, list.size - list.booked);
  list.booked += drawn;
  list.rebookedToday = rebooked;
  list.offeredToday = rebooked + drawn;
  list.monthly[month * WAITING_LIST_MONTH_FIELDS + WAITING_LIST_MONTH.rebooked] += rebooked;
  return rebooked + drawn;
}

/**
 * The end of `day`, after its planned operations: the `admitted` of the patients booked
 * this morning are treated and leave the list (longest waits first among the booked);
 * the others' operations are cancelled, and they stay on the list, keeping their
 * waiting time, due a new date `rebookAfterDays` on. At a month's end the patients not
 * booked for a date are removed without treatment, Binomial(cohort, the month's rate)
 * in each week waited (one uniform each by inversion, whatever the counts, so a run
 * with more patients waiting removes as many or more from each cohort), and the month's
 * figures are recorded. A new date beyond the run is never reached: the patient is
 * still waiting at its end.
 *
 * Cost: O(weeks) when the booked are treated and at a month's end.
 *
 * @throws {RangeError} if admitted is more than were booked this morning.
 */
export function recordElectiveDay(list: WaitingList, day: number, admitted: number): void {
  if (!(admitted >= 0 && admitted <= list.offeredToday)) throw new RangeError(`recordElectiveDay: admitted must be in [0, ${list.offeredToday}], got ${admitted}`);
  const { cohorts, monthly } = list;
  const month = list.monthOfDay[day];
  const at = month * WAITING_LIST_MONTH_FIELDS;
  const cancelled = list.offeredToday - admitted;
  if (admitted > 0) takeLongestWaits(cohorts, admitted, 0);
  list.size -= admitted;
  list.booked -= admitted;
  monthly[at + WAITING_LIST_MONTH.treated] += admitted;
  monthly[at + WAITING_LIST_MONTH.cancelled] += cancelled;
  const rebookDay = day + list.rebookAfterDays;
  if (cancelled > 0 && rebookDay < list.monthOfDay.length) list.rebookDue[rebookDay] += cancelled;
  list.offeredToday = 0;
  list.rebookedToday = 0;

  const lastOfMonth = day + 1 === list.monthOfDay.length || list.monthOfDay[day + 1] !== month;
  if (!lastOfMonth) return;
  const rate = list.removalRate[month];
  let removed = 0;
  let skipping = list.booked;
  for (let week = WAITING_LIST_COHORTS - 1; week >= 0; week--) {
    const u = list.rng();
    const waiting = cohorts[week] - skipping;
    if (waiting <= 0) {
      skipping -= cohorts[week];
      continue;
    }
    skipping = 0;
    const gone = rate > 0 ? binomialQuantile(waiting, rate, u) : 0;
    cohorts[week] -= gone;
    removed += gone;
  }
  list.size -= removed;
  monthly[at + WAITING_LIST_MONTH.removed] = removed;
  monthly[at + WAITING_LIST_MONTH.endSize] = list.size;
  let over18 = 0;
  let over52 = 0;
  for (let week = 18; week < WAITING_LIST_COHORTS; week++) over18 += cohorts[week];
  for (let week = 52; week < WAITING_LIST_COHORTS; week++) over52 += cohorts[week];
  monthly[at + WAITING_LIST_MONTH.over18Weeks] = over18;
  monthly[at + WAITING_LIST_MONTH.over52Weeks] = over52;
  monthly[at + WAITING_LIST_MONTH.medianWeeks] = medianWeeksWaited(cohorts, list.size);
}

/**
 * Median weeks waited of `size` patients counted by whole weeks waited: the week whose
 * running count reaches half the list, plus the share of that week's patients needed
 * to reach it (patients spread evenly within their week). 0 for an empty list.
 *
 * @example
 * medianWeeksWaited(Float64Array.of(2, 2), 4); // 1: two in week 0, two in week 1
 */
export function medianWeeksWaited(cohorts: Float64Array, size: number): number {
  if (size <= 0) return 0;
  const half = size / 2;
  let below = 0;
  for (let week = 0; week < cohorts.length; week++) {
    const count = cohorts[week];
    if (count > 0 && below + count >= half) return week + (half - below) / count;
    below += count;
  }
  return cohorts.length;
}
