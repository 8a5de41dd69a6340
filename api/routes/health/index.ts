import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ENGINE_VERSION, SCHEMA_VERSION } from '../../../engine/index.ts';
import { errors } from '../schemas.ts';

const Health = Type.Object({
  status: Type.Literal('ok'),
  engineVersion: Type.String(),
  schemaVersion: Type.Integer(),
  workers: Type.Integer({ description: 'Worker threads running trials' }),
  runs: Type.Object({ running: Type.Integer(), queued: Type.Integer() }),
});

const health: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/health', { schema: { tags: ['health'], summary: 'Is the server up', response: { 200: Health, ...errors() } } }, async () => ({
    status: 'ok' as const,
    engineVersion: ENGINE_VERSION,
    schemaVersion: SCHEMA_VERSION,
    workers: fastify.workerPool.size,
    runs: fastify.runs.counts(),
  }));
};

export default health;
