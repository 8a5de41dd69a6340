import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../../api-error.ts';
import type { AppOptions } from '../../config.ts';

const HEALTH_PATH = '/api/health';

/**
 * Requests per client address per window (RATE_LIMIT_MAX per
 * RATE_LIMIT_WINDOW_MS), each client counted on its own; 429 with
 * Retry-After beyond. /api/health is never limited, so a monitor keeps its
 * answer while a client floods the server.
 */
export default fp(
  async function rateLimitPlugin(fastify: FastifyInstance, options: AppOptions) {
    await fastify.register(rateLimit, {
      global: true,
      max: options.rateLimitMax,
      timeWindow: options.rateLimitWindowMs,
      keyGenerator: (request) => request.ip,
      allowList: (request) => request.url.split('?')[0] === HEALTH_PATH,
      errorResponseBuilder: (_request, context) =>
        ApiError.at(context.statusCode, 'request', `too many requests: the limit is ${context.max} requests per ${options.rateLimitWindowMs / 1000} s; retry in ${context.after}`),
    });
  },
  { name: 'rate-limit' },
);
