import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The OpenAPI documentation, browsable at /docs. */
export default fp(
  async function swaggerUiPlugin(fastify: FastifyInstance) {
    await fastify.register(swaggerUi, {
      routePrefix: '/docs',
      uiConfig: { docExpansion: 'list', deepLinking: true },
      staticCSP: true,
      // Swagger UI sets style attributes from its script; its default CSP (style-src 'self' https:) blocks them
      // and the page logs an error. Inline styles only, as the app's own CSP allows; scripts stay 'self'.
      transformStaticCSP: (header) => header.replace("style-src 'self' https:", "style-src 'self' 'unsafe-inline'"),
    });
  },
  { name: 'swagger-ui', dependencies: ['swagger'] },
);
