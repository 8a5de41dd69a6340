import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema } from './parameter.ts';
import { literalUnion } from './identifier.ts';
import { annotate } from './annotations.ts';
import { WaitingListSchema } from './waiting-list.ts';
import { CareWaitSchema } from './care-wait.ts';

export const STAY_FAMILIES = ['exponential', 'lognormal', 'gamma'] as const;

/** What A&E 4-hour performance is read from: the occupancy penalty curve, or the modelled waits for a bed. */
export const FOUR_HOUR_SOURCES = ['occupancy', 'waits'] as const;

/**
 * A&E attendances per emergency admission in England, 2024/25: 27.4 million attendances
 * (all types) over 6.57 million emergency admissions, from NHS England's monthly A&E
 * sitrep summed over the 42 ICBs (see the shared parameters table).
 */
export const ENGLAND_ATTENDANCES_PER_ADMISSION = 27.4 / 6.57;

/** What an emergency patient does who finds every core and escalation bed full. */
export const FRONT_DOORS = ['queue', 'loss'] as const;

/** A length of stay in days. Drawn once per trial when uncertain. */
export const LengthOfStaySchema = Type.Object(
  {
    family: annotate(literalUnion(STAY_FAMILIES, { description: 'Shape of the distribution of stays' }, { exponential: 'Exponential', lognormal: 'Lognormal (long tail)', gamma: 'Gamma' }), {
      title: 'Shape of stays',
    }),
    meanDays: annotate(ParameterSchema, { title: 'Mean stay', unit: 'days' }),
    sdDays: Type.Optional(annotate(ParameterSchema, { title: 'Spread of stays (sd)', unit: 'days' })),
  },
  { additionalProperties: false, description: 'Length of stay: family, mean and standard deviation in days (sd not used for exponential)' },
);

const Profile = (length: number, description: string, title: string, help: string) =>
  Type.Optional(Type.Array(Type.Number({ minimum: 0 }), { minItems: length, maxItems: length, description, title, 'x-help': help }));

/** Emergency (non-elective) admissions to general and acute beds. */
export const EmergencyDemandSchema = Type.Object(
  {
    admissionsPerYear: annotate(ParameterSchema, { title: 'Emergency admissions a year', help: 'In the baseline year', unit: 'count' }),
    growth: Type.Optional(annotate(ParameterSchema, { title: 'Demand growth', unit: 'rate' })),
    plannedGrowth: Type.Optional(annotate(ParameterSchema, { title: 'Growth the plan assumed', unit: 'rate' })),
    monthlyProfile: Profile(
      12,
      'Relative demand April to March (scaled so the year keeps its total)',
      'Demand by month',
      'Relative demand April to March (1 is an average month); the year keeps its total',
    ),
    weekdayProfile: Profile(7, 'Relative demand Monday to Sunday (scaled to a mean of 1)', 'Demand by day of the week', 'Relative demand Monday to Sunday'),
    stay: annotate(LengthOfStaySchema, { title: 'Emergency length of stay' }),
    incomePerAdmissionPounds: Type.Optional(annotate(ParameterSchema, { title: 'Income per admission', unit: 'pounds' })),
    costPerAdmissionPounds: Type.Optional(annotate(ParameterSchema, { title: 'Extra cost per admission', unit: 'pounds' })),
  },
  {
    additionalProperties: false,
    description:
      'admissionsPerYear: arrivals needing a bed in the baseline year; growth: actual annual demand growth; plannedGrowth: what the plan assumed (default: growth); income and marginal cost per admission in £ (income follows patients admitted; cost follows patients arriving)',
  },
);

/** Planned (elective) inpatient admissions. */
export const ElectiveDemandSchema = Type.Object(
  {
    admissionsPerYear: annotate(ParameterSchema, { title: 'Planned admissions a year', unit: 'count' }),
    weekdayProfile: Profile(7, 'Relative planned admissions Monday to Sunday (default Monday to Friday only)', 'Planned admissions by day of the week', 'Default: Monday to Friday only'),
    stay: annotate(LengthOfStaySchema, { title: 'Elective length of stay' }),
    incomePerAdmissionPounds: Type.Optional(annotate(ParameterSchema, { title: 'Income per admission', unit: 'pounds' })),
    waitingList: Type.Optional(
      annotate(WaitingListSchema, {
        title: 'Waiting list',
        help: 'Patients waiting for a planned operation: the planned admissions are drawn from it, and a cancelled operation goes back on it',
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      'Planned inpatient admissions a year (the slots), their stay, income per admission in £ (income follows the operations done: a cancelled operation loses its variable income until it is done; it saves no cost), and an optional waiting list the slots are filled from',
  },
);

/** One point of the curve from bed occupancy to A&E 4-hour performance lost. */
export const OccupancyPenaltyPointSchema = Type.Object(
  {
    occupancy: Type.Number({ minimum: 0, maximum: 2, description: 'Midnight census ÷ core beds (1 = full; above 1 = escalation beds in use)', title: 'Occupancy', 'x-unit': 'share' }),
    fall: Type.Number({
      minimum: 0,
      maximum: 1,
      description: 'Share of A&E patients no longer seen within 4 hours at that occupancy (0.03 = 3 percentage points)',
      title: 'Fall in the share seen within 4 hours',
      'x-unit': 'share',
    }),
  },
  { additionalProperties: false },
);

/**
 * The default curve, read from the NHS Improvement 2017 analysis of occupancy
 * and A&E 4-hour performance (../shared/data/parameters.md): about 3 points
 * lower in the 88–92% band (placed at its middle, 90%), up to 8 points lower
 * at 100%. No fall up to 85%, straight lines between the points and flat
 * beyond them are this model's assumptions, not the analysis's.
 */
export const DEFAULT_OCCUPANCY_PENALTY: ReadonlyArray<{ readonly occupancy: number; readonly fall: number }> = [
  { occupancy: 0.85, fall: 0 },
  { occupancy: 0.9, fall: 0.03 },
  { occupancy: 1, fall: 0.08 },
];

/** A&E 4-hour performance as crowding moves it: the share seen within 4 hours when the hospital is not crowded, less the curve's fall at each day's occupancy. */
export const FourHourPerformanceSchema = Type.Object(
  {
    baseline: annotate(ParameterSchema, {
      title: 'Seen within 4 hours when not crowded',
      help: 'Where the curve below gives no fall (on the starting curve: up to 85% full)',
      unit: 'share',
    }),
    occupancyPenalty: Type.Optional(
      Type.Array(OccupancyPenaltyPointSchema, {
        minItems: 1,
        maxItems: 20,
        title: 'How crowding lowers it',
        'x-help':
          "Points in rising order of occupancy, joined by straight lines and flat beyond the ends (one point: the same fall whatever the occupancy). It starts from NHS Improvement's 2017 analysis, about 3 points lower at 88-92% full and up to 8 at 100%; no fall up to 85% and the straight lines are this model's assumption. With no points at all, that starting curve is used.",
        description:
          'Points (occupancy, fall) in rising order of occupancy, joined by straight lines, flat beyond the ends (default: 0 at 85%, 0.03 at 90%, 0.08 at 100%, read from NHS Improvement 2017 with our assumptions)',
      }),
    ),
    from: Type.Optional(
      annotate(
        literalUnion(
          FOUR_HOUR_SOURCES,
          {
            description:
              "What the fall is read from: 'occupancy' (the default), each day's occupancy off the penalty curve; 'waits', the modelled waits for a bed: each day's emergency patients whose time in A&E before the decision to admit plus their wait for a bed passes 4 hours, over the day's expected A&E attendances (emergency arrivals × attendancesPerAdmission); the curve is then not used",
          },
          { occupancy: 'Occupancy, off the curve (default)', waits: 'The modelled waits for a bed' },
        ),
        { title: '4-hour performance read from', help: "'waits' counts the admitted patients whose wait for a bed takes them past 4 hours in A&E" },
      ),
    ),
    hoursBeforeDecision: Type.Optional(
      Type.Number({
        minimum: 0,
        exclusiveMaximum: 4,
        title: 'Hours in A&E before the decision to admit',
        'x-unit': 'plain',
        'x-help': "With 'waits': a patient whose wait for a bed is longer than 4 hours less this breaches the standard. An assumption of the scenario's: the sources here give no figure",
        description:
          "Required with from 'waits' (an ASSUMPTION: no source here gives it): hours an admitted patient spends in A&E before the decision to admit, 0 to under 4; a wait for a bed longer than 4 hours less this breaches the 4-hour standard",
      }),
    ),
    attendancesPerAdmission: Type.Optional(
      Type.Number({
        minimum: 1,
        maximum: 100,
        title: 'A&E attendances per emergency admission',
        'x-unit': 'plain',
        'x-help': "With 'waits': the breaches are a share of all attendances. Default 4.17, England 2024/25 (27.4m attendances, 6.57m emergency admissions)",
        description: "With from 'waits': A&E attendances for each emergency admission, the denominator of the 4-hour share (default 27.4 / 6.57 = 4.17, England 2024/25, NHS England A&E sitrep)",
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      "baseline: share of A&E patients seen within 4 hours where the penalty curve gives no fall (0 to 1; on the default curve, up to 85% occupancy); each day loses the curve's fall at that day's occupancy",
  },
);

/** An acute trust's general and acute beds, the demand on them, and what a bed costs. */
export const BedsSchema = Type.Object(
  {
    coreBeds: Type.Integer({ minimum: 1, maximum: 20000, description: 'General and acute beds open at the start', title: 'General and acute beds', 'x-unit': 'count' }),
    costPerBedDayPounds: annotate(ParameterSchema, { title: 'Cost per bed day', unit: 'pounds' }),
    escalation: Type.Optional(
      Type.Object(
        {
          cap: Type.Integer({ minimum: 0, maximum: 5000, title: 'Most escalation beds', 'x-unit': 'count' }),
          costPerBedDayPounds: annotate(ParameterSchema, { title: 'Cost per escalation bed day', unit: 'pounds' }),
        },
        {
          additionalProperties: false,
          description: 'Escalation beds opened when the ward is full: at most cap, at a cost per bed day in £ (agency staff: dearer than a core bed)',
          title: 'Escalation beds',
          'x-help': 'Opened when the wards are full, at a premium (agency staff)',
        },
      ),
    ),
    frontDoor: Type.Optional(
      annotate(
        literalUnion(
          FRONT_DOORS,
          {
            description:
              "What an emergency patient does who finds every core and escalation bed full: 'queue' (the default) waits on a trolley for the next free bed, first come first served and ahead of planned operations; 'loss' is counted as not admitted and leaves the model (Erlang's loss system, for teaching)",
          },
          { queue: 'Waits for the next free bed (default)', loss: 'Is not admitted (lost)' },
        ),
        { title: 'A patient who finds no bed', help: 'Waiting patients are counted: decision-to-admit times, waits over 4 and 12 hours, the trolley queue' },
      ),
    ),
    diversion: Type.Optional(
      Type.Object(
        {
          queueLength: Type.Integer({
            minimum: 0,
            maximum: 5000,
            title: 'Patients waiting before diverting',
            'x-unit': 'count',
            description: 'Patients waiting for a bed at or above which an arrival who finds no bed may be diverted (0: divert rather than let anyone wait)',
          }),
          share: Type.Number({ minimum: 0, maximum: 1, title: 'Share diverted', 'x-unit': 'share', description: 'Share of those arrivals sent to a neighbouring trust (1: all of them)' }),
        },
        {
          additionalProperties: false,
          title: 'Diversion to neighbours',
          'x-help':
            "Once this many patients wait, a share of the next arrivals who find no bed go to a neighbouring trust instead: counted as diverted; their income and cost go with them (the neighbour's beds are not modelled)",
          description:
            "With the front door 'queue': once queueLength patients wait for a bed, each further emergency arrival who finds no bed is diverted to a neighbouring trust with probability share (counted; no income or marginal cost here; the neighbour's beds are not modelled). None by default",
        },
      ),
    ),
    abandonAfterHours: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 8760,
        title: 'Patients leave after waiting (hours)',
        'x-unit': 'plain',
        'x-help': 'A patient who has waited this long from the decision to admit without a bed leaves the queue (left without being admitted: counted, no income or marginal cost)',
        description:
          "With the front door 'queue': hours from the decision to admit after which a patient still without a bed leaves the queue (counted as abandoned; they are not admitted here, so earn no income and cost no admission). None by default: everyone waits for a bed",
      }),
    ),
    emergency: annotate(EmergencyDemandSchema, { title: 'Emergency admissions' }),
    elective: Type.Optional(annotate(ElectiveDemandSchema, { title: 'Planned (elective) admissions' })),
    delayedDischarge: Type.Optional(
      Type.Object(
        {
          share: annotate(ParameterSchema, { title: 'Share of patients delayed', unit: 'share' }),
          meanExtraDays: annotate(ParameterSchema, { title: 'Mean extra days', unit: 'days' }),
          waitsForCare: Type.Optional(
            Type.Array(CareWaitSchema, {
              minItems: 1,
              maxItems: 20,
              title: 'Patients waiting for social care',
              'x-help':
                "Patients who wait for one of the system's care services (home care, a care home place): the less of the need its capacity meets, the longer they wait. They come on top of the share above",
              description:
                "Patients who wait for a care service of the system, on top of the share above (which stays the delays for other reasons); each service's wait lengthens as its capacity falls short of need",
            }),
          ),
        },
        {
          additionalProperties: false,
          description:
            'Share of patients whose discharge is delayed once fit to leave, and the mean extra days they hold the bed; optionally, patients who wait for social care, whose wait follows its capacity',
          title: 'Delayed discharges',
          'x-help': 'Patients fit to leave who wait, usually for social care, and hold a bed',
        },
      ),
    ),
    fourHourPerformance: Type.Optional(
      annotate(FourHourPerformanceSchema, {
        title: 'A&E 4-hour performance',
        help: 'The share of A&E patients seen within 4 hours, which falls as the hospital fills; an incentive fund can be paid on it',
      }),
    ),
  },
  { additionalProperties: false },
);

export type BedsSpec = Static<typeof BedsSchema>;
export type FourHourPerformanceSpec = Static<typeof FourHourPerformanceSchema>;
export type LengthOfStaySpec = Static<typeof LengthOfStaySchema>;
