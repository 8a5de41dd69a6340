import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../config.ts';
import { loadPresets } from '../../scenarios/presets.ts';
import { ScenarioService } from '../../scenarios/scenario-service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    scenarios: ScenarioService;
  }
}

/** Scenarios: the presets from the scenarios folder (read-only) and the saved ones. */
export default fp(
  async function scenarios(fastify: FastifyInstance, options: AppOptions) {
    const presets = loadPresets(options.presetsDir, (message) => fastify.log.warn(message));
    fastify.decorate('scenarios', new ScenarioService(fastify.scenarioStore, presets));
  },
  { name: 'scenarios', dependencies: ['database'] },
);
