// GET /api/health, as a TypeBox schema: the route validates and documents its
// response with it, and the UI takes the type from it (Static).
import { Type, type Static } from '@sinclair/typebox';

export const TrialsHealthSchema = Type.Union(
  [
    Type.Object({ kind: Type.Literal('threads') }, { description: "Trials run on this server's worker threads" }),
    Type.Object(
      {
        kind: Type.Literal('redis'),
        workers: Type.Integer({ description: 'Worker processes taking chunks from the queue' }),
      },
      { description: 'Trials run on worker processes through the Redis job queue (REDIS_URL)' },
    ),
  ],
  { description: 'Where trials run' },
);

export const HealthSchema = Type.Object({
  status: Type.Literal('ok'),
  engineVersion: Type.String(),
  schemaVersion: Type.Integer(),
  workers: Type.Integer({ description: 'Worker threads running trials' }),
  trials: TrialsHealthSchema,
  runs: Type.Object({ running: Type.Integer(), queued: Type.Integer() }),
});
export type Health = Static<typeof HealthSchema>;
