import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ENGINE_VERSION, SCHEMA_VERSION } from '../../../engine/index.ts';
import { HealthSchema } from '../../wire/health.ts';
import { errors } from '../schemas.ts';

const health: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/health', { schema: { tags: ['health'], summary: 'Is the server up', response: { 200: HealthSchema, ...errors() } } }, async () => ({
    status: 'ok' as const,
    engineVersion: ENGINE_VERSION,
    schemaVersion: SCHEMA_VERSION,
    workers: fastify.workerPool.size,
    runs: fastify.runs.counts(),
  }));
};

export default health;
