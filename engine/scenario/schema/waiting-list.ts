import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema } from './parameter.ts';
import { annotate } from './annotations.ts';

/** Longest wait a starting band may name, in weeks (the list counts 104 weeks and more together). */
export const WAITING_LIST_MAX_WEEKS = 104;

/** One band of the starting list's age profile: the share of the list that had waited `fromWeeks` to `toWeeks` weeks. */
export const WaitingListBandSchema = Type.Object(
  {
    fromWeeks: Type.Integer({ minimum: 0, maximum: WAITING_LIST_MAX_WEEKS - 1, title: 'From weeks waited', 'x-unit': 'plain', description: 'Weeks waited at the start of the band (included)' }),
    toWeeks: Type.Integer({ minimum: 1, maximum: WAITING_LIST_MAX_WEEKS, title: 'To weeks waited', 'x-unit': 'plain', description: 'Weeks waited at the end of the band (excluded)' }),
    share: Type.Number({ minimum: 0, maximum: 1, title: 'Share of the list', description: 'Share of the starting list in the band (the bands sum to 1)', 'x-unit': 'share' }),
  },
  { additionalProperties: false },
);

/**
 * A trust's elective (admitted) waiting list: patients referred for a planned
 * operation who wait for it. Planned admissions are drawn from it, the
 * longest waiters first; a cancelled operation goes back on it, keeping its
 * waiting time, and is rebooked.
 */
export const WaitingListSchema = Type.Object(
  {
    startingSize: annotate(ParameterSchema, { title: 'Patients waiting at the start', help: 'On 1 April of the first year; rounded to whole patients', unit: 'count' }),
    ageProfile: Type.Array(WaitingListBandSchema, {
      minItems: 1,
      maxItems: 20,
      title: 'How long they have waited',
      'x-help': 'Bands of weeks waited with their share of the starting list, in rising order, not overlapping; spread evenly over the weeks of each band',
      description: 'Bands [fromWeeks, toWeeks) of weeks waited with the share of the starting list in each, in rising order, not overlapping, shares summing to 1',
    }),
    referralsPerMonth: annotate(ParameterSchema, { title: 'Referrals a month', help: 'Patients added to the list in an average month of the baseline year', unit: 'count' }),
    referralGrowth: Type.Optional(annotate(ParameterSchema, { title: 'Referral growth', help: 'A year, from the first year of the horizon, as emergency demand growth', unit: 'rate' })),
    removalRatePerMonth: annotate(ParameterSchema, {
      title: 'Removed without treatment a month',
      help: 'Share of the patients not booked for a date who leave the list each month untreated (validation, treated elsewhere, no longer needed)',
      unit: 'share',
    }),
    rebookAfterDays: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 90,
        title: 'Rebooked after (days)',
        'x-unit': 'days',
        'x-help': 'A cancelled patient is offered the first free slot on or after this many days (1, the default: the next elective day with a free slot)',
        description: 'Days from a cancellation to the earliest new date; the patient takes the first free planned slot on or after it, ahead of new patients (default 1)',
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      'The elective waiting list: its size and age profile at the start, referrals a month (growing by referralGrowth a year), the monthly share removed without treatment, and how soon a cancelled operation is rebooked. Planned admissions are the slots; they are filled from the list, longest waiters first, never by more patients than are on it',
  },
);

export type WaitingListSpec = Static<typeof WaitingListSchema>;
