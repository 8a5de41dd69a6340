// Optional sign-in for a shared server (issue 18): roles, who saved and who
// started, CSRF and Origin checks, and the default (off) unchanged.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../../../api/auth/password.ts';
import { declaredAction, PUBLIC_ROUTES, routeKey } from '../../../api/auth/route-actions.ts';
import type { Role } from '../../../api/auth/roles.ts';
import { presetDocument, testApp, waitForRun, type RunView } from '../helper.ts';

const PASSWORD = 'correct horse battery';
const teaching = presetDocument('teaching');

interface Client {
  readonly name: string;
  readonly cookie: string;
  readonly csrf: string;
  send(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

let app: FastifyInstance & { removeData: () => void };

async function addUser(name: string, role: Role): Promise<void> {
  app.users.add(name, role, await hashPassword(PASSWORD), new Date().toISOString());
}

async function signIn(name: string, password = PASSWORD): Promise<Client> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { name, password } });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = String(response.headers['set-cookie']).split(';')[0];
  const csrf = response.json().csrfToken as string;
  return {
    name,
    cookie,
    csrf,
    send: (method, url, payload, headers = {}) => app.inject({ method, url, payload: payload as object, headers: { cookie, 'x-csrf-token': csrf, ...headers } }),
  };
}

async function finishedRun(client: Client): Promise<RunView> {
  const started = await client.send('POST', '/api/runs', { scenarioId: 'preset-teaching', trials: 20, seed: 3 });
  expect(started.statusCode, started.body).toBe(202);
  const run = started.json() as RunView;
  // Polling as the same user (GET needs a session too).
  for (let tries = 0; tries < 2000; tries += 1) {
    const view = (await client.send('GET', `/api/runs/${run.id}`)).json() as RunView;
    if (!['queued', 'running'].includes(view.status)) return view;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('run did not finish');
}

describe('with sign-in off (the default)', () => {
  beforeEach(async () => {
    app = await testApp();
  });
  afterEach(async () => {
    await app.close();
    app.removeData();
  });

  test('every request is allowed without a cookie and nothing is attributed', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/session' })).json()).toEqual({ signIn: false });
    const saved = await app.inject({ method: 'POST', url: '/api/scenarios', payload: { document: teaching } });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).not.toHaveProperty('savedBy');
    const started = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-teaching', trials: 20, seed: 3 } });
    const run = await waitForRun(app, (started.json() as RunView).id);
    expect(run.status).toBe('done');
    expect(run).not.toHaveProperty('startedBy');
  });

  test('signing in is refused with 409: there is nothing to sign in to', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/session', payload: { name: 'anyone', password: PASSWORD } });
    expect(response.statusCode).toBe(409);
    expect(response.json().issues[0].path).toBe('request');
  });
});

describe('with sign-in on', () => {
  beforeEach(async () => {
    app = await testApp({ signIn: true });
    await addUser('vera', 'viewer');
    await addUser('ed', 'editor');
    await addUser('eve', 'editor');
    await addUser('ada', 'admin');
  });
  afterEach(async () => {
    await app.close();
    app.removeData();
  });

  test('without a session every API route but health and the session answers 401 naming the cookie', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/session' })).json()).toEqual({ signIn: true });
    for (const [method, url] of [
      ['GET', '/api/scenarios'],
      ['POST', '/api/scenarios'],
      ['GET', '/api/runs'],
      ['POST', '/api/validate'],
    ] as const) {
      const response = await app.inject({ method, url, payload: method === 'POST' ? { document: teaching } : undefined });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.json().issues).toEqual([{ path: 'headers/cookie', message: expect.stringContaining('sign in first') }]);
    }
  });

  test('a wrong password and an unknown name get the same 401', async () => {
    const wrong = await app.inject({ method: 'POST', url: '/api/session', payload: { name: 'ed', password: 'not the password' } });
    const unknown = await app.inject({ method: 'POST', url: '/api/session', payload: { name: 'nobody', password: PASSWORD } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  test('the session cookie is HttpOnly and SameSite=Strict, and signing out ends it', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/session', payload: { name: 'ed', password: PASSWORD } });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^ics_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    expect(response.json()).toMatchObject({ signIn: true, user: { name: 'ed', role: 'editor' } });
    const ed = await signIn('ed');
    expect((await ed.send('GET', '/api/session')).json()).toMatchObject({ user: { name: 'ed', role: 'editor' }, csrfToken: ed.csrf });
    expect((await ed.send('DELETE', '/api/session')).statusCode).toBe(204);
    expect((await ed.send('GET', '/api/scenarios')).statusCode).toBe(401);
  });

  test('a viewer may look and check, but not save, run or delete', async () => {
    const vera = await signIn('vera');
    expect((await vera.send('GET', '/api/scenarios')).statusCode).toBe(200);
    expect((await vera.send('POST', '/api/validate', { document: teaching })).statusCode).toBe(200);
    for (const [method, url, payload] of [
      ['POST', '/api/scenarios', { document: teaching }],
      ['POST', '/api/runs', { scenarioId: 'preset-teaching', trials: 20 }],
      ['POST', '/api/scenarios/preset-teaching/duplicate', {}],
    ] as const) {
      const response = await vera.send(method, url, payload);
      expect(response.statusCode, url).toBe(403);
      expect(response.json().error).toBe('vera is a viewer: a viewer may look at scenarios and runs and check scenarios, but not save, run or delete');
    }
    const ed = await signIn('ed');
    const saved = (await ed.send('POST', '/api/scenarios', { document: teaching })).json();
    expect((await vera.send('DELETE', `/api/scenarios/${saved.id}`)).statusCode).toBe(403);
  });

  test('an editor saves and runs, and both are attributed in the API', async () => {
    const ed = await signIn('ed');
    const saved = await ed.send('POST', '/api/scenarios', { document: teaching });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().savedBy).toBe('ed');
    const eve = await signIn('eve');
    const changed = await eve.send('PUT', `/api/scenarios/${saved.json().id}`, { document: { ...teaching, name: 'Teaching, by Eve' } });
    expect(changed.statusCode).toBe(200);
    const versions = (await ed.send('GET', `/api/scenarios/${saved.json().id}/versions`)).json().versions;
    expect(versions.map((version: { version: number; savedBy: string }) => [version.version, version.savedBy])).toEqual([
      [2, 'eve'],
      [1, 'ed'],
    ]);
    expect((await ed.send('GET', `/api/scenarios/${saved.json().id}/versions/1`)).json().savedBy).toBe('ed');
    const run = await finishedRun(ed);
    expect(run).toMatchObject({ status: 'done', startedBy: 'ed' });
  });

  test("an editor deletes their own run but not another's, nor a scenario; an admin deletes both", async () => {
    const ed = await signIn('ed');
    const eve = await signIn('eve');
    const ada = await signIn('ada');
    const edsRun = await finishedRun(ed);
    const evesRun = await finishedRun(eve);
    const refused = await ed.send('DELETE', `/api/runs/${evesRun.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().issues).toEqual([{ path: 'params/id', message: `run ${evesRun.id} was started by eve; only they or an admin may cancel or delete it` }]);
    expect((await ed.send('DELETE', `/api/runs/${edsRun.id}`)).statusCode).toBe(204);
    expect((await ada.send('DELETE', `/api/runs/${evesRun.id}`)).statusCode).toBe(204);
    const saved = (await ed.send('POST', '/api/scenarios', { document: teaching })).json();
    expect((await ed.send('DELETE', `/api/scenarios/${saved.id}`)).statusCode).toBe(403);
    expect((await ada.send('DELETE', `/api/scenarios/${saved.id}`)).statusCode).toBe(204);
  });

  test('a changing request without the CSRF token, or with a wrong one, is refused with 403 naming the header', async () => {
    const ed = await signIn('ed');
    const missing = await app.inject({ method: 'POST', url: '/api/scenarios', payload: { document: teaching }, headers: { cookie: ed.cookie } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().issues[0].path).toBe('headers/x-csrf-token');
    const wrong = await ed.send('POST', '/api/scenarios', { document: teaching }, { 'x-csrf-token': `${ed.csrf.slice(0, -1)}x` });
    expect(wrong.statusCode).toBe(403);
    // Reading needs no token.
    expect((await app.inject({ method: 'GET', url: '/api/scenarios', headers: { cookie: ed.cookie } })).statusCode).toBe(200);
  });

  test("a changing request from another site's page is refused whatever it carries", async () => {
    const ed = await signIn('ed');
    const response = await ed.send('POST', '/api/scenarios', { document: teaching }, { origin: 'https://evil.example' });
    expect(response.statusCode).toBe(403);
    expect(response.json().issues[0].path).toBe('headers/origin');
    expect((await ed.send('POST', '/api/scenarios', { document: teaching }, { origin: 'http://localhost:3000' })).statusCode).toBe(201);
  });

  test('changing a role ends the sessions, so the new role applies at once', async () => {
    const ed = await signIn('ed');
    app.users.setRole('ed', 'viewer');
    expect((await ed.send('GET', '/api/scenarios')).statusCode).toBe(401);
    const again = await signIn('ed');
    expect((await again.send('POST', '/api/scenarios', { document: teaching })).statusCode).toBe(403);
  });

  test('a foreign Host is refused before sign-in is looked at', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/scenarios', headers: { host: 'evil.example' } });
    expect(response.statusCode).toBe(421);
  });

  test('signing in is limited to ten tries a minute per client', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) statuses.push((await app.inject({ method: 'POST', url: '/api/session', payload: { name: 'ed', password: 'wrong password' } })).statusCode);
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
  });

  test('every route that changes something has its action declared (a new route is admin-only until it is)', async () => {
    const spec = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const changing = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .map((method) => method.toUpperCase())
        .filter((method) => !['GET', 'HEAD', 'OPTIONS'].includes(method))
        .map((method) => [method, path.replace(/\{(\w+)\}/g, ':$1')] as const),
    );
    expect(changing.length).toBeGreaterThan(8);
    expect(changing.filter(([method, url]) => declaredAction(method, url) === undefined && !PUBLIC_ROUTES.has(routeKey(method, url)))).toEqual([]);
  });
});
