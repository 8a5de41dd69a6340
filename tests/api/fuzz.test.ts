// A seeded fuzz pass (issue 18): mutations of the presets sent to every POST
// route. No request may get a 5xx, every 4xx names where the problem is, and
// /api/health, asked through a real listening server all the while, answers
// within 0.5 s: no single request may hold the event loop.
import { availableParallelism, loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { presetDocument, testApp } from './helper.ts';

const SEED = 18;
const REQUESTS = 240;
const HEALTH_LIMIT_MS = 500;
/**
 * The health bound says whether one request holds the event loop; on a
 * machine already running several times more work than it has cores, every
 * answer is slow whatever the server does, so the bound is checked (and the
 * test reported as skipped otherwise) only below 2 runnable tasks per core.
 */
const OVERLOADED = loadavg()[0] / availableParallelism() > 2;

/** mulberry32: a small seeded generator, so that a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = generator(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Values that have broken validators: wrong types, extremes, names on Object.prototype, formulas at their limits. */
const HOSTILE_VALUES: readonly (() => unknown)[] = [
  () => null,
  () => -1,
  () => 0,
  () => 1e308,
  () => -1e9,
  () => 1e9,
  () => 0.5,
  () => '',
  () => ' ',
  () => 'NaN',
  () => 'toString',
  () => 'valueOf',
  () => 'constructor',
  () => '1/0',
  () => 'not not not 1',
  () => '((((1',
  () => 'import("fs")',
  () => 'payAward ? 1 : ',
  () => Array.from({ length: 400 }, () => '1').join('+'),
  () => `${'('.repeat(150)}1${')'.repeat(150)}`,
  () => 'x'.repeat(12_000),
  () => true,
  () => {
    let deep: unknown = 1;
    for (let level = 0; level < 40; level++) deep = [deep];
    return deep;
  },
  () => Array.from({ length: 11_000 }, (_, index) => index),
  () => ({}),
  () => [],
  () => ({ dist: 'normal', mean: 0, sd: -1 }),
  () => ({ dist: 'beta', alpha: 0, beta: 0 }),
  () => ({ dist: 'normal', mean: 0.03, sd: 1e9 }),
  () => ['toString', 'valueOf'],
];

type Container = Record<string, unknown> | unknown[];

/** Every place in a document: its container and key. */
function places(document: unknown): Array<{ container: Container; key: string | number }> {
  const found: Array<{ container: Container; key: string | number }> = [];
  const pending: unknown[] = [document];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        found.push({ container: value, key: index });
        pending.push(item);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        found.push({ container: value as Container, key });
        pending.push(item);
      }
    }
  }
  return found;
}

/** One to three mutations of a preset: a value replaced, a field removed, an unknown field added, a list entry repeated. */
function mutated(document: unknown): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  const count = 1 + Math.floor(random() * 3);
  for (let step = 0; step < count; step++) {
    const all = places(copy);
    const { container, key } = pick(all);
    const kind = random();
    if (kind < 0.6) (container as Record<string | number, unknown>)[key] = pick(HOSTILE_VALUES)();
    else if (kind < 0.75) {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key as string];
    } else if (kind < 0.85 && !Array.isArray(container)) container[`unknown${step}`] = pick(HOSTILE_VALUES)();
    else if (Array.isArray(container)) container.push(structuredClone(container[key as number]));
    else container[key as string] = structuredClone(copy);
  }
  return copy;
}

/** Text mutations for the import route: cut short, a line repeated, binary bytes, a bracket left open. */
function mutatedText(document: unknown): string {
  const text = stringify(mutated(document));
  const kind = random();
  const at = Math.floor(random() * text.length);
  if (kind < 0.25) return text.slice(0, at);
  if (kind < 0.5) {
    const lines = text.split('\n');
    const line = Math.floor(random() * lines.length);
    lines.splice(line, 0, lines[line]);
    return lines.join('\n');
  }
  if (kind < 0.6) return `${text.slice(0, at)}\u0000\u0089PNG${text.slice(at)}`;
  if (kind < 0.7) return `${text.slice(0, at)}[{${text.slice(at)}`;
  return text;
}

let app: Awaited<ReturnType<typeof testApp>>;
let port = 0;
beforeAll(async () => {
  app = await testApp({ maxTrials: 20, maxQueuedRuns: 1000, rateLimitMax: 100_000 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as { port: number }).port;
});
afterAll(async () => {
  await app.close();
  app.removeData();
});

const healthTimes: number[] = [];

describe('fuzzing every POST route with mutated presets', () => {
  test(`${REQUESTS} requests at seed ${SEED}: no 5xx, every 4xx names its place, and health answers throughout`, async () => {
    const presets = ['teaching', 'system-control-total', 'bed-cuts'].map(presetDocument);
    const saved = await app.inject({ method: 'POST', url: '/api/scenarios', payload: { document: presets[0] } });
    expect(saved.statusCode).toBe(201);
    const savedId = (saved.json() as { id: string }).id;
    // Warm up first (each route's first call compiles its code, and the first run starts the worker), so that
    // the health checks measure the requests, not start-up.
    for (const preset of presets) {
      expect((await app.inject({ method: 'POST', url: '/api/validate', payload: { document: preset } })).statusCode).toBe(200);
      expect((await app.inject({ method: 'POST', url: '/api/scenarios/import', payload: { text: stringify(preset) } })).statusCode).toBe(201);
      expect((await app.inject({ method: 'POST', url: '/api/scenarios/import', payload: { text: JSON.stringify(preset), format: 'json' } })).statusCode).toBe(201);
    }
    expect((await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: savedId, trials: 5 } })).statusCode).toBe(202);
    expect((await app.inject({ method: 'POST', url: '/api/compare', payload: { baseline: { scenarioId: savedId }, alternative: { scenarioId: 'preset-teaching' }, trials: 5 } })).statusCode).toBe(202);

    // Health through the real server, every 50 ms, while the fuzz runs.
    let fuzzing = true;
    const health = (async () => {
      while (fuzzing) {
        const started = performance.now();
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        await response.arrayBuffer();
        healthTimes.push(performance.now() - started);
        expect(response.status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    const routes: Array<(document: unknown) => { method: 'POST'; url: string; payload: Record<string, unknown> }> = [
      (document) => ({ method: 'POST', url: '/api/validate', payload: { document: mutated(document) } }),
      (document) => ({ method: 'POST', url: '/api/scenarios', payload: { document: mutated(document) } }),
      (document) => ({ method: 'POST', url: '/api/scenarios/import', payload: { text: mutatedText(document), ...(random() < 0.3 ? { format: 'json' } : {}) } }),
      (document) => ({ method: 'POST', url: '/api/runs', payload: { document: mutated(document), trials: 5 } }),
      (document) => ({ method: 'POST', url: '/api/compare', payload: { baseline: { scenarioId: savedId }, alternative: { document: mutated(document) }, trials: 5 } }),
      () => ({ method: 'POST', url: `/api/scenarios/${pick([savedId, 'preset-teaching', 'nope', 'toString'])}/duplicate`, payload: { name: pick(HOSTILE_VALUES)() } }),
      () => ({ method: 'POST', url: `/api/runs/${pick(['nope', 'toString', '__proto__'])}/cancel`, payload: {} }),
    ];
    const failures: string[] = [];
    for (let index = 0; index < REQUESTS; index++) {
      const request = routes[index % routes.length](pick(presets));
      const response = await app.inject(request);
      const where = `request ${index} ${request.url} (seed ${SEED})`;
      if (response.statusCode >= 500) failures.push(`${where}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      else if (response.statusCode >= 400) {
        const body = response.json() as { issues?: Array<{ path?: unknown }> };
        if (!Array.isArray(body.issues) || body.issues.length === 0 || body.issues.some((issue) => typeof issue.path !== 'string' || issue.path === '')) {
          failures.push(`${where}: ${response.statusCode} without a place: ${response.body.slice(0, 200)}`);
        }
      }
    }
    fuzzing = false;
    await health;
    expect(failures).toEqual([]);
    expect(healthTimes.length).toBeGreaterThan(5);
  }, 60_000);

  test.skipIf(OVERLOADED)(`/api/health answered within ${HEALTH_LIMIT_MS} ms throughout the fuzz`, () => {
    expect(healthTimes.length).toBeGreaterThan(5);
    expect(Math.max(...healthTimes)).toBeLessThan(HEALTH_LIMIT_MS);
  });
});
