// A server a team can share (issue 18): security headers, a Host allow-list,
// per-client rate limits that spare /api/health, a deadline for request
// bodies and a cap on connections.
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildApp } from '../../api/app.ts';
import { loadConfig } from '../../api/config.ts';
import { refusal, ROOT, temporaryDataDir, testApp } from './helper.ts';

const cleanups: Array<() => Promise<void>> = [];
async function app(overrides: Parameters<typeof testApp>[0] = {}) {
  const instance = await testApp(overrides);
  cleanups.push(async () => {
    await instance.close();
    instance.removeData();
  });
  return instance;
}
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('security headers', () => {
  test('every response carries a CSP the UI keeps to, nosniff, no framing and a same-origin referrer', async () => {
    const server = await app();
    for (const url of ['/api/health', '/', '/api/nowhere']) {
      const response = await server.inject({ method: 'GET', url });
      expect(response.headers['content-security-policy'], url).toBe(
        "default-src 'self';base-uri 'self';connect-src 'self';font-src 'self' data:;form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';worker-src 'self'",
      );
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['referrer-policy'], url).toBe('same-origin');
    }
  });
});

describe('Host allow-list', () => {
  test('a request naming a foreign host is refused with 421, naming the header', async () => {
    const server = await app();
    const response = await server.inject({ method: 'GET', url: '/api/scenarios', headers: { host: 'rebind.attacker.example:3000' } });
    expect(response.statusCode).toBe(421);
    expect(response.json()).toEqual(
      refusal('host "rebind.attacker.example" is not served here; this server answers to localhost, 127.0.0.1, [::1] (set ALLOWED_HOSTS to add its name)', 'headers/host'),
    );
  });

  test('localhost, 127.0.0.1 and [::1] with any port are served by default; ALLOWED_HOSTS names others, * any', async () => {
    const server = await app();
    for (const host of ['localhost', 'LOCALHOST:3000', '127.0.0.1:8080', '[::1]:3000']) {
      expect((await server.inject({ method: 'GET', url: '/api/health', headers: { host } })).statusCode, host).toBe(200);
    }
    const team = await app({ allowedHosts: ['ics.team.example'] });
    expect((await team.inject({ method: 'GET', url: '/api/health', headers: { host: 'ics.team.example' } })).statusCode).toBe(200);
    expect((await team.inject({ method: 'GET', url: '/api/health', headers: { host: 'localhost' } })).statusCode).toBe(421);
    const any = await app({ allowedHosts: ['*'] });
    expect((await any.inject({ method: 'GET', url: '/api/health', headers: { host: 'anything.example' } })).statusCode).toBe(200);
    expect(loadConfig({ ALLOWED_HOSTS: 'ics.team.example, localhost' }).allowedHosts).toEqual(['ics.team.example', 'localhost']);
    expect(loadConfig({}).allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
  });
});

describe('rate limits', () => {
  test('each client has its own budget, and /api/health is never limited', async () => {
    const server = await app({ rateLimitMax: 2, rateLimitWindowMs: 60_000 });
    const from = (remoteAddress: string, url = '/api/scenarios') => server.inject({ method: 'GET', url, remoteAddress });
    expect((await from('10.0.0.1')).statusCode).toBe(200);
    expect((await from('10.0.0.1')).statusCode).toBe(200);
    expect((await from('10.0.0.1')).statusCode).toBe(429);
    expect((await from('10.0.0.2')).statusCode).toBe(200);
    for (let index = 0; index < 5; index++) expect((await from('10.0.0.1', '/api/health')).statusCode).toBe(200);
  });
});

describe('connections and request bodies', () => {
  test('a body that stalls part way gets 408 and its connection closed at the deadline', async () => {
    const { dataDir, remove } = temporaryDataDir();
    const server = await buildApp({ dataDir, workers: 1, uiDistDir: join(ROOT, 'tests', 'api', 'no-ui-here'), bodyTimeoutMs: 300 });
    cleanups.push(async () => {
      await server.close();
      remove();
    });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as { port: number };
    const started = Date.now();
    const answer = await new Promise<{ text: string; afterMs: number }>((resolve, reject) => {
      let text = '';
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST /api/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"document":');
      });
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve({ text, afterMs: Date.now() - started }));
      socket.on('error', reject);
    });
    expect(answer.text.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    expect(JSON.parse(answer.text.slice(answer.text.indexOf('\r\n\r\n') + 4))).toEqual(refusal('body did not arrive within 0.3 s; send the whole request at once', 'body'));
    expect(answer.afterMs).toBeGreaterThanOrEqual(280);
    expect(answer.afterMs).toBeLessThan(5000);
  });

  test('the server takes at most MAX_CONNECTIONS connections at once', async () => {
    const server = await app({ maxConnections: 7 });
    expect(server.server.maxConnections).toBe(7);
    expect(loadConfig({ MAX_CONNECTIONS: '50', BODY_TIMEOUT_MS: '2000' })).toMatchObject({ maxConnections: 50, bodyTimeoutMs: 2000 });
    expect(loadConfig({})).toMatchObject({ maxConnections: 256, bodyTimeoutMs: 10_000 });
  });
});
