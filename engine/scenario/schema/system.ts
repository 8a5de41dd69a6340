import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema, YearlyParameterSchema } from './parameter.ts';
import { IdSchema, LabelSchema, ShareSchema } from './identifier.ts';
import { OrganisationSchema } from './organisation.ts';
import { RiskShareSchema } from './risk-share.ts';
import { IncentiveFundSchema } from './incentive-fund.ts';

export const PlaceSchema = Type.Object(
  { id: IdSchema, name: LabelSchema, share: ShareSchema },
  { additionalProperties: false, description: 'A place (150k-500k people) with its delegated share of the single pot' },
);

/** One Integrated Care System. */
export const SystemSchema = Type.Object(
  {
    id: IdSchema,
    name: LabelSchema,
    population: Type.Optional(Type.Integer({ minimum: 1 })),
    allocation: Type.Object(
      { baseline: ParameterSchema, growth: Type.Optional(ParameterSchema) },
      { additionalProperties: false, description: 'The single pot: £m a year in the baseline year, and its annual growth' },
    ),
    places: Type.Optional(Type.Array(PlaceSchema)),
    controlTotal: Type.Optional(YearlyParameterSchema),
    riskShare: Type.Optional(RiskShareSchema),
    riskShareAlternatives: Type.Optional(
      Type.Array(RiskShareSchema, {
        maxItems: 6,
        description: 'Other risk-share rules to compare with riskShare, run on the same random numbers',
      }),
    ),
    incentiveFunds: Type.Optional(Type.Array(IncentiveFundSchema)),
    organisations: Type.Array(OrganisationSchema, { minItems: 1, maxItems: 300 }),
  },
  { additionalProperties: false },
);

export type SystemSpec = Static<typeof SystemSchema>;
export type PlaceSpec = Static<typeof PlaceSchema>;
