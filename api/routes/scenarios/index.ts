import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MAX_SCENARIO_TEXT } from '../../../engine/index.ts';
import { RealAreaSchema, ScenarioDetailSchema, ScenarioSummarySchema, ScenarioVersionDetailSchema, ScenarioVersionSummarySchema } from '../../wire/scenarios.ts';
import { Download, errors, Id, ScenarioDocument } from '../schemas.ts';
import { ApiError } from '../../api-error.ts';
import { generatePlaceScenario, UnknownIcbError } from '../../scenarios/real-places/generate-scenario.ts';
import { loadReferenceData } from '../../scenarios/real-places/load-reference-data.ts';

const IdParams = Type.Object({ id: Id('Scenario id') });
const VersionNumber = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const Format = Type.Union([Type.Literal('yaml'), Type.Literal('json')]);
const Name = Type.String({ minLength: 1, maxLength: 200 });

const scenarios: FastifyPluginAsyncTypebox = async (fastify) => {
  const reference = loadReferenceData();

  fastify.get(
    '/real-areas',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'The 42 ICBs a scenario can be generated for (scenarios/reference/)',
        response: { 200: Type.Object({ areas: Type.Array(RealAreaSchema) }) },
      },
    },
    async () => ({
      areas: reference.icbs.map((icb) => ({
        code: icb.code,
        name: icb.name,
        population: icb.population,
        allocation: icb.allocation,
        acuteTrusts: reference.trusts.filter((trust) => trust.icbCode === icb.code).length,
      })),
    }),
  );

  fastify.post(
    '/real-areas',
    {
      schema: {
        tags: ['scenarios'],
        summary:
          "Generate a scenario for one real ICB from the reference data and save it as a new scenario (as npm run scenario -- --icb does); takes a second or more while each trust's ward is calibrated",
        body: Type.Object({ icb: Type.String({ pattern: '^E54[0-9]{6}$', description: 'ONS code of the ICB, e.g. E54000041' }) }, { additionalProperties: false, examples: [{ icb: 'E54000010' }] }),
        response: { 201: ScenarioDetailSchema, ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      let text: string;
      try {
        text = generatePlaceScenario(reference, { icb: request.body.icb });
      } catch (error) {
        if (error instanceof UnknownIcbError) throw ApiError.at(404, 'body/icb', error.message);
        throw error;
      }
      return reply.code(201).send(await fastify.scenarios.import(text, 'yaml', request.user?.name));
    },
  );

  fastify.get(
    '/',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'List presets (read-only) and saved scenarios',
        querystring: Type.Object(
          { search: Type.Optional(Type.String({ maxLength: 200, description: 'Words that must each appear in the name, the description or (presets) who it is for; any case' })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ scenarios: Type.Array(ScenarioSummarySchema) }), ...errors(400) },
      },
    },
    async (request) => ({ scenarios: fastify.scenarios.list(request.query.search) }),
  );

  fastify.post(
    '/',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Save a new scenario (version 1); an invalid document is not saved',
        body: Type.Object({ document: ScenarioDocument }, { additionalProperties: false }),
        response: { 201: ScenarioDetailSchema, ...errors(400, 413) },
      },
    },
    async (request, reply) => reply.code(201).send(fastify.scenarios.create(request.body.document, 'body/document', request.user?.name)),
  );

  fastify.post(
    '/import',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Save uploaded YAML or JSON text as a new scenario',
        body: Type.Object(
          {
            text: Type.String({ maxLength: MAX_SCENARIO_TEXT, description: 'The file as text' }),
            format: Type.Optional(Format),
          },
          { additionalProperties: false },
        ),
        response: { 201: ScenarioDetailSchema, ...errors(400, 413) },
      },
    },
    async (request, reply) => reply.code(201).send(await fastify.scenarios.import(request.body.text, request.body.format, request.user?.name)),
  );

  fastify.get(
    '/:id',
    {
      schema: { tags: ['scenarios'], summary: 'A scenario and its latest document', params: IdParams, response: { 200: ScenarioDetailSchema, ...errors(400, 404) } },
    },
    async (request) => fastify.scenarios.get(request.params.id),
  );

  fastify.put(
    '/:id',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Save a new version; with expectedVersion, refuse (409) if someone saved since',
        params: IdParams,
        body: Type.Object({ document: ScenarioDocument, expectedVersion: Type.Optional(VersionNumber) }, { additionalProperties: false }),
        response: { 200: ScenarioDetailSchema, ...errors(400, 403, 404, 409, 413) },
      },
    },
    async (request) => fastify.scenarios.update(request.params.id, request.body.document, request.body.expectedVersion, request.user?.name),
  );

  fastify.delete(
    '/:id',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Delete a saved scenario and its versions (runs keep their own copy)',
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...errors(400, 403, 404) },
      },
    },
    async (request, reply) => {
      fastify.scenarios.delete(request.params.id);
      return reply.code(204).send(null);
    },
  );

  fastify.get(
    '/:id/versions',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Every version, newest first',
        params: IdParams,
        response: { 200: Type.Object({ versions: Type.Array(ScenarioVersionSummarySchema) }), ...errors(400, 404) },
      },
    },
    async (request) => ({ versions: fastify.scenarios.versions(request.params.id) }),
  );

  fastify.get(
    '/:id/versions/:version',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'One version and its document',
        params: Type.Object({ id: Id('Scenario id'), version: VersionNumber }),
        response: { 200: ScenarioVersionDetailSchema, ...errors(400, 404) },
      },
    },
    async (request) => fastify.scenarios.version(request.params.id, request.params.version),
  );

  fastify.post(
    '/:id/duplicate',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Save a copy of the latest version as a new scenario (works on presets)',
        params: IdParams,
        body: Type.Optional(Type.Object({ name: Type.Optional(Name) }, { additionalProperties: false, examples: [{ name: 'My copy' }] })),
        response: { 201: ScenarioDetailSchema, ...errors(400, 404) },
      },
      // The body is optional: no body means "the default name".
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request, reply) => reply.code(201).send(fastify.scenarios.duplicate(request.params.id, request.body?.name, request.user?.name)),
  );

  fastify.get(
    '/:id/export',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Download a version (the latest unless given) as YAML or JSON',
        params: IdParams,
        querystring: Type.Object({ format: Type.Optional(Format), version: Type.Optional(VersionNumber) }, { additionalProperties: false }),
        response: { 200: Download('The document as a file (Content-Disposition: attachment)'), ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const format = request.query.format ?? 'yaml';
      const { fileName, text } = fastify.scenarios.export(request.params.id, format, request.query.version);
      return reply
        .type(format === 'json' ? 'application/json; charset=utf-8' : 'application/yaml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(Buffer.from(text, 'utf8'));
    },
  );
};

export default scenarios;
