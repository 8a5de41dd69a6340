import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema, YearlyParameterSchema } from './parameter.ts';
import { IdSchema, LabelSchema, ShareSchema } from './identifier.ts';
import { OrganisationSchema } from './organisation.ts';
import { RiskShareSchema } from './risk-share.ts';
import { IncentiveFundSchema } from './incentive-fund.ts';
import { annotate } from './annotations.ts';
import { CareServiceSchema } from './care-service.ts';
import { PooledBudgetSchema } from './pooled-budget.ts';
import { PlaceBudgetSchema } from './place-budget.ts';

export const PlaceSchema = Type.Object(
  {
    id: annotate(IdSchema, { title: 'Short id', help: 'Organisations name their place by this' }),
    name: annotate(LabelSchema, { title: 'Name of the place' }),
    share: Type.Optional(
      annotate(ShareSchema, { title: 'Share of the single pot', help: "Delegated to the place; the places' shares add up to at most 1. Or give its population instead", unit: 'share' }),
    ),
    population: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 20_000_000,
        title: 'Population',
        'x-unit': 'count',
        'x-help': "Instead of a share: the place's people, who with the needs weight set its part of what the system delegates by population",
      }),
    ),
    needsWeight: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 10,
        title: 'Needs weight',
        'x-unit': 'plain',
        'x-help': 'How much more (above 1) or less (below 1) a head the place needs than the average; default 1',
      }),
    ),
    budget: Type.Optional(annotate(PlaceBudgetSchema, { title: 'Delegated budget', help: 'What the place pays for from its share, and what it does when it overspends' })),
  },
  {
    additionalProperties: false,
    description:
      "A place (150k-500k people) with its delegated share of the single pot: a given share, or by population × needs weight (the system's delegatedByPopulation shared among its places in proportion); with a budget, what it pays for and what it does when it overspends",
  },
);

/** One Integrated Care System. */
export const SystemSchema = Type.Object(
  {
    id: annotate(IdSchema, { title: 'Short id' }),
    name: annotate(LabelSchema, { title: 'Name of the system' }),
    population: Type.Optional(Type.Integer({ minimum: 1, title: 'Population', 'x-unit': 'count' })),
    allocation: Type.Object(
      {
        baseline: annotate(ParameterSchema, { title: 'Allocation', help: '£m a year in the baseline year', unit: 'money' }),
        growth: Type.Optional(annotate(ParameterSchema, { title: 'Allocation growth', unit: 'rate' })),
      },
      {
        additionalProperties: false,
        description: 'The single pot: £m a year in the baseline year, and its annual growth',
        title: 'Single pot (allocation)',
        'x-help': 'The one budget the system receives',
      },
    ),
    places: Type.Optional(
      Type.Array(PlaceSchema, {
        title: 'Places',
        'x-help': 'Places within the system (usually 150,000 to 500,000 people), each with its delegated share of the single pot; each organisation can then say which place it belongs to',
      }),
    ),
    delegatedByPopulation: Type.Optional(
      annotate(ShareSchema, {
        title: 'Share of the pot delegated by population',
        help: 'Shared among the places given by population, in proportion to population × needs weight',
        unit: 'share',
      }),
    ),
    placeReserve: Type.Optional(
      annotate(ParameterSchema, {
        title: 'Reserve for places',
        help: 'Kept back from the single pot, £m a year: places that overspend and draw on the system reserve are met from it',
        unit: 'money',
      }),
    ),
    controlTotal: Type.Optional(annotate(YearlyParameterSchema, { title: 'System control total', help: 'The surplus (+) or deficit (−) the system as a whole is told to deliver, £m', unit: 'money' })),
    riskShare: Type.Optional(RiskShareSchema),
    riskShareAlternatives: Type.Optional(
      Type.Array(RiskShareSchema, {
        maxItems: 6,
        description: 'Other risk-share rules to compare with riskShare, run on the same random numbers',
      }),
    ),
    incentiveFunds: Type.Optional(Type.Array(IncentiveFundSchema)),
    careServices: Type.Optional(
      Type.Array(CareServiceSchema, {
        maxItems: 200,
        title: 'Care services',
        'x-help': "Home care, care homes, reablement, continuing healthcare: who needs them, what they cost and who pays (the NHS, the council or people's own money)",
      }),
    ),
    pooledBudgets: Type.Optional(
      Type.Array(PooledBudgetSchema, {
        maxItems: 20,
        title: 'Pooled budgets',
        'x-help': 'The Better Care Fund or a section 75 pool: partners pay in, the host pays for its care services, and an over- or underspend is shared by its own rule',
      }),
    ),
    organisations: Type.Array(OrganisationSchema, { minItems: 1, maxItems: 300 }),
  },
  { additionalProperties: false },
);

export type SystemSpec = Static<typeof SystemSchema>;
export type PlaceSpec = Static<typeof PlaceSchema>;
