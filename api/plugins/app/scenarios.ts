import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../config.ts';
import { loadPresets } from '../../scenarios/presets.ts';
import { ScenarioService } from '../../scenarios/scenario-service.ts';
import { ScenarioTextReader } from '../../scenarios/text-reader.ts';

declare module 'fastify' {
  interface FastifyInstance {
    scenarios: ScenarioService;
  }
}

/** Scenarios: the presets from the scenarios folder (read-only) and the saved ones; uploaded text is read in a worker thread. */
export default fp(
  async function scenarios(fastify: FastifyInstance, options: AppOptions) {
    const presets = loadPresets(options.presetsDir, (message) => fastify.log.warn(message));
    const textReader = new ScenarioTextReader(options.textReadTimeoutMs);
    fastify.addHook('onReady', async () => textReader.start());
    fastify.addHook('onClose', async () => textReader.close());
    fastify.decorate('scenarios', new ScenarioService(fastify.scenarioStore, presets, textReader));
  },
  { name: 'scenarios', dependencies: ['database'] },
);
