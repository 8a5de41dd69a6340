import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../config.ts';
import type { QueueHealth } from '../../queue/remote-trial-runner.ts';
import type { TrialRunner } from '../../workers/trial-runner.ts';
import { WorkerPool } from '../../workers/worker-pool.ts';

/** Where trials run, as /api/health reports it. */
export type TrialsHealth = { readonly kind: 'threads' } | QueueHealth;

declare module 'fastify' {
  interface FastifyInstance {
    workerPool: WorkerPool;
    /** Runs chunks of trials: the pool, or with REDIS_URL the job queue's worker processes. */
    trialRunner: TrialRunner;
    trialsHealth: () => Promise<TrialsHealth>;
  }
}

/**
 * The worker threads that run trials and summarise runs; with `redisUrl`,
 * the job queue too, whose worker processes then run the trials (the threads
 * only summarise). Connecting to Redis fails the start, within seconds, when
 * it does not answer. Both stopped when the app closes.
 */
export default fp(
  async function workerPool(fastify: FastifyInstance, options: AppOptions) {
    // Loaded only when asked for: the embedded default needs nothing of the queue's packages.
    const remote = options.redisUrl ? await (await import('../../queue/remote-trial-runner.ts')).RemoteTrialRunner.connect(options.redisUrl, fastify.log) : undefined;
    const pool = new WorkerPool({ size: options.workers, log: fastify.log });
    fastify.decorate('workerPool', pool);
    const trialRunner: TrialRunner = remote ?? pool;
    fastify.decorate('trialRunner', trialRunner);
    fastify.decorate('trialsHealth', async (): Promise<TrialsHealth> => (remote ? remote.health() : { kind: 'threads' }));
    fastify.addHook('onClose', async () => {
      await remote?.close();
      await pool.close();
    });
  },
  { name: 'worker-pool' },
);
