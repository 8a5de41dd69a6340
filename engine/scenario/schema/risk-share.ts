import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema } from './parameter.ts';
import { IdSchema, ShareSchema } from './identifier.ts';
import { annotate } from './annotations.ts';

export const RISK_SHARE_RULES = ['none', 'proRata', 'collarAndCap', 'contingencyReserve', 'surplusCoversDeficit'] as const;
export type RiskShareRule = (typeof RISK_SHARE_RULES)[number];

/** Weights w_i: share of system income (default), equal, or given per organisation. */
const WeightsSchema = Type.Optional(
  Type.Union([Type.Literal('income', { title: 'Share of system income (default)' }), Type.Literal('equal', { title: 'Equal' }), Type.Record(IdSchema, Type.Number({ minimum: 0 }))], {
    description: "'income' (share of system income, the default), 'equal', or a weight per organisation id",
    title: 'Weights',
  }),
);
const Label = Type.Optional(Type.String({ minLength: 1, maxLength: 80, description: 'A name for this agreement in results', title: 'Name of this agreement' }));
const Members = Type.Optional(
  Type.Array(IdSchema, {
    minItems: 1,
    description: 'Organisations in the agreement (default: those in the system control total)',
    title: 'Organisations in the agreement',
    'x-help': 'Leave all unticked for everyone in the system control total',
  }),
);
const PerOrganisationAmount = Type.Union([Type.Number({ minimum: 0 }), Type.Record(IdSchema, Type.Number({ minimum: 0 }))], {
  description: '£m: one amount for every member, or one per organisation id',
});

/** The year-end rule that moves money between organisations so the system can meet its total. */
export const RiskShareSchema = Type.Union(
  [
    Type.Object({ rule: Type.Literal('none'), label: Label }, { additionalProperties: false, title: 'No risk share', 'x-help': 'Each body keeps its own surplus or deficit.' }),
    Type.Object(
      { rule: Type.Literal('proRata'), label: Label, weights: WeightsSchema, members: Members },
      { additionalProperties: false, title: 'Pro rata', 'x-help': 'Everyone ends with the same share of the system result, in proportion to its weight.' },
    ),
    Type.Object(
      {
        rule: Type.Literal('collarAndCap'),
        label: Label,
        collar: annotate(PerOrganisationAmount, { title: 'Collar', unit: 'money' }),
        cap: annotate(PerOrganisationAmount, { title: 'Cap', unit: 'money' }),
        weights: WeightsSchema,
        members: Members,
      },
      {
        additionalProperties: false,
        title: 'Collar and cap',
        'x-help': 'Each body keeps its variance within ± the collar; the rest is pooled pro rata, and no body pays in more than the cap.',
      },
    ),
    Type.Object(
      {
        rule: Type.Literal('contingencyReserve'),
        label: Label,
        reserve: annotate(ParameterSchema, { title: 'Reserve', unit: 'money' }),
        remainder: Type.Union([Type.Literal('returnProRata', { title: 'Returned to the ICBs that paid in' }), Type.Literal('hold', { title: 'Held in the reserve' })], {
          description: 'What happens to an unspent reserve: returnProRata gives it back to the ICBs in proportion to what each paid in; hold keeps it in the reserve, inside the system',
          title: 'An unspent reserve is',
        }),
        members: Members,
      },
      {
        additionalProperties: false,
        title: 'Contingency reserve',
        'x-help':
          "A reserve top-sliced from the single pot (each ICB pays by its share of the allocation) pays members' deficits pro rata to their size until it runs out; control totals are as written, before the reserve.",
        description:
          "reserve: £m a year top-sliced from the single pot (each ICB pays by its share of the allocation) that pays members' deficits pro rata to their size; control totals are as written, before the reserve, so an ICB's variance counts what it paid in",
      },
    ),
    Type.Object(
      { rule: Type.Literal('surplusCoversDeficit'), label: Label, surplusShare: annotate(ShareSchema, { title: 'Share of a surplus given up', unit: 'share' }), members: Members },
      { additionalProperties: false, title: 'Surplus covers deficit', 'x-help': 'Bodies in surplus give up to a share of it to cover the deficits of others.' },
    ),
  ],
  { 'x-discriminator': 'rule', description: 'Risk-share rule' },
);

export type RiskShareSpec = Static<typeof RiskShareSchema>;

const RULE_NAMES: Record<RiskShareRule, string> = {
  none: 'no risk share',
  proRata: 'pro rata',
  collarAndCap: 'collar and cap',
  contingencyReserve: 'contingency reserve',
  surplusCoversDeficit: 'surplus covers deficit',
};

/** The agreement's label, or a plain name for its rule. */
export function riskShareLabel(spec: RiskShareSpec): string {
  return spec.label ?? RULE_NAMES[spec.rule];
}
