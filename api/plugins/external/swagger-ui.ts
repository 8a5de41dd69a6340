import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The OpenAPI documentation, browsable at /docs. */
export default fp(
  async function swaggerUiPlugin(fastify: FastifyInstance) {
    await fastify.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true }, staticCSP: true });
  },
  { name: 'swagger-ui', dependencies: ['swagger'] },
);
