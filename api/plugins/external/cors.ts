import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../config.ts';

/**
 * CORS, off unless CORS_ORIGINS names the origins allowed to call the API
 * from another site (the UI is served from the same origin and needs none).
 */
export default fp(
  async function corsPlugin(fastify: FastifyInstance, options: AppOptions) {
    if (options.corsOrigins.length === 0) return;
    await fastify.register(cors, { origin: [...options.corsOrigins], methods: ['GET', 'POST', 'PUT', 'DELETE'] });
  },
  { name: 'cors' },
);
