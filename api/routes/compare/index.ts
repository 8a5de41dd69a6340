import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { compileModel, resolveRunSettings } from '../../../engine/index.ts';
import type { AppOptions } from '../../config.ts';
import { errors, Id } from '../schemas.ts';
import { RunView, ScenarioReferenceBody, ScenarioReferenceFields, Seed, toReference, Trials } from '../runs/schemas.ts';

/** What a comparison with a given baseline runs on when the request names no trials or seed. */
const CompareSettings = Type.Object(
  {
    trials: Type.Integer({ description: "Trials POST /api/compare uses when the body has none: the baseline's simulation.trials, else 1000 (may exceed maxTrials, and is then refused)" }),
    seed: Type.Integer({ description: "Seed POST /api/compare uses when the body has none: the baseline's simulation.seed, else 1" }),
    maxTrials: Type.Integer({ description: 'The most trials this server takes in body/trials (MAX_TRIALS); fewer may still be refused for their work or memory (422)' }),
    simulation: Type.Object(
      { trials: Type.Optional(Type.Integer()), seed: Type.Optional(Type.Integer()) },
      { description: "The baseline's own simulation.trials and simulation.seed, as written (absent when it sets none)" },
    ),
  },
  { additionalProperties: false },
);

const compare: FastifyPluginAsyncTypebox<AppOptions> = async (fastify, options) => {
  fastify.post(
    '/compare',
    {
      schema: {
        tags: ['runs'],
        summary: 'Compare two scenarios (or two versions of one) on common random numbers',
        description:
          'Starts a run of kind "compare": both scenarios run on the same seed and trials, so their difference is measured trial by trial. Follow it with the /api/runs/:id routes (events, cancel, results, exports). Trials and seed default to the baseline\'s simulation block (else 1000 and 1), as GET /api/compare/settings reports; the alternative\'s own are not used.',
        body: Type.Object(
          { baseline: ScenarioReferenceBody, alternative: ScenarioReferenceBody, trials: Type.Optional(Trials(options.maxTrials)), seed: Type.Optional(Seed) },
          // Runs as it is from /docs: the bed-cuts preset against the teaching one (both start in 2025/26).
          { additionalProperties: false, examples: [{ baseline: { scenarioId: 'preset-bed-cuts' }, alternative: { scenarioId: 'preset-teaching' }, trials: 200, seed: 1 }] },
        ),
        response: { 202: RunView, ...errors(400, 404, 413, 422, 503) },
      },
    },
    async (request, reply) => {
      const { baseline, alternative, trials, seed } = request.body;
      fastify.runs.checkCapacity();
      const baselineReference = toReference(baseline, 'body/baseline');
      const alternativeReference = toReference(alternative, 'body/alternative');
      const source = fastify.scenarios.resolve(baselineReference, 'baseline', 'body/baseline');
      const alternativeSource = fastify.scenarios.resolve(alternativeReference, 'alternative', 'body/alternative');
      const run = fastify.runs.submit({ kind: 'compare', source, alternative: alternativeSource, trials, seed, startedBy: request.user?.name });
      return reply.code(202).header('location', `/api/runs/${run.id}`).send(run);
    },
  );

  fastify.get(
    '/compare/settings',
    {
      schema: {
        tags: ['runs'],
        summary: 'The trials and seed a comparison with this baseline runs on by default',
        description:
          "What POST /api/compare uses when its body names no trials or seed (the baseline's simulation block, else 1000 and 1, as a run of the baseline), and the most trials this server takes, so a form can start from the same numbers.",
        querystring: Type.Object({ scenarioId: Id('The baseline: a saved or preset scenario'), version: ScenarioReferenceFields.version }, { additionalProperties: false }),
        response: { 200: CompareSettings, ...errors(400, 404) },
      },
    },
    async (request) => {
      const { scenarioId, version } = request.query;
      const source = fastify.scenarios.resolve({ scenarioId, version }, 'baseline', 'querystring');
      const simulation = source.document.simulation;
      const { trials, seed } = resolveRunSettings(compileModel(source.document));
      return {
        trials,
        seed,
        maxTrials: options.maxTrials,
        simulation: { trials: simulation?.trials, seed: simulation?.seed },
      };
    },
  );
};

export default compare;
