import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema } from './parameter.ts';
import { IdSchema, ShareSchema } from './identifier.ts';

export const RISK_SHARE_RULES = ['none', 'proRata', 'collarAndCap', 'contingencyReserve', 'surplusCoversDeficit'] as const;
export type RiskShareRule = (typeof RISK_SHARE_RULES)[number];

/** Weights w_i: share of system income (default), equal, or given per organisation. */
const WeightsSchema = Type.Optional(
  Type.Union([Type.Literal('income'), Type.Literal('equal'), Type.Record(IdSchema, Type.Number({ minimum: 0 }))], {
    description: "'income' (share of system income, the default), 'equal', or a weight per organisation id",
  }),
);
const Label = Type.Optional(Type.String({ minLength: 1, maxLength: 80, description: 'A name for this agreement in results' }));
const Members = Type.Optional(Type.Array(IdSchema, { minItems: 1, description: 'Organisations in the agreement (default: those in the system control total)' }));
const PerOrganisationAmount = Type.Union([Type.Number({ minimum: 0 }), Type.Record(IdSchema, Type.Number({ minimum: 0 }))], {
  description: '£m: one amount for every member, or one per organisation id',
});

/** The year-end rule that moves money between organisations so the system can meet its total. */
export const RiskShareSchema = Type.Union(
  [
    Type.Object({ rule: Type.Literal('none'), label: Label }, { additionalProperties: false }),
    Type.Object({ rule: Type.Literal('proRata'), label: Label, weights: WeightsSchema, members: Members }, { additionalProperties: false }),
    Type.Object(
      { rule: Type.Literal('collarAndCap'), label: Label, collar: PerOrganisationAmount, cap: PerOrganisationAmount, weights: WeightsSchema, members: Members },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        rule: Type.Literal('contingencyReserve'),
        label: Label,
        reserve: ParameterSchema,
        remainder: Type.Union([Type.Literal('returnProRata'), Type.Literal('hold')], {
          description: 'What happens to an unspent reserve: returnProRata gives it back to the ICBs in proportion to what each paid in; hold keeps it in the reserve, inside the system',
        }),
        members: Members,
      },
      {
        additionalProperties: false,
        description:
          "reserve: £m a year top-sliced from the single pot (each ICB pays by its share of the allocation) that pays members' deficits pro rata to their size; control totals are as written, before the reserve, so an ICB's variance counts what it paid in",
      },
    ),
    Type.Object({ rule: Type.Literal('surplusCoversDeficit'), label: Label, surplusShare: ShareSchema, members: Members }, { additionalProperties: false }),
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
