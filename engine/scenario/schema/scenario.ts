import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema } from './parameter.ts';
import { FormulaNameSchema, LabelSchema } from './identifier.ts';
import { SystemSchema } from './system.ts';
import { InterventionSchema } from './intervention.ts';
import { annotate } from './annotations.ts';

/** The version of the scenario format this engine reads. */
export const SCHEMA_VERSION = 1;

export const HorizonSchema = Type.Object(
  {
    firstYear: Type.Integer({
      minimum: 2000,
      maximum: 2100,
      description: 'First modelled financial year, by its starting year (2025 = 2025/26)',
      title: 'First financial year',
      'x-help': '2025 means 2025/26 (April to March)',
      'x-unit': 'plain',
    }),
    years: Type.Integer({ minimum: 1, maximum: 10, description: 'Number of financial years', title: 'Number of years', 'x-help': '1 to 10', 'x-unit': 'plain' }),
  },
  { additionalProperties: false },
);

export const SimulationSchema = Type.Object(
  {
    trials: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 1_000_000,
        description: 'Monte Carlo trials (default 1000)',
        title: 'Trials',
        'x-help': 'How many times to draw every uncertain input (default 1,000)',
        'x-unit': 'count',
      }),
    ),
    seed: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 4_294_967_295,
        description: 'Master seed (default 1)',
        title: 'Seed',
        'x-help': 'The same seed gives the same results (default 1)',
        'x-unit': 'plain',
      }),
    ),
    bedModel: Type.Optional(
      Type.Union([Type.Literal('fast', { title: 'Fast: one step per trust-day (default)' }), Type.Literal('detailed', { title: 'Detailed: every patient, in continuous time' })], {
        description: "Bed simulation: 'fast' (one step per trust-day, the default) or 'detailed' (every patient, in continuous time)",
        title: 'Bed simulation',
        'x-help': 'Only matters for trusts with beds',
      }),
    ),
  },
  { additionalProperties: false },
);

/** Another version of the scenario to run on the same random numbers, without some of its interventions. */
export const AlternativeSchema = Type.Object(
  {
    name: annotate(LabelSchema, { title: 'Name of the alternative' }),
    description: Type.Optional(Type.String({ maxLength: 2000, title: 'What it shows' })),
    withoutInterventions: Type.Array(LabelSchema, {
      minItems: 1,
      description: 'Names of the interventions this alternative leaves out',
      title: 'Leave out',
      'x-help': 'Only named interventions can be left out',
    }),
  },
  { additionalProperties: false },
);

export const CorrelationSchema = Type.Object(
  {
    drivers: Type.Array(FormulaNameSchema, { minItems: 2 }),
    matrix: Type.Array(Type.Array(Type.Number()), { minItems: 2 }),
  },
  { additionalProperties: false, description: 'Correlation between drivers, applied through a Gaussian copula' },
);

const NamedParameters = (description: string) => Type.Optional(Type.Record(FormulaNameSchema, ParameterSchema, { description }));

/**
 * A scenario document (YAML or JSON). Money is in £ million (£m) throughout;
 * rates and shares are fractions (0.03 = 3%); positive outturn is a surplus.
 */
export const ScenarioSchema = Type.Object(
  {
    schemaVersion: Type.Literal(SCHEMA_VERSION),
    name: annotate(LabelSchema, { title: 'Name of the scenario' }),
    description: Type.Optional(Type.String({ maxLength: 5000, title: 'What this scenario is for' })),
    horizon: HorizonSchema,
    simulation: Type.Optional(SimulationSchema),
    controlTotalBasis: Type.Optional(
      Type.Union([Type.Literal('beforeIncentive', { title: 'Before incentive funding (default)' }), Type.Literal('afterIncentive', { title: 'After incentive funding: including it in full' })], {
        title: 'Control totals are written',
        'x-help': "Published control totals have been quoted both ways. After: each is compared as the total less the organisation's full incentive amounts.",
        description:
          "beforeIncentive (the default): every control total is the position to reach without incentive funding. afterIncentive: it includes the incentive funding the organisation would receive in full (as published totals often were); the engine then compares each organisation with its total less its full incentive amounts, and a written system total less its members'",
      }),
    ),
    drivers: NamedParameters('National uncertainties drawn once per trial (or per year) and shared: numbers or distributions'),
    correlation: Type.Optional(CorrelationSchema),
    parameters: NamedParameters('Named values that formulas may use: numbers, distributions or formulas'),
    systems: Type.Array(SystemSchema, { minItems: 1, maxItems: 50 }),
    interventions: Type.Optional(Type.Array(InterventionSchema)),
    alternatives: Type.Optional(
      Type.Array(AlternativeSchema, {
        maxItems: 4,
        description: 'Versions of this scenario without some interventions (e.g. keep the beds), run on the same random numbers and compared with it',
      }),
    ),
  },
  { additionalProperties: false, title: 'ICS money and beds scenario' },
);

export type Scenario = Static<typeof ScenarioSchema>;
