import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ScenarioValidationError } from '../engine/index.ts';
import { ApiError } from './api-error.ts';
import { defaultOptions, type AppOptions } from './config.ts';
import cors from './plugins/external/cors.ts';
import helmet from './plugins/external/helmet.ts';
import allowedHosts from './plugins/app/allowed-hosts.ts';
import receiveDeadline from './plugins/app/receive-deadline.ts';
import rateLimit from './plugins/external/rate-limit.ts';
import staticUi from './plugins/external/static.ts';
import swagger from './plugins/external/swagger.ts';
import swaggerUi from './plugins/external/swagger-ui.ts';
import database from './plugins/app/database.ts';
import scenarioService from './plugins/app/scenarios.ts';
import workerPool from './plugins/app/worker-pool.ts';
import runService from './plugins/app/runs.ts';
import signIn from './plugins/app/sign-in.ts';
import decisionService from './plugins/app/decisions.ts';
import compareRoutes from './routes/compare/index.ts';
import decisionRoutes from './routes/decisions/index.ts';
import healthRoutes from './routes/health/index.ts';
import runRoutes from './routes/runs/index.ts';
import scenarioRoutes from './routes/scenarios/index.ts';
import sessionRoutes from './routes/session/index.ts';
import validateRoutes from './routes/validate/index.ts';
import { parseJsonBody } from './json-body.ts';
import { describeValidation } from './validation-message.ts';
import { SCENARIO_DOCUMENT_MARK } from './routes/schemas.ts';

/**
 * The application as a plugin: third-party plugins, then the services
 * (database, scenarios, worker pool, runs), then the routes under /api, then
 * the UI. It never listens: server.ts does, and tests use `app.inject`.
 */
export default async function serviceApp(fastify: FastifyInstance, options: AppOptions): Promise<void> {
  // Set before any plugin is registered: child contexts copy the handler when they are created.
  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const { message, issues } = describeValidation(error.validationContext ?? 'request', error.validation);
      request.log.info({ issues }, 'request failed validation');
      return reply.code(400).send({ error: message, issues });
    }
    if (error instanceof ApiError) {
      if (error.statusCode >= 500) {
        request.log.warn({ err: error }, error.message);
        return reply.code(error.statusCode).headers(error.headers).send({ error: error.message });
      }
      // Every 4xx has issues: those given, else one naming where the problem is.
      const issues = error.issues ?? [{ path: placeOf(request, error.field), message: error.message }];
      return reply.code(error.statusCode).headers(error.headers).send({ error: error.message, issues });
    }
    if (error instanceof ScenarioValidationError) {
      const issues = error.issues.map((issue) => (issue.path === '' ? { path: 'body/document', message: issue.message } : issue));
      return reply.code(400).send({ error: error.message.split('\n')[0], issues });
    }
    const statusCode = error.statusCode ?? 500;
    if (statusCode >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(statusCode).send({ error: `internal server error; the server log has the details (request ${request.id})` });
    }
    request.log.info({ err: error }, 'request refused');
    const { path, message } = clientIssue(error, options);
    return reply.code(statusCode).send({ error: message, issues: [{ path, message }] });
  });

  // JSON bodies are read by parseJsonBody, so a refusal says why (a syntax error, a __proto__ key).
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: options.bodyLimit }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  // A foreign Host is refused before anything else runs; then every response gets the security headers.
  await fastify.register(allowedHosts, options);
  await fastify.register(receiveDeadline, options);
  await fastify.register(helmet, options);
  await fastify.register(cors, options);
  await fastify.register(swagger, options);
  await fastify.register(swaggerUi, options);
  await fastify.register(rateLimit, options);

  await fastify.register(database, options);
  await fastify.register(signIn, options);
  await fastify.register(scenarioService, options);
  await fastify.register(workerPool, options);
  await fastify.register(runService, options);
  await fastify.register(decisionService, options);

  await fastify.register(
    async (api) => {
      await api.register(healthRoutes, options);
      await api.register(sessionRoutes, options);
      await api.register(validateRoutes, options);
      await api.register(scenarioRoutes, { ...options, prefix: '/scenarios' });
      await api.register(runRoutes, { ...options, prefix: '/runs' });
      await api.register(compareRoutes, options);
      await api.register(decisionRoutes, { ...options, prefix: '/decisions' });
    },
    { prefix: '/api' },
  );
  await fastify.register(staticUi, options);
}

/**
 * Where a service's error without issues is: its field where the request
 * has it (`params/version`, `querystring/version`), else the id in the path
 * (an unknown scenario or run), else the request as a whole.
 */
function placeOf(request: FastifyRequest, field = 'id'): string {
  const has = (part: unknown, key: string) => part !== null && typeof part === 'object' && key in part;
  const parts: Array<[string, unknown]> = [
    ['params', request.params],
    ['querystring', request.query],
    ['body', request.body],
  ];
  for (const [name, part] of parts) if (has(part, field)) return `${name}/${field}`;
  return has(request.params, 'id') ? 'params/id' : 'request';
}

/** Fastify's own 4xx, reworded to name what is wrong, and where. */
function clientIssue(error: FastifyError, options: AppOptions): { path: string; message: string } {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { path: 'body', message: `body is larger than the limit of ${options.bodyLimit} bytes` };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { path: 'body', message: 'body is empty but content-type says application/json; send a JSON object' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { path: 'body', message: 'body is not valid JSON' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { path: 'headers/content-length', message: 'content-length does not match the body received' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { path: 'headers/content-type', message: `content-type is not supported; send application/json (${error.message})` };
    default:
      return { path: 'request', message: error.message };
  }
}

/**
 * A Fastify instance with the app registered and the server-level limits
 * (body size, timeouts) applied; not listening. Tests build one per case.
 */
export async function buildApp(overrides: Partial<AppOptions> = {}, server: FastifyServerOptions = {}): Promise<FastifyInstance> {
  const options = defaultOptions(overrides);
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit,
    requestTimeout: options.requestTimeoutMs,
    connectionTimeout: options.connectionTimeoutMs,
    // Closing waits for running runs (up to the shutdown grace) in an onClose hook;
    // Fastify's default plugin timeout (10 s) would cut that short and report an error.
    pluginTimeout: options.shutdownGraceMs + 15_000,
    // Unknown fields are refused with a message rather than silently dropped.
    // The mark on scenario documents is for the OpenAPI transform; Ajv is told it is a known (no-op) keyword.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, keywords: [SCENARIO_DOCUMENT_MARK] } },
    ...server,
  }).withTypeProvider<TypeBoxTypeProvider>();
  // Beyond this many open connections the server refuses new ones (each may hold a body up to the limit).
  app.server.maxConnections = options.maxConnections;
  await app.register(fp(serviceApp), options);
  return app;
}
