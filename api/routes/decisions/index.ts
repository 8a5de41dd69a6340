import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { AppOptions } from '../../config.ts';
import { decisionCsv, decisionXlsx } from '../../decisions/decision-exports.ts';
import type { DecisionRecord } from '../../store/decision-store.ts';
import { DecisionViewSchema, MeasureSchema, SolveLeverSchema, SolveRequestSchema, SolveTargetSchema, SweepInputSchema, DecisionRequestSchema } from '../../wire/decisions.ts';
import { sendEvents } from '../runs/index.ts';
import { ScenarioReferenceFields, Seed, toReference, Trials } from '../runs/schemas.ts';
import { Download, errors, Id, ScenarioDocument } from '../schemas.ts';

const DecisionIdParams = Type.Object({ id: Id('Decision id') });

const DecisionInputs = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('solve'), Type.Literal('sweep')]),
  seed: Type.Integer(),
  trials: Type.Integer(),
  engineVersion: Type.String(),
  schemaVersion: Type.Integer(),
  scenario: Type.Object({ scenarioId: Type.Optional(Type.String()), scenarioVersion: Type.Optional(Type.Integer()), scenarioName: Type.String(), document: ScenarioDocument }),
  request: DecisionRequestSchema,
});

const decisions: FastifyPluginAsyncTypebox<AppOptions> = async (fastify, options) => {
  const settings = { trials: Type.Optional(Trials(options.maxTrials)), seed: Type.Optional(Seed) };

  fastify.post(
    '/solve',
    {
      schema: {
        tags: ['decisions'],
        summary: 'Find the value of one input at which a result reaches a target (every candidate on the same trials)',
        description:
          "Bisection between lever.low and lever.high on common random numbers. The answer states the lever's Monte Carlo error. 400 names the field when the lever, the measure or the target does not fit the scenario; 422 when the work of every planned run is over the run limits.",
        body: Type.Object(
          {
            ...ScenarioReferenceFields,
            lever: SolveLeverSchema,
            target: SolveTargetSchema,
            tolerance: SolveRequestSchema.properties.tolerance,
            maxRuns: SolveRequestSchema.properties.maxRuns,
            ...settings,
          },
          { additionalProperties: false },
        ),
        response: { 202: DecisionViewSchema, ...errors(400, 404, 413, 422, 503) },
      },
    },
    async (request, reply) => {
      const { trials, seed, scenarioId, version, document, ...asked } = request.body;
      fastify.decisions.checkCapacity();
      const source = fastify.scenarios.resolve(toReference({ scenarioId, version, document }, 'body'), undefined, 'body');
      const decision = fastify.decisions.submit({ source, request: { kind: 'solve', ...asked }, trials, seed, startedBy: request.user?.name });
      return reply.code(202).header('location', `/api/decisions/${decision.id}`).send(decision);
    },
  );

  fastify.post(
    '/sweep',
    {
      schema: {
        tags: ['decisions'],
        summary: 'Run one input, or two as a grid, over values and read results at every point (every point on the same trials)',
        description:
          'Each input gives values, or a range (low, high, steps). 400 names the field when an input or a measure does not fit the scenario; 422 when the work of every point is over the run limits.',
        body: Type.Object(
          {
            ...ScenarioReferenceFields,
            inputs: Type.Array(SweepInputSchema, { minItems: 1, maxItems: 2, description: 'One input, or two for a grid' }),
            measures: Type.Array(MeasureSchema, { minItems: 1, maxItems: 8, description: 'The results to read at each point' }),
            ...settings,
          },
          { additionalProperties: false },
        ),
        response: { 202: DecisionViewSchema, ...errors(400, 404, 413, 422, 503) },
      },
    },
    async (request, reply) => {
      const { trials, seed, scenarioId, version, document, ...asked } = request.body;
      fastify.decisions.checkCapacity();
      const source = fastify.scenarios.resolve(toReference({ scenarioId, version, document }, 'body'), undefined, 'body');
      const decision = fastify.decisions.submit({ source, request: { kind: 'sweep', ...asked }, trials, seed, startedBy: request.user?.name });
      return reply.code(202).header('location', `/api/decisions/${decision.id}`).send(decision);
    },
  );

  fastify.get(
    '/',
    {
      schema: {
        tags: ['decisions'],
        summary: 'Solves and sweeps, newest first',
        querystring: Type.Object(
          { scenarioId: Type.Optional(Id('Only decisions on this scenario')), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ decisions: Type.Array(DecisionViewSchema) }), ...errors(400) },
      },
    },
    async (request) => ({ decisions: fastify.decisions.list({ scenarioId: request.query.scenarioId, limit: request.query.limit ?? 100 }) }),
  );

  fastify.get(
    '/:id',
    {
      schema: {
        tags: ['decisions'],
        summary: 'A decision: status, progress, what was asked and, once done, the answer',
        params: DecisionIdParams,
        response: { 200: DecisionViewSchema, ...errors(400, 404) },
      },
    },
    async (request) => fastify.decisions.view(request.params.id),
  );

  fastify.get(
    '/:id/inputs',
    {
      schema: {
        tags: ['decisions'],
        summary: 'What the decision ran: the scenario document as it was, the request, the seed, the trials and the engine version',
        params: DecisionIdParams,
        response: { 200: DecisionInputs, ...errors(400, 404) },
      },
    },
    async (request) => {
      const record = fastify.decisions.record(request.params.id);
      const { source } = record;
      return {
        id: record.id,
        kind: record.kind,
        seed: record.seed,
        trials: record.trials,
        engineVersion: record.engineVersion,
        schemaVersion: record.schemaVersion,
        scenario: {
          ...(source.scenarioId === undefined ? {} : { scenarioId: source.scenarioId, scenarioVersion: source.scenarioVersion }),
          scenarioName: source.scenarioName,
          document: source.document,
        },
        request: record.request,
      };
    },
  );

  fastify.get(
    '/:id/events',
    {
      schema: {
        tags: ['decisions'],
        summary: 'Server-sent events: `progress` {done, total (trials across the points), points: {done, total}, elapsedMs, etaMs}, then one `status` {status, error?}',
        params: DecisionIdParams,
        response: { 200: Download('text/event-stream'), ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      fastify.decisions.view(request.params.id);
      return sendEvents(reply, options.sseHeartbeatMs, (listener) => fastify.decisions.subscribe(request.params.id, listener));
    },
  );

  fastify.post(
    '/:id/cancel',
    { schema: { tags: ['decisions'], summary: 'Stop a queued or running decision', params: DecisionIdParams, response: { 200: DecisionViewSchema, ...errors(400, 404, 409) } } },
    async (request) => fastify.decisions.cancel(request.params.id),
  );

  fastify.get(
    '/:id/result.csv',
    {
      schema: {
        tags: ['decisions'],
        summary: "A solve's answer, or a sweep's table (a row per point), as CSV with the units in the header row (409 until done)",
        params: DecisionIdParams,
        response: { 200: Download('CSV (UTF-8 with BOM, CRLF)'), ...errors(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const record = fastify.decisions.record(request.params.id);
      return download(reply, record, 'csv', 'text/csv; charset=utf-8').send(Buffer.from(decisionCsv(record), 'utf8'));
    },
  );

  fastify.get(
    '/:id/result.xlsx',
    {
      schema: {
        tags: ['decisions'],
        summary: "A solve's answer and runs, or a sweep's table, as a workbook: header row frozen, numbers formatted by unit (409 until done)",
        params: DecisionIdParams,
        response: { 200: Download('An .xlsx workbook'), ...errors(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const record = fastify.decisions.record(request.params.id);
      const workbook = await decisionXlsx(record);
      return download(reply, record, 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(workbook);
    },
  );
};

/** Sets the headers of a file download named after the scenario, the decision's kind and id. */
function download(reply: FastifyReply, record: DecisionRecord, extension: string, type: string): FastifyReply {
  const stem =
    record.source.scenarioName
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'decision';
  return reply.type(type).header('content-disposition', `attachment; filename="${stem}-${record.kind}-${record.id.slice(0, 8)}.${extension}"`);
}

export default decisions;
