import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema } from './parameter.ts';
import { IdSchema, LabelSchema, ShareSchema } from './identifier.ts';

/** Incentive funding (e.g. the provider sustainability fund): paid from outside the system when a condition holds. */
export const IncentiveFundSchema = Type.Object(
  {
    name: LabelSchema,
    amounts: Type.Record(IdSchema, Type.Number({ minimum: 0 }), { description: '£m a year available to each organisation id' }),
    condition: Type.Union([Type.Literal('organisation'), Type.Literal('system'), Type.Literal('both')], {
      description: "Paid when the organisation's own control total is met, the system's, or both",
    }),
    basis: Type.Optional(
      Type.Union([Type.Literal('beforeRiskShare'), Type.Literal('afterRiskShare')], {
        description: "Whether the organisation's own test uses its position before or after risk-share transfers (default after)",
      }),
    ),
    performance: Type.Optional(
      Type.Object(
        {
          share: ShareSchema,
          achieved: Type.Optional(ParameterSchema),
          fourHourTrajectory: Type.Optional(ParameterSchema),
        },
        {
          additionalProperties: false,
          description:
            "A part of the fund paid on performance (the 2016-19 fund: 30%). achieved: the fraction of that part earned, 0 to 1. fourHourTrajectory: the A&E 4-hour share to reach each quarter; an acute trust whose beds model 4-hour performance earns the fraction of the year's quarters in which it reached it (the others earn achieved, so give achieved if any organisation in amounts has no such model)",
        },
      ),
    ),
  },
  { additionalProperties: false },
);

export type IncentiveFundSpec = Static<typeof IncentiveFundSchema>;
