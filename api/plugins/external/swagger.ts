import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ENGINE_VERSION, ScenarioSchema } from '../../../engine/index.ts';
import { SCENARIO_DOCUMENT_MARK } from '../../routes/schemas.ts';

/**
 * The OpenAPI description, built from the routes' TypeBox schemas. Scenario
 * documents are validated by the engine (every problem at once, with good
 * messages), not by the route schema, so the routes accept any JSON there and
 * this transform points the documentation at the engine's published schema.
 */
export default fp(
  async function swaggerPlugin(fastify: FastifyInstance) {
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'ICS money and beds API',
          description:
            'Scenarios (saved with versions, plus read-only presets), Monte Carlo runs on a worker pool with progress by server-sent events, comparisons on common random numbers, and exports. Money is in £ million.',
          version: ENGINE_VERSION,
        },
        tags: [
          { name: 'health', description: 'Is the server up' },
          { name: 'scenarios', description: 'Saved and preset scenarios, versions, import and export' },
          { name: 'runs', description: 'Runs and comparisons: start, follow, cancel, results, exports' },
          { name: 'session', description: 'Signing in and out on a server with SIGN_IN=on; a cookie session, and the CSRF token to send as X-CSRF-Token' },
        ],
        components: { schemas: { Scenario: ScenarioSchema as unknown as Record<string, unknown> } },
      },
      transformObject: (documentation) => {
        const openapi = 'openapiObject' in documentation ? documentation.openapiObject : documentation.swaggerObject;
        return pointAtScenarioSchema(openapi) as typeof openapi;
      },
    });
  },
  { name: 'swagger' },
);

/** Replaces every schema node marked as a scenario document with a reference to the Scenario component. */
function pointAtScenarioSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(pointAtScenarioSchema);
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  if (record[SCENARIO_DOCUMENT_MARK]) return { $ref: '#/components/schemas/Scenario' };
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, pointAtScenarioSchema(value)]));
}
