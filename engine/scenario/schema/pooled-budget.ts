import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema } from './parameter.ts';
import { IdSchema, LabelSchema, ShareSchema, literalUnion } from './identifier.ts';
import { annotate } from './annotations.ts';

/** How a pooled budget's overspend (or underspend) is shared among its partners. */
export const POOL_RISK_SHARE_RULES = ['proportional', 'hostTakesAll', 'agreedShares'] as const;
export type PoolRiskShareRule = (typeof POOL_RISK_SHARE_RULES)[number];

/** A partner of a pooled budget and what it pays in. */
export const PoolPartnerSchema = Type.Object(
  {
    organisation: annotate(IdSchema, { title: 'Partner', help: 'An organisation of the system (an ICB, a council)' }),
    contribution: annotate(ParameterSchema, { title: 'Contribution', help: '£m a year paid into the pool (a number, a distribution or a formula)', unit: 'money' }),
    agreedShare: Type.Optional(annotate(ShareSchema, { title: 'Agreed share of an over- or underspend', help: 'Only under the rule agreedShares; the partners’ shares add up to 1', unit: 'share' })),
  },
  { additionalProperties: false },
);

/**
 * A pooled budget (the Better Care Fund, a section 75 agreement): partners pay
 * in, the host pays for the pool's care services, and an over- or underspend
 * is shared by the pool's own rule at the year end.
 */
export const PooledBudgetSchema = Type.Object(
  {
    id: annotate(IdSchema, { title: 'Short id' }),
    name: annotate(LabelSchema, { title: 'Name of the pool' }),
    host: annotate(IdSchema, { title: 'Host', help: 'The partner that holds the pool and pays for its services' }),
    partners: Type.Array(PoolPartnerSchema, { minItems: 1, maxItems: 50, title: 'Partners', 'x-help': 'Who pays in, and how much a year' }),
    services: Type.Array(IdSchema, { maxItems: 200, title: 'Care services it pays for', 'x-help': 'Ids of care services of the system; a service is in one pool at most' }),
    riskShare: annotate(
      literalUnion(
        POOL_RISK_SHARE_RULES,
        { description: 'proportional: in proportion to contributions; hostTakesAll: the host bears it; agreedShares: each partner its agreed share' },
        { proportional: 'In proportion to contributions', hostTakesAll: 'The host takes it all', agreedShares: 'Agreed shares' },
      ),
      { title: 'Who bears an over- or underspend' },
    ),
  },
  {
    additionalProperties: false,
    description: 'A pooled budget (Better Care Fund, section 75): partners’ contributions, the care services it pays for, and its own rule for sharing an over- or underspend',
  },
);

export type PooledBudgetSpec = Static<typeof PooledBudgetSchema>;
export type PoolPartnerSpec = Static<typeof PoolPartnerSchema>;
