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
  },
  { additionalProperties: false },
);

export type BedsSpec = Static<typeof BedsSchema>;
export type LengthOfStaySpec = Static<typeof LengthOfStaySchema>;
