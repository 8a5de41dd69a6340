import { Type, type Static } from '@sinclair/typebox';
import { ApiError } from '../../api-error.ts';
import type { ScenarioReference } from '../../scenarios/scenario-service.ts';
import { RunKindSchema } from '../../wire/runs.ts';
import { Id, ScenarioDocument } from '../schemas.ts';

/** The run view: declared once in api/wire/runs.ts, with its type. */
export { RunViewSchema as RunView } from '../../wire/runs.ts';

const RunInputSide = Type.Object({
  scenarioId: Type.Optional(Type.String()),
  scenarioVersion: Type.Optional(Type.Integer()),
  scenarioName: Type.String(),
  document: ScenarioDocument,
});

export const RunInputs = Type.Object({
  id: Type.String(),
  kind: RunKindSchema,
  seed: Type.Integer(),
  trials: Type.Integer(),
  engineVersion: Type.String(),
  schemaVersion: Type.Integer(),
  scenario: RunInputSide,
  alternative: Type.Optional(RunInputSide),
});

export type RunInputsView = Static<typeof RunInputs>;

export const RunIdParams = Type.Object({ id: Id('Run id') });

export const Trials = (maxTrials: number) => Type.Integer({ minimum: 1, maximum: maxTrials, description: `Trials (default: the scenario's simulation.trials, else 1000; at most ${maxTrials})` });
export const Seed = Type.Integer({ minimum: 0, maximum: 4_294_967_295, description: "Master seed (default: the scenario's simulation.seed, else 1)" });

/** A saved scenario (latest version unless `version`) or an inline document: exactly one of scenarioId and document. */
export const ScenarioReferenceFields = {
  scenarioId: Type.Optional(Id('A saved or preset scenario')),
  version: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'Version of scenarioId (default: the latest)' })),
  document: Type.Optional(ScenarioDocument),
};

export const ScenarioReferenceBody = Type.Object(ScenarioReferenceFields, { additionalProperties: false, description: 'Either scenarioId (and version) or document' });

/**
 * Checks that exactly one of scenarioId and document is given.
 * @throws ApiError 400 naming the fields
 */
export function toReference(fields: { scenarioId?: string; version?: number; document?: unknown }, where: string): ScenarioReference {
  const hasDocument = fields.document !== undefined;
  if (fields.scenarioId !== undefined && hasDocument) throw ApiError.at(400, where, `${where} must have either scenarioId or document, not both`);
  if (hasDocument) {
    if (fields.version !== undefined) throw ApiError.at(400, `${where}/version`, `${where}/version goes with scenarioId, not with document`);
    return { document: fields.document };
  }
  if (fields.scenarioId === undefined) throw ApiError.at(400, where, `${where} must have scenarioId (a saved scenario) or document (a scenario sent inline)`);
  return { scenarioId: fields.scenarioId, version: fields.version };
}
