import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../config.ts';
import { DecisionManager } from '../../decisions/decision-manager.ts';
import { DecisionStore } from '../../store/decision-store.ts';

declare module 'fastify' {
  interface FastifyInstance {
    decisions: DecisionManager;
  }
}

/**
 * Solves and sweeps, queued with runs (one queue, one worker pool; the runs
 * plugin's shutdown stops them too). Decisions a previous server left queued
 * or running are marked interrupted: nothing is executing them any more.
 */
export default fp(
  async function decisions(fastify: FastifyInstance, options: AppOptions) {
    const store = new DecisionStore(fastify.db);
    const interrupted = store.interruptUnfinished(new Date().toISOString());
    if (interrupted > 0) fastify.log.warn({ interrupted }, 'decisions left unfinished by the last server were marked interrupted');
    fastify.decorate('decisions', new DecisionManager(store, fastify.runs.queue, fastify.trialRunner, options));
  },
  { name: 'decisions', dependencies: ['database', 'worker-pool', 'runs'] },
);
