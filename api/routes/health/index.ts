import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ENGINE_VERSION, SCHEMA_VERSION } from '../../../engine/index.ts';
import { HealthSchema } from '../../wire/health.ts';
import { errors } from '../schemas.ts';

const health: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Is the server up (and, with REDIS_URL, its job queue): 503 saying why when Redis does not answer',
        response: { 200: HealthSchema, ...errors(503) },
      },
    },
    async (_request, reply) => {
      const health = await fastify.trialsHealth();
      if (health.kind === 'redis' && health.status === 'unreachable') return reply.code(503).send({ error: health.error });
      const trials = health.kind === 'redis' ? { kind: health.kind, workers: health.workers } : health;
      return reply.send({
        status: 'ok' as const,
        engineVersion: ENGINE_VERSION,
        schemaVersion: SCHEMA_VERSION,
        workers: fastify.workerPool.size,
        trials,
        runs: fastify.runs.counts(),
      });
    },
  );
};

export default health;
