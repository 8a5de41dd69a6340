import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema, YearlyParameterSchema } from './parameter.ts';
import { IdSchema, LabelSchema, ShareSchema, literalUnion } from './identifier.ts';
import { BedsSchema } from './beds.ts';

/** The kinds of organisation in an ICS. */
export const ORGANISATION_KINDS = ['icb', 'acute', 'mentalHealth', 'community', 'ambulance', 'localAuthority', 'independentSector'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PAYMENT_MODELS = ['block', 'activity', 'blended'] as const;
export type PaymentModel = (typeof PAYMENT_MODELS)[number];

const literals = <T extends string>(values: readonly T[], description: string) => literalUnion(values, { description });

/** An annual amount in £m in the baseline year (the year before the first modelled year), growing each year. */
export const AmountLineSchema = Type.Object(
  {
    baseline: ParameterSchema,
    growth: Type.Optional(ParameterSchema),
  },
  { additionalProperties: false, description: 'baseline: £m a year in the baseline year (the year before the first modelled year); growth: annual rate (0.03 = 3%)' },
);

export const ContractIncomeSchema = Type.Object(
  {
    baseline: ParameterSchema,
    uplift: Type.Optional(ParameterSchema),
    paymentModel: literals(PAYMENT_MODELS, 'block: fixed sum; activity: paid per unit of activity; blended: fixed share plus a variable part'),
    fixedShare: Type.Optional(ShareSchema),
    commissioner: Type.Optional(IdSchema),
  },
  {
    additionalProperties: false,
    description:
      'Contract income in £m a year at planned activity (baseline year), uplifted each year; paid by the commissioner organisation (an ICB in the same system) or, with no commissioner, by a body outside the system',
  },
);

export const ActivitySchema = Type.Object(
  {
    plannedGrowth: Type.Optional(ParameterSchema),
    actualGrowth: Type.Optional(ParameterSchema),
    variableCostShare: Type.Optional(ShareSchema),
  },
  { additionalProperties: false, description: 'Activity growth planned and actual (annual rates) and the share of pay, non-pay and drug costs that flexes with activity. Not for a trust with a bed model: its activity money comes from the patients the bed model admits' },
);

export const CostsSchema = Type.Object(
  {
    pay: Type.Optional(AmountLineSchema),
    nonPay: Type.Optional(AmountLineSchema),
    drugs: Type.Optional(AmountLineSchema),
    pfi: Type.Optional(AmountLineSchema),
    capitalCharges: Type.Optional(AmountLineSchema),
    pdcDividend: Type.Optional(AmountLineSchema),
    commissioning: Type.Optional(AmountLineSchema),
  },
  { additionalProperties: false, description: 'Expenditure lines, £m a year. commissioning: what an ICB buys outside the modelled contracts (primary care, prescribing, out-of-area ...)' },
);

export const CipSchema = Type.Object(
  {
    plan: ParameterSchema,
    delivery: ParameterSchema,
    ceiling: Type.Optional(ParameterSchema),
    recurrent: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    description:
      'Cost improvement programme: plan as a share of pay + non-pay + drugs, and the share of the plan delivered. ceiling (optional): the most that can be saved in a year as a share of costs: the plan then counts as ceiling × (1 − e^(−plan/ceiling)), close to the plan when it is small and never above the ceiling',
  },
);

export const OrganisationSchema = Type.Object(
  {
    id: IdSchema,
    name: LabelSchema,
    kind: literals(ORGANISATION_KINDS, 'Kind of organisation'),
    foundationTrust: Type.Optional(Type.Boolean()),
    place: Type.Optional(IdSchema),
    inSystemControlTotal: Type.Optional(Type.Boolean({ description: 'Counts towards the system control total (default: yes for NHS bodies, no for councils and independent providers)' })),
    allocationShare: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'ICB only: share of the system single pot it receives' })),
    income: Type.Optional(
      Type.Object(
        { contract: Type.Optional(ContractIncomeSchema), other: Type.Optional(AmountLineSchema) },
        { additionalProperties: false },
      ),
    ),
    activity: Type.Optional(ActivitySchema),
    costs: Type.Optional(CostsSchema),
    cip: Type.Optional(CipSchema),
    controlTotal: YearlyParameterSchema,
    beds: Type.Optional(BedsSchema),
  },
  { additionalProperties: false },
);

export type OrganisationSpec = Static<typeof OrganisationSchema>;
export type AmountLineSpec = Static<typeof AmountLineSchema>;
