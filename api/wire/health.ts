// GET /api/health, as a TypeBox schema: the route validates and documents its
// response with it, and the UI takes the type from it (Static).
import { Type, type Static } from '@sinclair/typebox';

export const HealthSchema = Type.Object({
  status: Type.Literal('ok'),
  engineVersion: Type.String(),
  schemaVersion: Type.Integer(),
  workers: Type.Integer({ description: 'Worker threads running trials' }),
  runs: Type.Object({ running: Type.Integer(), queued: Type.Integer() }),
});
export type Health = Static<typeof HealthSchema>;
