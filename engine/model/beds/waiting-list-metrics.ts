import { catalogue, type MetricDeclaration } from '../../catalogue/metric-kind.ts';
import { WAITING_LIST_MONTH, WAITING_LIST_MONTH_FIELDS } from '../../beds/waiting-list.ts';

/**
 * Year figures recorded for every trust with an elective waiting list, in every
 * trial, declared once. The list balances in every trial and year:
 * listStart + referralsAdded − treated − removedUntreated = listEnd (the
 * results' `largestWaitingListImbalance`). Operations cancelled are the bed
 * figure `electivesCancelled`; with a list every one of them is rebooked.
 */
export const WAITING_LIST_METRIC_CATALOGUE = catalogue({
  listStart: { kind: 'patients', label: 'Waiting list at the start of the year', description: 'Patients waiting for a planned operation on 1 April.' },
  referralsAdded: { kind: 'patients', label: 'Referrals added', description: 'Patients added to the waiting list during the year.' },
  treated: {
    kind: 'patients',
    label: 'Operations done from the list',
    description: 'Patients admitted for their planned operation during the year (the bed figure electiveAdmissions): income follows these, not the operations planned.',
  },
  removedUntreated: { kind: 'patients', label: 'Removed without treatment', description: 'Patients who left the list untreated during the year (validation, treated elsewhere, no longer needed).' },
  listEnd: { kind: 'patients', label: 'Waiting list at the year end', description: 'Patients waiting on 31 March: the start + referrals added − operations done − removed without treatment.' },
  over18Weeks: {
    kind: 'patients',
    label: 'Waiting 18 weeks or more',
    description: 'Patients on the list at the year end who had waited 18 weeks or more (the 18-week standard is 92% within 18 weeks).',
  },
  over52Weeks: { kind: 'patients', label: 'Waiting 52 weeks or more', description: 'Patients on the list at the year end who had waited 52 weeks or more.' },
  medianWeeks: { kind: 'weeks', label: 'Median wait', description: 'Median weeks waited by the patients on the list at the year end (whole weeks waited, interpolated within the week).' },
  rebooked: {
    kind: 'patients',
    label: 'Operations rebooked',
    description: 'Cancelled patients whose new date came during the year and who were given a planned slot again, ahead of new patients (they may be cancelled again).',
  },
} satisfies Record<string, MetricDeclaration>);

export const WAITING_LIST_METRICS = Object.keys(WAITING_LIST_METRIC_CATALOGUE) as readonly (keyof typeof WAITING_LIST_METRIC_CATALOGUE)[];
export type WaitingListMetric = (typeof WAITING_LIST_METRICS)[number];
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
