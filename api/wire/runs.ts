// What the API says about runs, as TypeBox schemas: the routes validate and
// document their responses with them, and the server, the UI and the tests
// take their types from them (Static), so a field is declared once.
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../routes/schemas.ts';

export const RunKindSchema = Type.Union([Type.Literal('run'), Type.Literal('compare')]);
export type RunKind = Static<typeof RunKindSchema>;

export const RunStatusSchema = Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('done'), Type.Literal('failed'), Type.Literal('cancelled'), Type.Literal('interrupted')]);
export type RunStatus = Static<typeof RunStatusSchema>;

/** One side of a comparison as the run's record names it; no id for a document sent inline. */
export const RunSideSchema = Type.Object(
  { scenarioId: Type.Optional(Type.String()), scenarioVersion: Type.Optional(Type.Integer()), scenarioName: Type.String() },
  { description: 'Comparisons: the scenario compared with the baseline (scenarioId, scenarioVersion, scenarioName)' },
);
export type RunSide = Static<typeof RunSideSchema>;

/** A run as GET /api/runs/:id describes it: status, progress and provenance. */
export const RunViewSchema = Type.Object({
  id: Type.String(),
  kind: RunKindSchema,
  status: RunStatusSchema,
  trials: Type.Integer(),
  seed: Type.Integer(),
  scenarioId: Type.Optional(Type.String({ description: 'Absent when the document was sent inline (it is stored with the run)' })),
  scenarioVersion: Type.Optional(Type.Integer()),
  scenarioName: Type.String(),
  alternative: Type.Optional(RunSideSchema),
  engineVersion: Type.String({ description: 'The engine that produced (or will produce) the results' }),
  schemaVersion: Type.Integer(),
  progress: Type.Object({ done: Type.Integer(), total: Type.Integer() }),
  createdAt: Timestamp,
  startedAt: Type.Optional(Timestamp),
  finishedAt: Type.Optional(Timestamp),
  error: Type.Optional(Type.String()),
  startedBy: Type.Optional(Type.String({ description: 'The signed-in user who started it (only when the server asks users to sign in)' })),
});
export type RunView = Static<typeof RunViewSchema>;

/** A `progress` event of GET /api/runs/:id/events; `etaMs` is null until there is a rate to go by. */
export const RunProgressSchema = Type.Object({ done: Type.Integer(), total: Type.Integer(), elapsedMs: Type.Number(), etaMs: Type.Union([Type.Number(), Type.Null()]) });
export type RunProgress = Static<typeof RunProgressSchema>;

/** The `status` event that ends GET /api/runs/:id/events. */
export const RunFinalStatusSchema = Type.Object({ status: RunStatusSchema, error: Type.Optional(Type.String()) });
export type RunFinalStatus = Static<typeof RunFinalStatusSchema>;
