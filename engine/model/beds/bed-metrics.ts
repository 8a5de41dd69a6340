import { catalogue, type MetricDeclaration } from '../../catalogue/metric-kind.ts';

/** A bed figure's declaration: besides its kind and words, how summaries show it. */
export interface BedMetricDeclaration extends MetricDeclaration {
  /** What it counts, inside a sentence: `1,200 fewer patients not admitted`. */
  readonly counted: string;
  /** A column heading for a narrow table (the command line's). */
  readonly short: string;
  /** Shown in every summary: the workbook's Summary sheet, the command line's bed table and the comparison page's choices. */
  readonly headline: boolean;
  /**
   * Whether the system's figure is the sum of its trusts' in each trial
   * (patients, bed days, beds, a mean queue); false for shares, day counts
   * over a threshold, hours and peaks, which do not add across trusts.
   */
  readonly addsAcrossTrusts: boolean;
}

const bedMetrics = <const Declarations extends Record<string, BedMetricDeclaration>>(declarations: Declarations) => catalogue(declarations);

/**
 * Year figures recorded for every acute trust with beds, in every trial,
 * declared once: kind (so unit and number format), words, meaning and
 * whether summaries show it. The order is the order of the engine's columns.
 */
export const BED_METRIC_CATALOGUE = bedMetrics({
  occupancy: {
    kind: 'share',
    unit: 'share of core beds',
    label: 'Average occupancy',
    counted: 'points of occupancy',
    short: 'occupancy',
    headline: true,
    addsAcrossTrusts: false,
    description: "Mean over the year's days of the midnight census ÷ core beds open (0.92 = 92%): the core-bed figure, above 1 when escalation beds are in use.",
  },
  reportedOccupancy: {
    kind: 'share',
    unit: 'share of beds available',
    label: 'Occupancy as the NHS reports it',
    counted: 'points of reported occupancy',
    short: 'reported occupancy',
    headline: true,
    addsAcrossTrusts: false,
    description: "Mean over the year's days of the midnight census ÷ beds available, escalation beds open included (core + escalation beds in use), as the NHS reports occupancy: never above 1.",
  },
  daysAbove85: {
    kind: 'days',
    label: 'Days over 85% full',
    counted: 'days over 85% full',
    short: 'days >85%',
    headline: true,
    addsAcrossTrusts: false,
    description: 'Days whose census exceeded 85% of core beds.',
  },
  daysAbove92: {
    kind: 'days',
    label: 'Days over 92% full',
    counted: 'days over 92% full',
    short: 'days >92%',
    headline: true,
    addsAcrossTrusts: false,
    description: 'Days whose census exceeded 92% of core beds.',
  },
  daysAbove100: {
    kind: 'days',
    label: 'Days over 100% (escalation)',
    counted: 'days over 100% full',
    short: 'days >100%',
    headline: true,
    addsAcrossTrusts: false,
    description: 'Days whose census exceeded the core beds: escalation beds in use.',
  },
  escalationBedDays: {
    kind: 'bedDays',
    label: 'Escalation bed days',
    counted: 'escalation bed days',
    short: 'escalation bed days',
    headline: true,
    addsAcrossTrusts: true,
    description: 'Σ escalation beds in use at the census.',
  },
  patientsNotAdmitted: {
    kind: 'patients',
    label: 'Patients not admitted',
    counted: 'patients not admitted',
    short: 'not admitted',
    headline: true,
    addsAcrossTrusts: true,
    description: 'Emergency arrivals that found no bed (corridor care, diversion).',
  },
  patientsWhoWaited: {
    kind: 'patients',
    label: 'Patients who waited for a bed',
    counted: 'patients who waited for a bed',
    short: 'waited for a bed',
    headline: true,
    addsAcrossTrusts: true,
    description:
      "Emergency patients given the decision to admit in the year who found every core and escalation bed full and waited on a trolley for the next one (the front door 'queue'; 0 with 'loss'). A patient still waiting at the end of the horizon is counted with the wait so far.",
  },
  waitsOver4Hours: {
    kind: 'patients',
    label: 'Waits over 4 hours for a bed',
    counted: 'waits over 4 hours from decision to admit',
    short: '>4h waits',
    headline: false,
    addsAcrossTrusts: true,
    description: 'Emergency patients who waited more than 4 hours from the decision to admit for a bed, counted in the year of the decision.',
  },
  waitsOver12Hours: {
    kind: 'patients',
    label: '12-hour trolley waits',
    counted: 'waits over 12 hours from decision to admit',
    short: '>12h waits',
    headline: true,
    addsAcrossTrusts: true,
    description: 'Emergency patients who waited more than 12 hours from the decision to admit for a bed (a 12-hour trolley wait), counted in the year of the decision.',
  },
  decisionToAdmitMeanHours: {
    kind: 'hours',
    label: 'Decision to admit, mean',
    counted: 'hours of mean wait from decision to admit',
    short: 'wait mean (h)',
    headline: false,
    addsAcrossTrusts: false,
    description: "Mean time from the decision to admit to a bed, over all the year's emergency patients (0 for those who found a bed at once).",
  },
  decisionToAdmitP90Hours: {
    kind: 'hours',
    label: 'Decision to admit, 90th percentile',
    counted: 'hours of 90th-percentile wait from decision to admit',
    short: 'wait P90 (h)',
    headline: false,
    addsAcrossTrusts: false,
    description:
      "90th percentile of the time from the decision to admit to a bed over all the year's emergency patients: 0 while fewer than 1 in 10 wait; read from a histogram of quarter hours to a day, hours to a week, then days (1,440 hours means 60 days or more).",
  },
  trolleyQueuePeak: {
    kind: 'patients',
    label: 'Peak trolley queue',
    counted: 'patients in the peak trolley queue',
    short: 'peak queue',
    headline: false,
    addsAcrossTrusts: false,
    description: 'The most emergency patients waiting for a bed at any moment of the year.',
  },
  trolleyQueueMean: {
    kind: 'patients',
    label: 'Mean trolley queue',
    counted: 'patients in the mean trolley queue',
    short: 'mean queue',
    headline: false,
    addsAcrossTrusts: true,
    description: "Emergency patients waiting for a bed, averaged over the year's time (Little's law: arrivals who wait a day × mean wait in days).",
  },
  daysWaitingForBed: {
    kind: 'bedDays',
    label: 'Bed days spent waiting',
    counted: 'bed days spent waiting for a bed',
    short: 'days waiting',
    headline: false,
    addsAcrossTrusts: true,
    description: 'Σ over the year of the emergency patients waiting for a bed at each moment, in patient-days: the bed days spent on trolleys and in corridors.',
  },
  patientsDiverted: {
    kind: 'patients',
    label: 'Patients diverted to neighbours',
    counted: 'patients diverted to neighbours',
    short: 'diverted',
    headline: false,
    addsAcrossTrusts: true,
    description:
      "Emergency arrivals who found no bed while the trust's trolley queue had reached its diversion length and were sent to a neighbouring trust (the scenario's diversion; 0 without it). Their income and marginal cost go with them; the neighbour's beds are not modelled.",
  },
  patientsAbandoned: {
    kind: 'patients',
    label: 'Patients who left the trolley queue',
    counted: 'patients who left the queue without a bed',
    short: 'left queue',
    headline: false,
    addsAcrossTrusts: true,
    description:
      "Emergency patients who waited the scenario's abandonment time for a bed without getting one and left the queue, counted in the year they left (0 without abandonment). They are not admitted (no income, no marginal cost) and not among the waits above, which count the patients admitted; their time on the trolley is in the bed days spent waiting.",
  },
  electivesCancelled: {
    kind: 'patients',
    label: 'Operations cancelled',
    counted: 'operations cancelled',
    short: 'electives cancelled',
    headline: true,
    addsAcrossTrusts: true,
    description: 'Planned admissions cancelled for want of a core bed.',
  },
  emergencyAdmissions: {
    kind: 'patients',
    label: 'Emergency admissions',
    counted: 'emergency admissions',
    short: 'emergency admissions',
    headline: false,
    addsAcrossTrusts: true,
    description: 'Emergency patients admitted.',
  },
  electiveAdmissions: {
    kind: 'patients',
    label: 'Elective admissions',
    counted: 'elective admissions',
    short: 'elective admissions',
    headline: false,
    addsAcrossTrusts: true,
    description: 'Planned patients admitted.',
  },
  delayedBedDays: {
    kind: 'bedDays',
    label: 'Delayed bed days',
    counted: 'bed days of delayed discharge',
    short: 'delayed bed days',
    headline: false,
    addsAcrossTrusts: true,
    description: 'Σ beds held at the census by patients fit to leave.',
  },
  coreBeds: { kind: 'beds', label: 'Core beds', counted: 'core beds', short: 'core beds', headline: false, addsAcrossTrusts: true, description: 'Mean core beds open.' },
  fourHourPointsLost: {
    kind: 'share',
    unit: 'share of A&E patients',
    format: 'points',
    label: 'A&E 4-hour performance lost',
    counted: 'points of A&E 4-hour performance lost',
    short: 'A&E 4-hour lost',
    headline: true,
    addsAcrossTrusts: false,
    description:
      "Mean over the year's days of the fall in A&E 4-hour performance: 0.021 = 2.1 percentage points. By default the fall at that day's occupancy (the trust's penalty curve, or the NHS Improvement 2017 one); with fourHourPerformance.from 'waits', the day's emergency patients whose hours in A&E before the decision to admit plus their wait for a bed pass 4 (those who left the queue after that included) ÷ the day's expected A&E attendances (emergency arrivals × attendances per admission).",
  },
});

export const BED_METRICS = Object.keys(BED_METRIC_CATALOGUE) as readonly (keyof typeof BED_METRIC_CATALOGUE)[];
/** The bed figures every summary shows, in catalogue order. */
export const HEADLINE_BED_METRICS: readonly BedMetric[] = BED_METRICS.filter((metric) => BED_METRIC_CATALOGUE[metric].headline);

export type BedMetric = (typeof BED_METRICS)[number];
/** The bed figures a system's total adds up from its trusts', trial by trial (catalogue order). */
export const SUMMED_BED_METRICS: readonly BedMetric[] = BED_METRICS.filter((metric) => BED_METRIC_CATALOGUE[metric].addsAcrossTrusts);
export const BED_METRIC_COUNT = BED_METRICS.length;
export const BED_METRIC: Readonly<Record<BedMetric, number>> = Object.fromEntries(BED_METRICS.map((metric, index) => [metric, index])) as Record<BedMetric, number>;

/** Daily occupancy histogram: bins of one percentage point of core beds, 0% to 150% (the last bin holds 150% and above). */
export const OCCUPANCY_BINS = 151;

/** Monthly totals per bed trust, used to book money: `(bedTrust * months + month) * BED_MONTH_FIELDS + field`. */
export const BED_MONTH = {
  emergencyAdmitted: 0,
  emergencyPlanned: 1,
  electiveAdmitted: 2,
  electivePlanned: 3,
  escalationBedDays: 4,
  closedBedDays: 5,
  openedBedDays: 6,
  emergencyRefused: 7,
  /** Emergency admissions the plan expects the schemes to avoid (planned growth × claimed reduction at face value). */
  emergencyAvoidedPlanned: 8,
} as const;
export const BED_MONTH_FIELDS = 9;
