import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../config.ts';
import { errors } from '../schemas.ts';
import { RunView, ScenarioReferenceBody, Seed, toReference, Trials } from '../runs/schemas.ts';

const compare: FastifyPluginAsyncTypebox<AppOptions> = async (fastify, options) => {
  fastify.post(
    '/compare',
    {
      schema: {
        tags: ['runs'],
        summary: 'Compare two scenarios (or two versions of one) on common random numbers',
        description:
          'Starts a run of kind "compare": both scenarios run on the same seed and trials, so their difference is measured trial by trial. Follow it with the /api/runs/:id routes (events, cancel, results, exports). Trials and seed default to the baseline\'s.',
        body: Type.Object(
          { baseline: ScenarioReferenceBody, alternative: ScenarioReferenceBody, trials: Type.Optional(Trials(options.maxTrials)), seed: Type.Optional(Seed) },
          { additionalProperties: false },
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
      const run = fastify.runs.submit({ kind: 'compare', source, alternative: alternativeSource, trials, seed });
      return reply.code(202).header('location', `/api/runs/${run.id}`).send(run);
    },
  );
};

export default compare;
