import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { validateScenario } from '../../../engine/index.ts';
import { errors, Issue, ScenarioDocument } from '../schemas.ts';

const validate: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.post(
    '/validate',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Check a scenario document without saving it (for live validation as the user types)',
        body: Type.Object({ document: ScenarioDocument }, { additionalProperties: false }),
        response: { 200: Type.Object({ ok: Type.Boolean(), issues: Type.Array(Issue) }), ...errors(400, 413) },
      },
    },
    async (request) => {
      const validation = validateScenario(request.body.document);
      return validation.ok ? { ok: true, issues: [] } : { ok: false, issues: validation.issues };
    },
  );
};

export default validate;
