import { PassThrough } from 'node:stream';
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { AppOptions } from '../../config.ts';
import type { RunEvent } from '../../runs/run-view.ts';
import type { RunRecord, RunSource } from '../../store/run-store.ts';
import { Download, errors, Id } from '../schemas.ts';
import { RunIdParams, RunInputs, RunView, ScenarioReferenceFields, Seed, toReference, Trials } from './schemas.ts';

const Results = Type.Unsafe<Record<string, unknown> | string>({
  type: 'object',
  additionalProperties: true,
  description: 'RunResults for a run, Comparison for a comparison (see engine/results/run-results.ts and compare-runs.ts)',
});

const runs: FastifyPluginAsyncTypebox<AppOptions> = async (fastify, options) => {
  fastify.post(
    '/',
    {
      schema: {
        tags: ['runs'],
        summary: 'Start a run of a saved scenario (a version of it) or of a document sent inline',
        body: Type.Object(
          { ...ScenarioReferenceFields, trials: Type.Optional(Trials(options.maxTrials)), seed: Type.Optional(Seed) },
          // The example /docs fills in runs as it is: a preset by its id (a saved scenario's id, or a document, in its place).
          { additionalProperties: false, examples: [{ scenarioId: 'preset-teaching', trials: 1000, seed: 1 }] },
        ),
        response: { 202: RunView, ...errors(400, 404, 413, 422, 503) },
      },
    },
    async (request, reply) => {
      const { trials, seed, ...reference } = request.body;
      fastify.runs.checkCapacity();
      const source = fastify.scenarios.resolve(toReference(reference, 'body'), undefined, 'body');
      const run = fastify.runs.submit({ kind: 'run', source, trials, seed, startedBy: request.user?.name });
      return reply.code(202).header('location', `/api/runs/${run.id}`).send(run);
    },
  );

  fastify.get(
    '/',
    {
      schema: {
        tags: ['runs'],
        summary: 'Runs and comparisons, newest first',
        querystring: Type.Object(
          {
            scenarioId: Type.Optional(Id('Only runs of this scenario (on either side of a comparison)')),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ runs: Type.Array(RunView) }), ...errors(400) },
      },
    },
    async (request) => ({ runs: fastify.runs.list({ scenarioId: request.query.scenarioId, limit: request.query.limit ?? 100 }) }),
  );

  fastify.get('/:id', { schema: { tags: ['runs'], summary: 'A run: status, progress and provenance', params: RunIdParams, response: { 200: RunView, ...errors(400, 404) } } }, async (request) =>
    fastify.runs.view(request.params.id),
  );

  fastify.get(
    '/:id/inputs',
    {
      schema: {
        tags: ['runs'],
        summary: 'What the run ran: the scenario document(s) as they were, the seed, the trials and the engine version',
        description:
          'Everything needed to reproduce a run, including one of a document sent inline: POST it back to /api/runs (or /api/compare) with the same seed and trials on the same engine version.',
        params: RunIdParams,
        response: { 200: RunInputs, ...errors(400, 404) },
      },
    },
    async (request) => {
      const run = fastify.runs.record(request.params.id);
      const side = (source: RunSource) => ({
        ...(source.scenarioId === undefined ? {} : { scenarioId: source.scenarioId, scenarioVersion: source.scenarioVersion }),
        scenarioName: source.scenarioName,
        document: source.document,
      });
      return {
        id: run.id,
        kind: run.kind,
        seed: run.seed,
        trials: run.trials,
        engineVersion: run.engineVersion,
        schemaVersion: run.schemaVersion,
        scenario: side(run.source),
        ...(run.alternative ? { alternative: side(run.alternative) } : {}),
      };
    },
  );

  fastify.get(
    '/:id/events',
    {
      schema: {
        tags: ['runs'],
        summary: 'Server-sent events: `progress` {done, total, elapsedMs, etaMs} as the run goes, then one `status` {status, error?} when it ends',
        description: 'A client connecting at any time gets the current progress at once (and the final status if the run has ended); the stream closes after the status event.',
        params: RunIdParams,
        response: { 200: Download('text/event-stream'), ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      fastify.runs.view(request.params.id);
      return sendEvents(reply, options.sseHeartbeatMs, (listener) => fastify.runs.subscribe(request.params.id, listener));
    },
  );

  fastify.post(
    '/:id/cancel',
    {
      schema: { tags: ['runs'], summary: 'Stop a queued or running run', params: RunIdParams, response: { 200: RunView, ...errors(400, 404, 409) } },
    },
    async (request) => fastify.runs.cancel(request.params.id),
  );

  fastify.delete(
    '/:id',
    {
      schema: {
        tags: ['runs'],
        summary: 'Delete a finished run and its results (409 while it is queued or running: cancel it first)',
        params: RunIdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...errors(400, 404, 409) },
      },
    },
    async (request, reply) => {
      fastify.runs.delete(request.params.id);
      return reply.code(204).send(null);
    },
  );

  fastify.get(
    '/:id/results',
    {
      schema: { tags: ['runs'], summary: 'The results of a finished run (409 until then)', params: RunIdParams, response: { 200: Results, ...errors(400, 404, 409) } },
    },
    async (request, reply) => reply.type('application/json; charset=utf-8').send(fastify.runExports.json(fastify.runs.record(request.params.id))),
  );

  fastify.get(
    '/:id/results.csv',
    {
      schema: {
        tags: ['runs'],
        summary: 'Results in long format: one row per variant (the scenario, each risk-share rule compared, each alternative), organisation, year, metric and statistic',
        params: RunIdParams,
        response: { 200: Download('CSV (UTF-8 with BOM, CRLF)'), ...errors(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const run = fastify.runs.record(request.params.id);
      const csv = fastify.runExports.csv(run);
      return download(reply, run, 'results.csv', 'text/csv; charset=utf-8').send(Buffer.from(csv, 'utf8'));
    },
  );

  fastify.get(
    '/:id/results.xlsx',
    {
      schema: {
        tags: ['runs'],
        summary: 'Results as a workbook: Summary, one sheet per system, Assumptions',
        params: RunIdParams,
        response: { 200: Download('An .xlsx workbook'), ...errors(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const run = fastify.runs.record(request.params.id);
      const workbook = await fastify.runExports.xlsx(run);
      return download(reply, run, 'results.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(workbook);
    },
  );

  fastify.get(
    '/:id/trials.csv',
    {
      schema: {
        tags: ['runs'],
        summary: "Every trial's year-end figures per organisation, reserve and system (audit trail)",
        params: RunIdParams,
        response: { 200: Download('CSV (UTF-8 with BOM, CRLF), streamed'), ...errors(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const run = fastify.runs.record(request.params.id);
      const stream = fastify.runExports.trialsCsv(run);
      return download(reply, run, 'trials.csv', 'text/csv; charset=utf-8').send(stream);
    },
  );
};

/** Sets the headers of a file download named after the scenario and run. */
function download(reply: FastifyReply, run: RunRecord, suffix: string, type: string): FastifyReply {
  const stem =
    run.source.scenarioName
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'run';
  return reply.type(type).header('content-disposition', `attachment; filename="${stem}-${run.id.slice(0, 8)}-${suffix}"`);
}

/**
 * Streams run events as server-sent events until the final status (or the
 * client leaves), with a comment every `heartbeatMs` so proxies and idle
 * timeouts keep the connection open.
 */
export function sendEvents(reply: FastifyReply, heartbeatMs: number, subscribe: (listener: (event: RunEvent) => void) => () => void): FastifyReply {
  const stream = new PassThrough();
  let ended = false;
  let unsubscribe = () => undefined as unknown;
  let heartbeat: NodeJS.Timeout | undefined;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    stream.end();
  };
  unsubscribe = subscribe((event) => {
    if (ended) return;
    stream.write(`event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
    if (event.type === 'status') end();
  });
  if (!ended) {
    heartbeat = setInterval(() => stream.write(': keep-alive\n\n'), heartbeatMs);
    reply.raw.on('close', end);
  }
  return reply.header('content-type', 'text/event-stream; charset=utf-8').header('cache-control', 'no-cache, no-transform').header('x-accel-buffering', 'no').send(stream);
}

export default runs;
