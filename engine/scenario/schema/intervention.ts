import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema } from './parameter.ts';
import { IdSchema, LabelSchema, ShareSchema, literalUnion } from './identifier.ts';
import { PAYMENT_MODELS } from './organisation.ts';

/** A month, 'YYYY-MM'; financial years start in April. */
export const MonthSchema = Type.String({ pattern: '^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])$', description: "a month written YYYY-MM, e.g. 2026-04" });

const common = {
  name: Type.Optional(LabelSchema),
  from: Type.Optional(MonthSchema),
};

/** Dated changes to the plan. */
export const InterventionSchema = Type.Union(
  [
    Type.Object(
      { kind: Type.Literal('budgetTransfer'), ...common, fromOrganisation: IdSchema, toOrganisation: IdSchema, amount: ParameterSchema },
      { additionalProperties: false, description: 'Move £m a year of budget from one organisation to another (e.g. a CCG paying into an acute trust)' },
    ),
    Type.Object(
      {
        kind: Type.Literal('paymentModelChange'),
        ...common,
        organisation: IdSchema,
        paymentModel: literalUnion(PAYMENT_MODELS),
        fixedShare: Type.Optional(ShareSchema),
      },
      { additionalProperties: false, description: "Change an organisation's contract payment model" },
    ),
    Type.Object(
      { kind: Type.Literal('extraFunding'), ...common, organisation: IdSchema, amount: ParameterSchema },
      { additionalProperties: false, description: 'Non-recurrent money from outside the system, £m a year (deficit support, contingency)' },
    ),
    Type.Object(
      {
        kind: Type.Literal('closeBeds'),
        ...common,
        organisation: IdSchema,
        beds: Type.Integer({ minimum: 1, maximum: 20000 }),
        savingRealisation: Type.Optional(ParameterSchema),
      },
      {
        additionalProperties: false,
        description:
          "Close beds at an acute trust from a month. The plan books a saving of the trust's cost per bed day for each closed bed; savingRealisation is the share of it that is real (default 1)",
      },
    ),
    Type.Object(
      { kind: Type.Literal('openBeds'), ...common, organisation: IdSchema, beds: Type.Integer({ minimum: 1, maximum: 20000 }) },
      { additionalProperties: false, description: "Open beds at an acute trust from a month, at the trust's cost per bed day" },
    ),
    Type.Object(
      {
        kind: Type.Literal('admissionAvoidance'),
        ...common,
        organisations: Type.Array(IdSchema, { minItems: 1, description: 'Acute trusts whose emergency admissions the scheme is meant to avoid' }),
        claimedReduction: ParameterSchema,
        realisation: ParameterSchema,
        rampUpMonths: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
        annualCost: Type.Optional(ParameterSchema),
        paidBy: Type.Optional(IdSchema),
      },
      {
        additionalProperties: false,
        description:
          'An out-of-hospital scheme claimed to avoid a share of emergency admissions; realisation is the share of the claim that comes true; annualCost (£m) is paid by paidBy',
      },
    ),
  ],
  { 'x-discriminator': 'kind' },
);

export type InterventionSpec = Static<typeof InterventionSchema>;
