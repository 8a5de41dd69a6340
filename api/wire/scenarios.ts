// What the API says about scenarios, as TypeBox schemas: the routes validate
// and document their responses with them, and the server and the UI take
// their types from them (Static), so a field is declared once.
import { Type, type Static } from '@sinclair/typebox';
import type { Scenario } from '../../engine/index.ts';
import { SCENARIO_DOCUMENT_MARK, Timestamp } from '../routes/schemas.ts';

/** A scenario document the server sends: one the engine has validated (components/schemas/Scenario). */
const ValidScenarioDocument = Type.Unsafe<Scenario>({
  description: 'A scenario document (components/schemas/Scenario), valid when it was saved',
  [SCENARIO_DOCUMENT_MARK]: true,
});

/** A scenario as listed: saved ones are editable, presets read-only at version 1. */
export const ScenarioSummarySchema = Type.Object({
  id: Type.String({ description: 'Presets: preset-<file name>' }),
  name: Type.String(),
  description: Type.String(),
  audience: Type.Optional(Type.String({ description: 'Presets: who it is for' })),
  readOnly: Type.Boolean({ description: 'True for presets: duplicate one to change it' }),
  latestVersion: Type.Integer({ minimum: 1 }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ScenarioSummary = Static<typeof ScenarioSummarySchema>;

/** A scenario with its latest document. */
export const ScenarioDetailSchema = Type.Composite([
  ScenarioSummarySchema,
  Type.Object({
    version: Type.Integer({ minimum: 1, description: 'The version of `document` (the latest)' }),
    document: ValidScenarioDocument,
    savedBy: Type.Optional(Type.String({ description: 'The signed-in user who saved it (only when the server asks users to sign in)' })),
  }),
]);
export type ScenarioDetail = Static<typeof ScenarioDetailSchema>;

/** One version of a scenario, as listed. */
export const ScenarioVersionSummarySchema = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  name: Type.String(),
  createdAt: Timestamp,
  savedBy: Type.Optional(Type.String({ description: 'The signed-in user who saved it (only when the server asks users to sign in)' })),
});
export type ScenarioVersionSummary = Static<typeof ScenarioVersionSummarySchema>;

/** One version of a scenario with its document. */
export const ScenarioVersionDetailSchema = Type.Object({
  id: Type.String(),
  version: Type.Integer({ minimum: 1 }),
  name: Type.String(),
  document: ValidScenarioDocument,
  createdAt: Timestamp,
  savedBy: Type.Optional(Type.String({ description: 'The signed-in user who saved it (only when the server asks users to sign in)' })),
});
export type ScenarioVersionDetail = Static<typeof ScenarioVersionDetailSchema>;

/** An ICB a scenario can be generated for (GET /api/scenarios/real-areas). */
export const RealAreaSchema = Type.Object({
  code: Type.String({ description: 'ONS code of the ICB' }),
  name: Type.String(),
  population: Type.Integer({ description: 'GP-registered population, 2024/25' }),
  allocation: Type.Number({ description: '2024/25 allocation, £m' }),
  acuteTrusts: Type.Integer({ description: 'Acute trusts with their beds in the reference data' }),
});
export type RealArea = Static<typeof RealAreaSchema>;
