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
    path: Type.String({
      description:
        'Where the problem is: in the request (body, body/trials, params/id, querystring/format, headers/content-type; request for the request as a whole, url for an unknown route) or in a scenario (systems[0].organisations[2].cip.delivery; empty for the document itself)',
    }),
    message: Type.String(),
  },
  { additionalProperties: false },
);

export const ClientErrorResponse = Type.Object(
  {
    error: Type.String({ description: 'What is wrong, naming the field' }),
    issues: Type.Array(Issue, { minItems: 1, description: 'Every problem found: for an invalid scenario, each with its path in the scenario; otherwise one, naming the field (or body, or request)' }),
  },
  { additionalProperties: false, description: 'A request the server refused (every 4xx has this shape)' },
);

export const ServerErrorResponse = Type.Object(
  { error: Type.String({ description: 'That it happened; for a 500, the request id to find the details in the server log' }) },
  { additionalProperties: false, description: 'A server error' },
);

type ErrorSchemas<Codes extends number> = { [Code in Codes]: Code extends 500 | 501 | 502 | 503 | 504 ? typeof ServerErrorResponse : typeof ClientErrorResponse };

/** Error responses for the given status codes, plus 429 (rate limit) and 500 on every route: 4xx with issues, 5xx without. */
export function errors<const Codes extends readonly number[]>(...codes: Codes): ErrorSchemas<Codes[number] | 429 | 500> {
  return Object.fromEntries([...codes, 429, 500].map((code) => [code, code >= 500 ? ServerErrorResponse : ClientErrorResponse])) as ErrorSchemas<Codes[number] | 429 | 500>;
}

export const Timestamp = Type.String({ format: 'date-time', description: 'ISO 8601, UTC' });

export const Id = (description: string) => Type.String({ minLength: 1, maxLength: 100, description });

/** A response that is a file or a stream (sent as is, never serialised). */
export const Download = (description: string) => Type.Unsafe<Buffer | string | Readable>({ type: 'string', format: 'binary', description });
