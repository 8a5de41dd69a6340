import { catalogue, type MetricDeclaration } from '../../catalogue/metric-kind.ts';

/** A waiting-list figure's declaration: besides its kind and words, what it counts inside a sentence. */
export interface WaitingListMetricDeclaration extends MetricDeclaration {
  /** What it counts, inside a sentence: `320 fewer patients on the waiting list at the year end`. */
  readonly counted: string;
}

const waitingListMetrics = <const Declarations extends Record<string, WaitingListMetricDeclaration>>(declarations: Declarations) => catalogue(declarations);

/**
 * Year figures recorded for every trust with an elective waiting list, in every
 * trial, declared once. The list balances in every trial and year:
 * listStart + referralsAdded − treated − removedUntreated = listEnd (the
 * results' `largestWaitingListImbalance`). Operations cancelled are the bed
 * figure `electivesCancelled`; with a list every one of them is rebooked.
 */
export const WAITING_LIST_METRIC_CATALOGUE = waitingListMetrics({
  listStart: {
    kind: 'patients',
    label: 'Waiting list at the start of the year',
    counted: 'patients on the waiting list at the start of the year',
    description: 'Patients waiting for a planned operation on 1 April.',
  },
  referralsAdded: { kind: 'patients', label: 'Referrals added', counted: 'referrals added to the waiting list in the year', description: 'Patients added to the waiting list during the year.' },
  treated: {
    kind: 'patients',
    label: 'Operations done from the list',
    counted: 'operations done from the waiting list in the year',
    description: 'Patients admitted for their planned operation during the year (the bed figure electiveAdmissions): income follows these, not the operations planned.',
  },
  removedUntreated: {
    kind: 'patients',
    label: 'Removed without treatment',
    counted: 'patients removed from the waiting list without treatment in the year',
    description: 'Patients who left the list untreated during the year (validation, treated elsewhere, no longer needed).',
  },
  listEnd: {
    kind: 'patients',
    label: 'Waiting list at the year end',
    counted: 'patients on the waiting list at the year end',
    description: 'Patients waiting on 31 March: the start + referrals added − operations done − removed without treatment.',
  },
  over18Weeks: {
    kind: 'patients',
    label: 'Waiting 18 weeks or more',
    counted: 'patients waiting 18 weeks or more at the year end',
    description: 'Patients on the list at the year end who had waited 18 weeks or more (the 18-week standard is 92% within 18 weeks).',
  },
  over52Weeks: {
    kind: 'patients',
    label: 'Waiting 52 weeks or more',
    counted: 'patients waiting 52 weeks or more at the year end',
    description: 'Patients on the list at the year end who had waited 52 weeks or more.',
  },
  medianWeeks: {
    kind: 'weeks',
    label: 'Median wait',
    counted: 'weeks of median wait at the year end',
    description: 'Median weeks waited by the patients on the list at the year end (whole weeks waited, interpolated within the week).',
  },
  rebooked: {
    kind: 'patients',
    label: 'Operations rebooked',
    counted: 'operations rebooked in the year',
    description: 'Cancelled patients whose new date came during the year and who were given a planned slot again, ahead of new patients (they may be cancelled again).',
  },
});

export const WAITING_LIST_METRICS = Object.keys(WAITING_LIST_METRIC_CATALOGUE) as readonly (keyof typeof WAITING_LIST_METRIC_CATALOGUE)[];
export type WaitingListMetric = (typeof WAITING_LIST_METRICS)[number];
