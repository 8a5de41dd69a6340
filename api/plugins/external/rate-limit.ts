import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../../api-error.ts';
import type { AppOptions } from '../../config.ts';

/** Requests per client address per window (RATE_LIMIT_MAX per RATE_LIMIT_WINDOW_MS); 429 with Retry-After beyond. */
export default fp(
  async function rateLimitPlugin(fastify: FastifyInstance, options: AppOptions) {
    await fastify.register(rateLimit, {
      global: true,
      max: options.rateLimitMax,
      timeWindow: options.rateLimitWindowMs,
      errorResponseBuilder: (_request, context) =>
        ApiError.at(context.statusCode, 'request', `too many requests: the limit is ${context.max} requests per ${options.rateLimitWindowMs / 1000} s; retry in ${context.after}`),
    });
  },
  { name: 'rate-limit' },
);
