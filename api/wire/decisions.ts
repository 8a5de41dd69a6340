// What the API says about decisions (solves and sweeps), as TypeBox schemas:
// the routes validate and document requests and responses with them, and the
// server, the UI and the tests take their types from them (Static).
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../routes/schemas.ts';
import { RunProgressSchema, RunStatusSchema } from './runs.ts';

export const DecisionKindSchema = Type.Union([Type.Literal('solve'), Type.Literal('sweep')]);
export type DecisionKind = Static<typeof DecisionKindSchema>;

/** Most points of a sweep, and most runs of a solve, the API takes (the engine's MAX_SWEEP_POINTS). */
export const MAX_DECISION_POINTS = 400;

const leverFields = {
  kind: Type.Union([Type.Literal('path'), Type.Literal('extraFunding')], {
    description: 'path: a number already in the scenario, named by `path`; extraFunding: cash (£m a year) paid to `organisation` from the first month',
  }),
  path: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'kind path: the field, as the validator names it (systems[0].organisations[1].cip.plan)' })),
  organisation: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "kind extraFunding: the organisation's id" })),
};

/** One scenario input a decision moves. */
export const LeverSchema = Type.Object(leverFields, { additionalProperties: false });
export type LeverWire = Static<typeof LeverSchema>;

/** A result the engine reports, for one organisation or system and year. */
export const MeasureSchema = Type.Object(
  {
    entity: Type.String({ minLength: 1, maxLength: 100, description: "An organisation's or a system's id (for a bed figure, an acute trust with a bed model)" }),
    quantity: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'meetsAfterRiskShare, meetsBeforeRiskShare, METRIC.STATISTIC for money (postShareVariance.p10, outturn.mean) or beds.METRIC.STATISTIC (beds.daysAbove92.mean)',
    }),
    year: Type.Integer({ minimum: 0, maximum: 100, default: 0, description: '0 for the first modelled year' }),
  },
  { additionalProperties: false },
);
export type MeasureWire = Static<typeof MeasureSchema>;

const Bound = (description: string) => Type.Number({ minimum: -1e12, maximum: 1e12, description });

export const SolveLeverSchema = Type.Object({ ...leverFields, low: Bound('The lowest value to try'), high: Bound('The highest value to try') }, { additionalProperties: false });

export const SolveTargetSchema = Type.Object(
  { measure: MeasureSchema, value: Type.Number({ minimum: -1e12, maximum: 1e12, description: 'The value the measure should reach (a probability from 0 to 1)' }) },
  { additionalProperties: false },
);

/** What a solve is asked: stored with it and sent back in its view. */
export const SolveRequestSchema = Type.Object(
  {
    kind: Type.Literal('solve'),
    lever: SolveLeverSchema,
    target: SolveTargetSchema,
    tolerance: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: "Stop when the bracket is this narrow (default: a thousandth of the lever's range)" })),
    maxRuns: Type.Optional(Type.Integer({ minimum: 3, maximum: 60, description: 'Most runs, the two bounds included (default 40)' })),
  },
  { additionalProperties: false },
);
export type SolveRequestWire = Static<typeof SolveRequestSchema>;

export const SweepInputSchema = Type.Object(
  {
    ...leverFields,
    values: Type.Optional(Type.Array(Type.Number({ minimum: -1e12, maximum: 1e12 }), { minItems: 1, maxItems: MAX_DECISION_POINTS, description: 'The values to run; or give range' })),
    range: Type.Optional(
      Type.Object(
        { low: Bound('First value'), high: Bound('Last value'), steps: Type.Integer({ minimum: 1, maximum: MAX_DECISION_POINTS, description: 'Equal steps from low to high (steps + 1 values)' }) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type SweepInputWire = Static<typeof SweepInputSchema>;

/** What a sweep is asked: stored with it (ranges written out as values) and sent back in its view. */
export const SweepRequestSchema = Type.Object(
  {
    kind: Type.Literal('sweep'),
    inputs: Type.Array(SweepInputSchema, { minItems: 1, maxItems: 2, description: 'One input, or two for a grid' }),
    measures: Type.Array(MeasureSchema, { minItems: 1, maxItems: 8, description: 'The results to read at each point' }),
  },
  { additionalProperties: false },
);
export type SweepRequestWire = Static<typeof SweepRequestSchema>;

export const DecisionRequestSchema = Type.Union([SolveRequestSchema, SweepRequestSchema]);
export type DecisionRequestWire = Static<typeof DecisionRequestSchema>;

/** A measure's value at one point: its standard error and the 90% band (P5–P95 across trials; for a probability, ±1.645 standard errors). */
export const MeasuredValueSchema = Type.Object({ value: Type.Number(), standardError: Type.Number(), band: Type.Array(Type.Number(), { minItems: 2, maxItems: 2 }) });

export const SolveResultSchema = Type.Object({
  kind: Type.Literal('solve'),
  lever: Type.Number({ description: "The lever's value: the smallest evaluated value at which the measure reaches the target" }),
  reached: MeasuredValueSchema,
  leverStandardError: Type.Union([Type.Number(), Type.Null()], {
    description: "Monte Carlo error of the lever's value: the measure's standard error there ÷ its slope in the lever; null when the slope is 0",
  }),
  slope: Type.Number(),
  increasing: Type.Boolean(),
  points: Type.Array(Type.Object({ lever: Type.Number(), value: Type.Number(), standardError: Type.Number() }), { description: 'Every run, in the order made' }),
  runs: Type.Integer(),
});
export type SolveResultWire = Static<typeof SolveResultSchema>;

export const SweepResultSchema = Type.Object({
  kind: Type.Literal('sweep'),
  points: Type.Array(Type.Object({ at: Type.Array(Type.Number()), measures: Type.Array(MeasuredValueSchema) }), {
    description: "Row order: the first input's values, each with every value of the second",
  }),
});
export type SweepResultWire = Static<typeof SweepResultSchema>;

/** Names and units of what a decision moves and reads, for sentences, charts and exports. */
export const DecisionLabelsSchema = Type.Object({
  inputs: Type.Array(Type.Object({ label: Type.String(), unit: Type.String({ description: '£m a year for extra funding; empty for a field, in its own unit' }) })),
  measures: Type.Array(
    Type.Object({
      label: Type.String({ description: 'The whole name: entity, result, year' }),
      entity: Type.String({ description: "The organisation's or system's name" }),
      quantity: Type.String({ description: 'The result in words: chance of meeting the control total after risk share; Variance after risk share, P10' }),
      year: Type.String({ description: 'The financial year: 2025/26' }),
      unit: Type.String(),
      format: Type.Union([Type.Literal('money'), Type.Literal('percent'), Type.Literal('count')], { description: 'How the UI writes it' }),
    }),
  ),
});
export type DecisionLabels = Static<typeof DecisionLabelsSchema>;

/** A `progress` event of GET /api/decisions/:id/events: trials done across the points, and the points. */
export const DecisionProgressSchema = Type.Intersect([RunProgressSchema, Type.Object({ points: Type.Object({ done: Type.Integer(), total: Type.Integer() }) })]);
export type DecisionProgress = Static<typeof DecisionProgressSchema>;

/** A decision as GET /api/decisions/:id describes it: status, progress, what was asked, and the answer once done. */
export const DecisionViewSchema = Type.Object({
  id: Type.String(),
  kind: DecisionKindSchema,
  status: RunStatusSchema,
  trials: Type.Integer({ description: 'Trials of each point' }),
  seed: Type.Integer(),
  scenarioId: Type.Optional(Type.String({ description: 'Absent when the document was sent inline (it is stored with the decision)' })),
  scenarioVersion: Type.Optional(Type.Integer()),
  scenarioName: Type.String(),
  engineVersion: Type.String(),
  schemaVersion: Type.Integer(),
  request: DecisionRequestSchema,
  labels: DecisionLabelsSchema,
  progress: Type.Object({
    done: Type.Integer({ description: 'Points run' }),
    total: Type.Integer({ description: 'Points a sweep runs; runs a solve plans (2 + ⌈log2(range ÷ tolerance)⌉, at most maxRuns)' }),
  }),
  result: Type.Optional(Type.Union([SolveResultSchema, SweepResultSchema], { description: 'Once done' })),
  createdAt: Timestamp,
  startedAt: Type.Optional(Timestamp),
  finishedAt: Type.Optional(Timestamp),
  error: Type.Optional(Type.String()),
  startedBy: Type.Optional(Type.String({ description: 'The signed-in user who started it (only when the server asks users to sign in)' })),
});
export type DecisionView = Static<typeof DecisionViewSchema>;
