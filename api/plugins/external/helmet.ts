import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Security headers on every response (helmet): a Content-Security-Policy
 * the built UI keeps to (its scripts, styles, worker and data all come from
 * this origin; chart.js draws on canvas; inline styles are allowed because
 * Svelte and the "not built" page set style attributes), no framing by
 * other sites, nosniff, and no referrer beyond this origin. The policy does
 * not upgrade requests to https: the server is usually reached over plain
 * http on localhost or a team's network.
 */
export default fp(
  async function helmetPlugin(fastify: FastifyInstance) {
    await fastify.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          baseUri: ["'self'"],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          imgSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          scriptSrc: ["'self'"],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          workerSrc: ["'self'"],
        },
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
      // Only meaningful over https, where a team's proxy sets its own.
      strictTransportSecurity: false,
    });
  },
  { name: 'helmet' },
);
