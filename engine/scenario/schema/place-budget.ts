import { Type, type Static } from '@sinclair/typebox';
import { IdSchema, literalUnion } from './identifier.ts';
import { annotate } from './annotations.ts';

/** What a place does when its delegated spend runs over its budget. */
export const PLACE_OVERSPEND_RULES = ['systemReserve', 'cutServices'] as const;
export type PlaceOverspendRule = (typeof PLACE_OVERSPEND_RULES)[number];

/**
 * A place's delegated budget: the care services and provider contracts it
 * pays for out of its share of the single pot, and what it does when they
 * cost more than that share.
 */
export const PlaceBudgetSchema = Type.Object(
  {
    careServices: Type.Optional(
      Type.Array(IdSchema, { maxItems: 200, title: 'Care services it pays for', 'x-help': "Ids of the system's care services whose NHS part the place pays (not ones in a pooled budget)" }),
    ),
    contracts: Type.Optional(Type.Array(IdSchema, { maxItems: 300, title: 'Contracts it pays for', 'x-help': "Ids of providers whose contract with the system's ICB the place pays" })),
    overspend: annotate(
      literalUnion(
        PLACE_OVERSPEND_RULES,
        {
          description:
            "systemReserve: the overspend is met from the system's place reserve (shared in proportion to the overspends when it runs short; what it cannot meet stays the place's); cutServices: the place cuts the named services (in order) until it lives within its budget, and the people it stops serving are unmet need",
        },
        { systemReserve: "Draw on the system's reserve", cutServices: 'Cut named services' },
      ),
      { title: 'When it overspends' },
    ),
    cuts: Type.Optional(
      Type.Array(IdSchema, {
        minItems: 1,
        maxItems: 200,
        title: 'Services it cuts, in order',
        'x-help': 'For cutServices: care services the place pays for, cut in this order (each at most to nothing)',
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      'What the place pays for from its delegated share of the single pot (the NHS part of care services, providers’ contracts), and what it does when that runs over: draw on the system reserve or cut named services',
  },
);

export type PlaceBudgetSpec = Static<typeof PlaceBudgetSchema>;
