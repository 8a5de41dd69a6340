import type { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';

/** Marks a schema node as a scenario document, for the OpenAPI transform (see plugins/external/swagger.ts). */
export const SCENARIO_DOCUMENT_MARK = 'x-scenario-document';

/**
 * A scenario document. Any JSON passes the route schema; the engine then
 * validates it and reports every problem at once (400 with `issues`).
 */
export const ScenarioDocument = Type.Unknown({
  description: 'A scenario document (components/schemas/Scenario); validated by the engine, which reports every problem at once',
  [SCENARIO_DOCUMENT_MARK]: true,
});

export const Issue = Type.Object(
  {
    path: Type.String({ description: 'Where in the scenario, e.g. systems[0].organisations[2].cip.delivery; empty for the document itself' }),
    message: Type.String(),
  },
  { additionalProperties: false },
);

export const ErrorResponse = Type.Object(
  {
    error: Type.String({ description: 'What is wrong, naming the field' }),
    issues: Type.Optional(Type.Array(Issue, { description: 'Every problem found, for an invalid scenario or request' })),
  },
  { additionalProperties: false, description: 'An error' },
);

/** Error responses for the given status codes, plus 429 (rate limit) and 500 on every route. */
export function errors<const Codes extends readonly number[]>(...codes: Codes): Record<Codes[number] | 429 | 500, typeof ErrorResponse> {
  return Object.fromEntries([...codes, 429, 500].map((code) => [code, ErrorResponse])) as Record<Codes[number] | 429 | 500, typeof ErrorResponse>;
}

export const Timestamp = Type.String({ format: 'date-time', description: 'ISO 8601, UTC' });

export const Id = (description: string) => Type.String({ minLength: 1, maxLength: 100, description });

/** A response that is a file or a stream (sent as is, never serialised). */
export const Download = (description: string) => Type.Unsafe<Buffer | string | Readable>({ type: 'string', format: 'binary', description });
