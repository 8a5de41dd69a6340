import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema } from './parameter.ts';
import { literalUnion } from './identifier.ts';

export const STAY_FAMILIES = ['exponential', 'lognormal', 'gamma'] as const;

/** A length of stay in days. Drawn once per trial when uncertain. */
export const LengthOfStaySchema = Type.Object(
  {
    family: literalUnion(STAY_FAMILIES, { description: 'Shape of the distribution of stays' }),
    meanDays: ParameterSchema,
    sdDays: Type.Optional(ParameterSchema),
  },
  { additionalProperties: false, description: 'Length of stay: family, mean and standard deviation in days (sd not used for exponential)' },
);

const Profile = (length: number, description: string) =>
  Type.Optional(Type.Array(Type.Number({ minimum: 0 }), { minItems: length, maxItems: length, description }));

/** Emergency (non-elective) admissions to general and acute beds. */
export const EmergencyDemandSchema = Type.Object(
  {
    admissionsPerYear: ParameterSchema,
    growth: Type.Optional(ParameterSchema),
    plannedGrowth: Type.Optional(ParameterSchema),
    monthlyProfile: Profile(12, 'Relative demand April to March (scaled so the year keeps its total)'),
    weekdayProfile: Profile(7, 'Relative demand Monday to Sunday (scaled to a mean of 1)'),
    stay: LengthOfStaySchema,
    incomePerAdmissionPounds: Type.Optional(ParameterSchema),
    costPerAdmissionPounds: Type.Optional(ParameterSchema),
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
    admissionsPerYear: ParameterSchema,
    weekdayProfile: Profile(7, 'Relative planned admissions Monday to Sunday (default Monday to Friday only)'),
    stay: LengthOfStaySchema,
    incomePerAdmissionPounds: Type.Optional(ParameterSchema),
  },
  {
    additionalProperties: false,
    description: 'Planned inpatient admissions a year, their stay, and income per admission in £ (a cancelled operation loses its variable income; it is rebooked, so it saves no cost)',
  },
);

/** One point of the curve from bed occupancy to A&E 4-hour performance lost. */
export const OccupancyPenaltyPointSchema = Type.Object(
  {
    occupancy: Type.Number({ minimum: 0, maximum: 2, description: 'Midnight census ÷ core beds (1 = full; above 1 = escalation beds in use)' }),
    fall: Type.Number({ minimum: 0, maximum: 1, description: 'Share of A&E patients no longer seen within 4 hours at that occupancy (0.03 = 3 percentage points)' }),
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
    baseline: ParameterSchema,
    occupancyPenalty: Type.Optional(
      Type.Array(OccupancyPenaltyPointSchema, {
        minItems: 1,
        maxItems: 20,
        description: 'Points (occupancy, fall) in rising order of occupancy, joined by straight lines, flat beyond the ends (default: 0 at 85%, 0.03 at 90%, 0.08 at 100%, read from NHS Improvement 2017 with our assumptions)',
      }),
    ),
  },
  {
    additionalProperties: false,
    description: "baseline: share of A&E patients seen within 4 hours where the penalty curve gives no fall (0 to 1; on the default curve, up to 85% occupancy); each day loses the curve's fall at that day's occupancy",
  },
);

/** An acute trust's general and acute beds, the demand on them, and what a bed costs. */
export const BedsSchema = Type.Object(
  {
    coreBeds: Type.Integer({ minimum: 1, maximum: 20000, description: 'General and acute beds open at the start' }),
    costPerBedDayPounds: ParameterSchema,
    escalation: Type.Optional(
      Type.Object(
        {
          cap: Type.Integer({ minimum: 0, maximum: 5000 }),
          costPerBedDayPounds: ParameterSchema,
        },
        { additionalProperties: false, description: 'Escalation beds opened when the ward is full: at most cap, at a cost per bed day in £ (agency staff: dearer than a core bed)' },
      ),
    ),
    emergency: EmergencyDemandSchema,
    elective: Type.Optional(ElectiveDemandSchema),
    delayedDischarge: Type.Optional(
      Type.Object(
        { share: ParameterSchema, meanExtraDays: ParameterSchema },
        { additionalProperties: false, description: 'Share of patients whose discharge is delayed once fit to leave, and the mean extra days they hold the bed' },
      ),
    ),
    fourHourPerformance: Type.Optional(FourHourPerformanceSchema),
  },
  { additionalProperties: false },
);

export type BedsSpec = Static<typeof BedsSchema>;
export type FourHourPerformanceSpec = Static<typeof FourHourPerformanceSchema>;
export type LengthOfStaySpec = Static<typeof LengthOfStaySchema>;
