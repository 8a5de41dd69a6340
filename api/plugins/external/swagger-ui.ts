import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Colours Swagger UI's own stylesheet draws below WCAG AA contrast, made
 * darker: the method badges (white on light blue, green, orange, red), the
 * version stamps and the specification link.
 */
const ACCESSIBLE_CSS = `
.swagger-ui .opblock-summary-method { color: #ffffff !important; text-shadow: none !important; }
.swagger-ui .opblock-get .opblock-summary-method { background: #005a8c !important; }
.swagger-ui .opblock-post .opblock-summary-method { background: #1d6b3a !important; }
.swagger-ui .opblock-put .opblock-summary-method { background: #8a4b00 !important; }
.swagger-ui .opblock-delete .opblock-summary-method { background: #a1260d !important; }
.swagger-ui .opblock-patch .opblock-summary-method { background: #176b66 !important; }
.swagger-ui .info .title small pre, .swagger-ui .info .title small, .swagger-ui .version-stamp, .swagger-ui .version-stamp pre { background: #3b4151 !important; color: #ffffff !important; }
.swagger-ui .info a, .swagger-ui .info .url, .swagger-ui .info .link { color: #005a8c !important; }
`;

/** The OpenAPI documentation, browsable at /docs. */
export default fp(
  async function swaggerUiPlugin(fastify: FastifyInstance) {
    await fastify.register(swaggerUi, {
      routePrefix: '/docs',
      // The base layout has no top bar (its logo has no text alternative and its address box no label), and without deep
      // links no link sits inside an operation's toggle button (a control inside a control): both axe-core findings.
      uiConfig: { docExpansion: 'list', deepLinking: false, layout: 'BaseLayout' },
      theme: { title: 'ICS money and beds: API', css: [{ filename: 'accessible.css', content: ACCESSIBLE_CSS }] },
      staticCSP: true,
      // Swagger UI sets style attributes from its script; its default CSP (style-src 'self' https:) blocks them
      // and the page logs an error. Inline styles only, as the app's own CSP allows; scripts stay 'self'.
      transformStaticCSP: (header) => header.replace("style-src 'self' https:", "style-src 'self' 'unsafe-inline'"),
    });
  },
  { name: 'swagger-ui', dependencies: ['swagger'] },
);
