import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../config.ts';
import { WorkerPool } from '../../workers/worker-pool.ts';

declare module 'fastify' {
  interface FastifyInstance {
    workerPool: WorkerPool;
  }
}

/** The worker threads that run trials; stopped when the app closes. */
export default fp(
  async function workerPool(fastify: FastifyInstance, options: AppOptions) {
    const pool = new WorkerPool({ size: options.workers, log: fastify.log });
    fastify.decorate('workerPool', pool);
    fastify.addHook('onClose', async () => {
      await pool.close();
    });
  },
  { name: 'worker-pool' },
);
