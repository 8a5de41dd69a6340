/**
 * Year figures recorded for every acute trust with beds, in every trial.
 *
 * - occupancy: mean over the year's days of the midnight census ÷ core beds open
 *   (the core-bed figure: above 1 when escalation beds are in use)
 * - reportedOccupancy: the same census ÷ beds available, escalation beds open
 *   included (core + escalation beds in use), as the NHS reports occupancy:
 *   never above 1
 * - daysAbove85 / daysAbove92 / daysAbove100: days whose census exceeded that
 *   share of core beds (above 100% means escalation beds in use)
 * - escalationBedDays: Σ escalation beds in use at the census
 * - patientsNotAdmitted: emergency arrivals that found no bed (corridor care, diversion)
 * - electivesCancelled: planned admissions cancelled for want of a core bed
 * - emergencyAdmissions / electiveAdmissions: patients admitted
 * - delayedBedDays: Σ beds held at the census by patients fit to leave
 * - coreBeds: mean core beds open
 * - fourHourPointsLost: mean over the year's days of the fall in A&E 4-hour
 *   performance at that day's occupancy (the trust's penalty curve, or the
 *   NHS Improvement 2017 one): 0.021 = 2.1 percentage points
 */
export const BED_METRICS = [
  'occupancy',
  'daysAbove85',
  'daysAbove92',
  'daysAbove100',
  'escalationBedDays',
  'patientsNotAdmitted',
  'electivesCancelled',
  'emergencyAdmissions',
  'electiveAdmissions',
  'delayedBedDays',
  'coreBeds',
  'fourHourPointsLost',
  'reportedOccupancy',
] as const;

export type BedMetric = (typeof BED_METRICS)[number];
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
