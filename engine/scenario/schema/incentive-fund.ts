import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema } from './parameter.ts';
import { IdSchema, LabelSchema, ShareSchema } from './identifier.ts';
import { annotate } from './annotations.ts';

/** Incentive funding (e.g. the provider sustainability fund): paid from outside the system when a condition holds. */
export const IncentiveFundSchema = Type.Object(
  {
    name: annotate(LabelSchema, { title: 'Name of the fund' }),
    amounts: Type.Record(IdSchema, Type.Number({ minimum: 0 }), {
      description: '£m a year available to each organisation id',
      title: 'Amount available to each organisation',
      'x-help': '£m a year',
      'x-unit': 'money',
    }),
    condition: Type.Union(
      [Type.Literal('organisation', { title: 'It meets its own total' }), Type.Literal('system', { title: 'The system meets its total' }), Type.Literal('both', { title: 'Both are met' })],
      {
        description: "Paid when the organisation's own control total is met, the system's, or both",
        title: 'Paid when',
        'x-help': 'Whose control total decides the payment',
      },
    ),
    basis: Type.Optional(
      Type.Union([Type.Literal('beforeRiskShare', { title: 'Before risk share' }), Type.Literal('afterRiskShare', { title: 'After risk share (default)' })], {
        description: "Whether the organisation's own test uses its position before or after risk-share transfers (default after)",
        title: 'Own test uses the position',
      }),
    ),
    performance: Type.Optional(
      Type.Object(
        {
          share: annotate(ShareSchema, { title: 'Share paid on performance', unit: 'share' }),
          achieved: Type.Optional(
            annotate(ParameterSchema, {
              title: 'Share of that part earned',
              help: 'Cut to 0-1. With a 4-hour trajectory below, it applies only to organisations whose A&E performance is not modelled',
              unit: 'share',
            }),
          ),
          fourHourTrajectory: Type.Optional(
            annotate(ParameterSchema, {
              title: 'A&E 4-hour trajectory to reach each quarter',
              help: "A trust that models its A&E 4-hour performance (in its beds) earns the share of the year's quarters in which it reaches this. One value for every quarter of a year (a formula can change it by year)",
              unit: 'share',
            }),
          ),
        },
        {
          additionalProperties: false,
          title: 'Part paid on performance',
          'x-help': 'The 2016-19 fund paid 30% on A&E, elective and cancer waiting times',
          description:
            "A part of the fund paid on performance (the 2016-19 fund: 30%). achieved: the fraction of that part earned, 0 to 1. fourHourTrajectory: the A&E 4-hour share to reach each quarter; an acute trust whose beds model 4-hour performance earns the fraction of the year's quarters in which it reached it (the others earn achieved, so give achieved if any organisation in amounts has no such model)",
        },
      ),
    ),
  },
  { additionalProperties: false },
);

export type IncentiveFundSpec = Static<typeof IncentiveFundSchema>;
