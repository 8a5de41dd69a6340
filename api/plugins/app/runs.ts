import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../config.ts';
import { RunExports } from '../../runs/run-exports.ts';
import { RunManager } from '../../runs/run-manager.ts';

declare module 'fastify' {
  interface FastifyInstance {
    runs: RunManager;
    runExports: RunExports;
  }
}

/**
 * Runs and comparisons on the worker pool. Before the server closes, it stops
 * taking runs, cancels queued ones and gives running ones the grace period
 * to finish (then cancels them), so every run ends in a recorded state and
 * every progress stream gets its final status.
 */
export default fp(
  async function runs(fastify: FastifyInstance, options: AppOptions) {
    const manager = new RunManager(fastify.runStore, fastify.workerPool, options, fastify.log, fastify.trialRunner);
    fastify.decorate('runs', manager);
    fastify.decorate('runExports', new RunExports(fastify.runStore));
    fastify.addHook('preClose', async () => {
      await manager.shutdown(options.shutdownGraceMs);
    });
  },
  { name: 'runs', dependencies: ['database', 'worker-pool'] },
);
