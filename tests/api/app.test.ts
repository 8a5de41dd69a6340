import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ENGINE_VERSION, SCHEMA_VERSION } from '../../engine/index.ts';
import { loadConfig } from '../../api/config.ts';
import { presetDocument, refusal, temporaryDataDir, testApp } from './helper.ts';

const apps: Awaited<ReturnType<typeof testApp>>[] = [];
async function app(overrides: Parameters<typeof testApp>[0] = {}) {
  const instance = await testApp(overrides);
  apps.push(instance);
  return instance;
}
afterEach(async () => {
  for (const instance of apps.splice(0)) {
    await instance.close();
    instance.removeData();
  }
});

describe('GET /api/health', () => {
  test("reports the engine, workers, where trials run (the server's own threads without REDIS_URL) and runs", async () => {
    const response = await (await app({ workers: 2 })).inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', engineVersion: ENGINE_VERSION, schemaVersion: SCHEMA_VERSION, workers: 2, trials: { kind: 'threads' }, runs: { running: 0, queued: 0 } });
  });
});

describe('documentation and the UI', () => {
  test('/docs serves the OpenAPI UI and /docs/json the description, scenario bodies pointing at the engine schema', async () => {
    const server = await app();
    expect((await server.inject({ method: 'GET', url: '/docs' })).statusCode).toBeLessThan(400);
    const openapi = (await server.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(openapi.openapi).toBe('3.0.3');
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/scenarios/', '/api/scenarios/{id}', '/api/runs/', '/api/runs/{id}/events', '/api/compare', '/api/validate']),
    );
    expect(openapi.components.schemas.Scenario.title).toBe('ICS money and beds scenario');
    const body = openapi.paths['/api/scenarios/'].post.requestBody.content['application/json'].schema;
    expect(body.properties.document).toEqual({ $ref: '#/components/schemas/Scenario' });
    expect(Object.keys(openapi.paths['/api/runs/'].post.responses)).toEqual(expect.arrayContaining(['202', '400', '404', '422', '429', '500']));
  });

  test('the OpenAPI document gives every 4xx the shape { error, issues } and 5xx { error }', async () => {
    const openapi = (await (await app()).inject({ method: 'GET', url: '/docs/json' })).json();
    const schemaOf = (response: { content?: Record<string, { schema: Record<string, unknown> }> }) => {
      const schema = response.content!['application/json'].schema;
      return (schema.$ref ? openapi.components.schemas[String(schema.$ref).split('/').at(-1)!] : schema) as { required?: string[]; properties: Record<string, unknown> };
    };
    let checked = 0;
    for (const [path, methods] of Object.entries(openapi.paths as Record<string, Record<string, { responses: Record<string, never> }>>)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const [code, response] of Object.entries(operation.responses ?? {})) {
          if (!/^[45]\d\d$/.test(code)) continue;
          const schema = schemaOf(response);
          const where = `${method.toUpperCase()} ${path} ${code}`;
          if (code.startsWith('4')) expect(schema.required, where).toEqual(expect.arrayContaining(['error', 'issues']));
          else expect(Object.keys(schema.properties), where).toEqual(['error']);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  test('without a UI build, / says how to build it', async () => {
    const response = await (await app()).inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('npm run build:ui');
  });

  test('with a UI build, / and unknown app paths serve index.html; unknown /api paths are JSON 404s', async () => {
    const { dataDir, remove } = temporaryDataDir();
    const uiDistDir = join(dataDir, 'dist');
    mkdirSync(join(uiDistDir, 'assets'), { recursive: true });
    writeFileSync(join(uiDistDir, 'index.html'), '<!doctype html><title>built UI</title>');
    writeFileSync(join(uiDistDir, 'assets', 'app.js'), 'console.log(1)');
    const server = await app({ uiDistDir });
    try {
      expect((await server.inject({ method: 'GET', url: '/' })).body).toContain('built UI');
      expect((await server.inject({ method: 'GET', url: '/assets/app.js' })).body).toBe('console.log(1)');
      const clientRoute = await server.inject({ method: 'GET', url: '/scenarios/123/results' });
      expect(clientRoute.statusCode).toBe(200);
      expect(clientRoute.body).toContain('built UI');
      const missingAsset = await server.inject({ method: 'GET', url: '/assets/missing.js' });
      expect(missingAsset.statusCode).toBe(404);
      const api = await server.inject({ method: 'GET', url: '/api/nothing-here' });
      expect(api.statusCode).toBe(404);
      expect(api.json()).toEqual(refusal('no route GET /api/nothing-here', 'url'));
      const wrongMethod = await server.inject({ method: 'PATCH', url: '/api/scenarios/preset-teaching' });
      expect(wrongMethod.statusCode).toBe(404);
      expect(wrongMethod.json()).toEqual(refusal('no route PATCH /api/scenarios/preset-teaching', 'url'));
    } finally {
      remove();
    }
  });
});

describe('limits', () => {
  test('a body over the limit is refused with 413', async () => {
    const server = await app({ bodyLimit: 4096 });
    const response = await server.inject({ method: 'POST', url: '/api/validate', payload: { document: presetDocument('system-control-total') } });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual(refusal('body is larger than the limit of 4096 bytes', 'body'));
  });

  test('an unsupported content type is refused with 415, naming the header', async () => {
    const server = await app();
    const response = await server.inject({ method: 'POST', url: '/api/validate', payload: '<document/>', headers: { 'content-type': 'application/xml' } });
    expect(response.statusCode).toBe(415);
    const body = response.json() as { error: string; issues: Array<{ path: string; message: string }> };
    expect(body.error).toMatch(/^content-type is not supported; send application\/json/);
    expect(body.issues).toEqual([{ path: 'headers/content-type', message: body.error }]);
  });

  test('too many requests get 429 with Retry-After', async () => {
    const server = await app({ rateLimitMax: 3, rateLimitWindowMs: 60_000 });
    for (let index = 0; index < 3; index++) expect((await server.inject({ method: 'GET', url: '/api/scenarios' })).statusCode).toBe(200);
    const refused = await server.inject({ method: 'GET', url: '/api/scenarios' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toEqual(refusal('too many requests: the limit is 3 requests per 60 s; retry in 1 minute', 'request'));
  });

  test('CORS is off by default and on for the origins named', async () => {
    const closed = await app();
    const preflight = { method: 'OPTIONS' as const, url: '/api/health', headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' } };
    const noCors = await closed.inject(preflight);
    expect(noCors.headers['access-control-allow-origin']).toBeUndefined();
    const open = await app({ corsOrigins: ['https://example.org'] });
    const withCors = await open.inject(preflight);
    expect(withCors.statusCode).toBe(204);
    expect(withCors.headers['access-control-allow-origin']).toBe('https://example.org');
    const other = await open.inject({ method: 'GET', url: '/api/health', headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('a server error hides its details', async () => {
    const server = await app();
    server.db.close();
    const response = await server.inject({ method: 'GET', url: '/api/scenarios' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: expect.stringMatching(/^internal server error; the server log has the details \(request [^)]+\)$/) });
    expect(response.body).not.toMatch(/database|stack|at /i);
  });
});

describe('configuration from the environment', () => {
  test('reads the variables and names a bad one', () => {
    const options = loadConfig({ DATA_DIR: '/tmp/x', WORKERS: '3', MAX_TRIALS: '500', CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(options).toMatchObject({ dataDir: '/tmp/x', databasePath: '/tmp/x/ics.sqlite', workers: 3, runConcurrency: 3, maxTrials: 500, corsOrigins: ['https://a.example', 'https://b.example'] });
    expect(loadConfig({ DATABASE_PATH: '/tmp/y/db.sqlite' }).databasePath).toBe('/tmp/y/db.sqlite');
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(() => loadConfig({ WORKERS: 'two' })).toThrow('WORKERS must be a whole number >= 1; got "two"');
  });
});
