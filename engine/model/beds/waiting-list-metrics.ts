import { WAITING_LIST_METRICS, type WaitingListMetric } from './waiting-list-catalogue.ts';
// The declarations sit in a file of their own, which imports nothing else, so the UI can read their words.
export { WAITING_LIST_METRIC_CATALOGUE, WAITING_LIST_METRICS, type WaitingListMetric } from './waiting-list-catalogue.ts';
import { WAITING_LIST_MONTH, WAITING_LIST_MONTH_FIELDS } from '../../beds/waiting-list.ts';

export const WAITING_LIST_METRIC_COUNT = WAITING_LIST_METRICS.length;
export const WAITING_LIST_METRIC: Readonly<Record<WaitingListMetric, number>> = Object.fromEntries(WAITING_LIST_METRICS.map((metric, index) => [metric, index])) as Record<WaitingListMetric, number>;

/**
 * A year's figures (in `WAITING_LIST_METRICS` order, into `target` from `offset`) from a
 * list's monthly figures: flows summed over the year's twelve months, stocks at its
 * first month's start and its last month's end.
 */
export function waitingListYear(monthly: Float64Array, year: number, target: Float64Array, offset: number): void {
  const first = year * 12 * WAITING_LIST_MONTH_FIELDS;
  const last = (year * 12 + 11) * WAITING_LIST_MONTH_FIELDS;
  let added = 0;
  let treated = 0;
  let removed = 0;
  let rebooked = 0;
  for (let month = 0; month < 12; month++) {
    const at = first + month * WAITING_LIST_MONTH_FIELDS;
    added += monthly[at + WAITING_LIST_MONTH.added];
    treated += monthly[at + WAITING_LIST_MONTH.treated];
    removed += monthly[at + WAITING_LIST_MONTH.removed];
    rebooked += monthly[at + WAITING_LIST_MONTH.rebooked];
  }
  target[offset + WAITING_LIST_METRIC.listStart] = monthly[first + WAITING_LIST_MONTH.startSize];
  target[offset + WAITING_LIST_METRIC.referralsAdded] = added;
  target[offset + WAITING_LIST_METRIC.treated] = treated;
  target[offset + WAITING_LIST_METRIC.removedUntreated] = removed;
  target[offset + WAITING_LIST_METRIC.listEnd] = monthly[last + WAITING_LIST_MONTH.endSize];
  target[offset + WAITING_LIST_METRIC.over18Weeks] = monthly[last + WAITING_LIST_MONTH.over18Weeks];
  target[offset + WAITING_LIST_METRIC.over52Weeks] = monthly[last + WAITING_LIST_MONTH.over52Weeks];
  target[offset + WAITING_LIST_METRIC.medianWeeks] = monthly[last + WAITING_LIST_MONTH.medianWeeks];
  target[offset + WAITING_LIST_METRIC.rebooked] = rebooked;
}
