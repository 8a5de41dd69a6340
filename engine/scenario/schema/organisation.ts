import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema, YearlyParameterSchema } from './parameter.ts';
import { IdSchema, LabelSchema, ShareSchema, literalUnion } from './identifier.ts';
import { BedsSchema } from './beds.ts';
import { annotate, type FieldAnnotation } from './annotations.ts';

/** The kinds of organisation in an ICS. */
export const ORGANISATION_KINDS = ['icb', 'acute', 'mentalHealth', 'community', 'ambulance', 'localAuthority', 'independentSector'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PAYMENT_MODELS = ['block', 'activity', 'blended'] as const;
export type PaymentModel = (typeof PAYMENT_MODELS)[number];

const literals = <T extends string>(values: readonly T[], description: string, titles?: Readonly<Record<T, string>>) => literalUnion(values, { description }, titles);

/** How each kind of organisation is named in forms. */
export const ORGANISATION_KIND_TITLES: Readonly<Record<OrganisationKind, string>> = {
  icb: 'Integrated care board or CCG (commissioner)',
  acute: 'Acute hospital trust',
  mentalHealth: 'Mental health trust',
  community: 'Community health trust',
  ambulance: 'Ambulance trust',
  localAuthority: 'Council (adult social care)',
  independentSector: 'Independent-sector provider',
};

/** A contract's payment model, with the title of each. */
export const PaymentModelSchema = annotate(
  literals(PAYMENT_MODELS, 'block: fixed sum; activity: paid per unit of activity; blended: fixed share plus a variable part', {
    block: 'Block (a fixed sum)',
    activity: 'Activity (paid per case)',
    blended: 'Blended (fixed part + per case)',
  }),
  { title: 'Payment model', help: 'Block: the provider carries extra demand. Activity: the commissioner does. Blended: they share it.' },
);

/** An annual amount in £m in the baseline year (the year before the first modelled year), growing each year. */
export const AmountLineSchema = Type.Object(
  {
    baseline: annotate(ParameterSchema, { title: 'Baseline', unit: 'money' }),
    growth: Type.Optional(annotate(ParameterSchema, { title: 'Growth', unit: 'rate' })),
  },
  { additionalProperties: false, description: 'baseline: £m a year in the baseline year (the year before the first modelled year); growth: annual rate (0.03 = 3%)' },
);

/** An amount line as one field of a form: its title and help. */
const amountLine = (annotation: FieldAnnotation) => Type.Optional(annotate(AmountLineSchema, annotation));

export const ContractIncomeSchema = Type.Object(
  {
    baseline: annotate(ParameterSchema, { title: 'Contract value', help: '£m a year at planned activity, in the baseline year', unit: 'money' }),
    uplift: Type.Optional(annotate(ParameterSchema, { title: 'Annual price uplift', unit: 'rate' })),
    paymentModel: PaymentModelSchema,
    fixedShare: Type.Optional(annotate(ShareSchema, { title: 'Fixed share of the contract', unit: 'share' })),
    commissioner: Type.Optional(annotate(IdSchema, { title: 'Paid by' })),
  },
  {
    additionalProperties: false,
    description:
      'Contract income in £m a year at planned activity (baseline year), uplifted each year; paid by the commissioner organisation (an ICB in the same system) or, with no commissioner, by a body outside the system',
  },
);

export const ActivitySchema = Type.Object(
  {
    plannedGrowth: Type.Optional(annotate(ParameterSchema, { title: 'Planned activity growth', unit: 'rate' })),
    actualGrowth: Type.Optional(annotate(ParameterSchema, { title: 'Actual activity growth', unit: 'rate' })),
    variableCostShare: Type.Optional(annotate(ShareSchema, { title: 'Share of costs that follow activity', unit: 'share' })),
  },
  {
    additionalProperties: false,
    description:
      'Activity growth planned and actual (annual rates) and the share of pay, non-pay and drug costs that flexes with activity. Not for a trust with a bed model: its activity money comes from the patients the bed model admits',
  },
);

export const CostsSchema = Type.Object(
  {
    pay: amountLine({ title: 'Pay', help: 'Staff costs; usually grows with the pay award' }),
    nonPay: amountLine({ title: 'Non-pay', help: 'Supplies and services; usually grows with inflation' }),
    drugs: amountLine({ title: 'Drugs', help: 'Medicines' }),
    pfi: amountLine({ title: 'PFI unitary payment', help: 'Fixed for decades and indexed: it does not flex' }),
    capitalCharges: amountLine({ title: 'Capital charges', help: 'Depreciation and rents (e.g. NHS Property Services)' }),
    pdcDividend: amountLine({ title: 'PDC dividend', help: 'Public dividend capital: about 3.5% of net assets' }),
    commissioning: amountLine({ title: 'Other commissioning', help: 'What a commissioner buys beyond the modelled contracts: GP services, prescribing, continuing healthcare' }),
  },
  { additionalProperties: false, description: 'Expenditure lines, £m a year. commissioning: what an ICB buys outside the modelled contracts (primary care, prescribing, out-of-area ...)' },
);

export const CipSchema = Type.Object(
  {
    plan: annotate(ParameterSchema, { title: 'Savings target', unit: 'share' }),
    delivery: annotate(ParameterSchema, { title: 'Share of the plan delivered', unit: 'share' }),
    ceiling: Type.Optional(
      annotate(ParameterSchema, {
        title: 'Most that can be saved in a year',
        help: 'A share of costs: the plan then counts as ceiling × (1 − e^(−plan ÷ ceiling)), never above it',
        unit: 'share',
      }),
    ),
    recurrent: Type.Optional(Type.Boolean({ title: 'Savings recur in later years' })),
  },
  {
    additionalProperties: false,
    description:
      'Cost improvement programme: plan as a share of pay + non-pay + drugs, and the share of the plan delivered. ceiling (optional): the most that can be saved in a year as a share of costs: the plan then counts as ceiling × (1 − e^(−plan/ceiling)), close to the plan when it is small and never above the ceiling',
  },
);

export const OrganisationSchema = Type.Object(
  {
    id: annotate(IdSchema, { title: 'Short id', help: 'Used to refer to this organisation elsewhere in the scenario' }),
    name: annotate(LabelSchema, { title: 'Name' }),
    kind: annotate(literals(ORGANISATION_KINDS, 'Kind of organisation', ORGANISATION_KIND_TITLES), { title: 'Kind of organisation' }),
    foundationTrust: Type.Optional(Type.Boolean({ title: 'Foundation trust' })),
    place: Type.Optional(annotate(IdSchema, { title: 'Place', help: "The place within the system it belongs to (the system's places are listed on its page)" })),
    inSystemControlTotal: Type.Optional(
      Type.Boolean({
        description: 'Counts towards the system control total (default: yes for NHS bodies, no for councils and independent providers)',
        title: 'Counts towards the system control total',
        'x-help': 'NHS bodies count by default; councils and independent providers do not',
      }),
    ),
    allocationShare: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description: 'ICB only: share of the system single pot it receives',
        title: 'Share of the single pot',
        'x-help': 'The share of the system allocation this commissioner receives',
        'x-unit': 'share',
      }),
    ),
    income: Type.Optional(
      Type.Object(
        {
          contract: Type.Optional(annotate(ContractIncomeSchema, { title: 'Contract income', help: 'What its commissioner pays it under contract' })),
          other: amountLine({ title: 'Other income', help: 'Private patients, education and training, car parks, grants' }),
        },
        { additionalProperties: false },
      ),
    ),
    activity: Type.Optional(annotate(ActivitySchema, { title: 'Activity', help: 'How demand grows against plan, and how much cost follows it' })),
    costs: Type.Optional(CostsSchema),
    cip: Type.Optional(annotate(CipSchema, { title: 'Savings plan (CIP)', help: 'Cost improvement programme: the plan as a share of pay, non-pay and drugs, and how much of it is delivered' })),
    controlTotal: annotate(YearlyParameterSchema, {
      title: 'Control total',
      help: 'The surplus (+) or deficit (−) it is told to deliver, £m. It meets it when its outturn is at least that good.',
      unit: 'money',
    }),
    beds: Type.Optional(annotate(BedsSchema, { title: 'Beds', help: 'General and acute beds, the emergency and planned demand on them, and what a bed day costs' })),
  },
  { additionalProperties: false },
);

export type OrganisationSpec = Static<typeof OrganisationSchema>;
export type AmountLineSpec = Static<typeof AmountLineSchema>;
