// The job queue on Redis: one server and worker processes give the same
// bytes as the embedded pool; a worker killed mid-chunk loses no trials;
// progress reaches an SSE client; a chunk of another engine is refused; and
// an unreachable Redis is said at start and on /api/health, never a hang.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { ENGINE_VERSION, parseMeasure, solve } from '../../../engine/index.ts';
import { solveResultWire } from '../../../api/decisions/result-wire.ts';
import type { DecisionView } from '../../../api/wire/decisions.ts';
import { uncertainScenario } from '../../engine/fixtures.ts';
import { buildApp } from '../../../api/app.ts';
import { CHUNK_QUEUE, type ChunkJobData } from '../../../api/queue/chunk-wire.ts';
import { parseEvents, ROOT, temporaryDataDir, testApp, waitForRun, type RunView } from '../helper.ts';
import { freePort, redisMissing, startRedis, startWorker, type RedisServer, type WorkerProcess } from './services.ts';

const missing = redisMissing();
if (missing) console.warn(`Skipping the Redis job queue tests: ${missing}`);

/** Small chunks, so that a run's trials spread over both workers and arrive out of order. */
const CHUNK_TRIALS = 4;
const WORKER_ENV = { WORKER_THREADS: '1', CHUNK_LOCK_MS: '5000', CHUNK_RETRIES: '2' };

type App = FastifyInstance & { removeData: () => void };

/** Runs a preset to the end and returns its results' JSON text and trials CSV, the run's id taken out. */
async function runTexts(app: App, payload: Record<string, unknown>, timeoutMs = 240_000): Promise<{ results: string; csv: string; view: RunView }> {
  const started = (await app.inject({ method: 'POST', url: '/api/runs', payload })).json() as RunView;
  const view = await waitForRun(app, started.id, undefined, timeoutMs);
  expect(view.status, view.error).toBe('done');
  const results = (await app.inject({ method: 'GET', url: `/api/runs/${started.id}/results` })).body.replaceAll(started.id, 'RUN');
  const csv = (await app.inject({ method: 'GET', url: `/api/runs/${started.id}/trials.csv` })).body.replaceAll(started.id, 'RUN');
  return { results, csv, view };
}

describe.skipIf(missing)('runs on the Redis job queue', () => {
  let redis: RedisServer;
  let workers: WorkerProcess[] = [];
  let queued: App;
  let embedded: App;

  beforeAll(async () => {
    redis = await startRedis();
    workers = [startWorker({ REDIS_URL: redis.url, ...WORKER_ENV }), startWorker({ REDIS_URL: redis.url, ...WORKER_ENV })];
    await Promise.all(workers.map((worker) => worker.ready));
    queued = await testApp({ redisUrl: redis.url, workers: 1, maxChunkTrials: CHUNK_TRIALS, rateLimitMax: 1_000_000 });
    embedded = await testApp({ workers: 2, maxChunkTrials: CHUNK_TRIALS, rateLimitMax: 1_000_000 });
  });

  afterAll(async () => {
    await queued?.close();
    queued?.removeData();
    await embedded?.close();
    embedded?.removeData();
    await Promise.all(workers.map((worker) => worker.stop()));
    await redis?.stop();
  });

  test('/api/health names the queue and counts the worker processes on it', async () => {
    const response = await queued.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', trials: { kind: 'redis', workers: 2 } });
    expect((await embedded.inject({ method: 'GET', url: '/api/health' })).json()).toMatchObject({ status: 'ok', trials: { kind: 'threads' } });
  });

  // England is the costliest preset by far (about half a second a trial): a few trials show its chunks travel too.
  for (const [stem, trials] of [
    ['bed-cuts', 12],
    ['care-boundary', 12],
    ['england', 2],
    ['system-control-total', 12],
    ['teaching', 12],
  ] as const) {
    test(`${stem}: one server and two worker processes give the embedded pool's results and trials CSV byte for byte`, async () => {
      const payload = { scenarioId: `preset-${stem}`, trials, seed: 20_260 };
      const [remote, local] = await Promise.all([runTexts(queued, payload), runTexts(embedded, payload)]);
      expect(remote.results.length).toBeGreaterThan(1000);
      expect(remote.results).toBe(local.results);
      expect(remote.csv).toBe(local.csv);
    }, 300_000);
  }

  test("a run's progress reaches an SSE client over HTTP while it runs, then its end", async () => {
    const payload = { scenarioId: 'preset-system-control-total', trials: 40, seed: 5 };
    const started = (await queued.inject({ method: 'POST', url: '/api/runs', payload })).json() as RunView;
    const address = await queued.listen({ port: 0, host: '127.0.0.1' });
    const stream = await fetch(`${address}/api/runs/${started.id}/events`);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const events = parseEvents(await stream.text());
    const progress = events.filter((event) => event.event === 'progress').map((event) => event.data.done as number);
    expect(
      progress.some((done) => done > 0 && done < 40),
      `progress events: ${progress.join(', ')}`,
    ).toBe(true);
    expect(progress.at(-1)).toBe(40);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(events.at(-1)).toEqual({ event: 'status', data: { status: 'done' } });
  }, 300_000);

  test('a worker killed (SIGKILL) mid-chunk loses no trials: another takes its chunk, and the results equal the embedded pool', async () => {
    const doomed = startWorker({ REDIS_URL: redis.url, ...WORKER_ENV });
    await doomed.ready;
    const queue = new Queue(CHUNK_QUEUE, { connection: { url: redis.url } });
    try {
      const payload = { scenarioId: 'preset-system-control-total', trials: 48, seed: 99 };
      const local = runTexts(embedded, payload);
      const started = (await queued.inject({ method: 'POST', url: '/api/runs', payload })).json() as RunView;
      // Kill it while it holds a chunk of this run.
      const name = `worker-${doomed.child.pid}`;
      for (const startedAt = Date.now(); ;) {
        const active = await queue.getActive();
        if (active.some((job) => job.processedBy === name && job.data.group === started.id)) break;
        if (Date.now() - startedAt > 60_000) throw new Error(`the third worker never took a chunk: ${doomed.log()}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      doomed.child.kill('SIGKILL');
      const view = await waitForRun(queued, started.id, undefined, 240_000);
      expect(view.status, view.error).toBe('done');
      expect(view.progress).toEqual({ done: 48, total: 48 });
      const results = (await queued.inject({ method: 'GET', url: `/api/runs/${started.id}/results` })).body.replaceAll(started.id, 'RUN');
      const csv = (await queued.inject({ method: 'GET', url: `/api/runs/${started.id}/trials.csv` })).body.replaceAll(started.id, 'RUN');
      const expected = await local;
      expect(results).toBe(expected.results);
      expect(csv).toBe(expected.csv);
    } finally {
      await queue.close();
      await doomed.stop();
    }
  }, 300_000);

  test("a solve fans its points' chunks out to the workers and gives exactly the engine's in-process answer", async () => {
    const document = uncertainScenario({ rule: 'none' });
    delete (document.systems[0] as { incentiveFunds?: unknown }).incentiveFunds;
    document.systems[0].organisations[0].controlTotal = 110;
    const lever = { kind: 'extraFunding', organisation: 'icb' } as const;
    const payload = { document, lever: { ...lever, low: 0, high: 100 }, target: { measure: { entity: 'sys', quantity: 'meetsAfterRiskShare', year: 0 }, value: 0.5 }, trials: 60, seed: 11 };
    const started = (await queued.inject({ method: 'POST', url: '/api/decisions/solve', payload })).json() as DecisionView;
    let ended: DecisionView;
    for (const startedAt = Date.now(); ;) {
      ended = (await queued.inject({ method: 'GET', url: `/api/decisions/${started.id}` })).json() as DecisionView;
      if (!['queued', 'running'].includes(ended.status)) break;
      if (Date.now() - startedAt > 240_000) throw new Error(`the solve is still ${ended.status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(ended.status, ended.error).toBe('done');
    const engine = solve(document, { lever: { lever, low: 0, high: 100 }, target: { measure: parseMeasure('sys meetsAfterRiskShare 0', 'target'), value: 0.5 }, trials: 60, seed: 11 });
    expect(ended.result).toEqual(solveResultWire(engine));
  }, 300_000);

  test('a worker refuses a chunk made by another engine version, saying both versions', async () => {
    const queue = new Queue(CHUNK_QUEUE, { connection: { url: redis.url } });
    try {
      const data: ChunkJobData = { engineVersion: '0.0.1-other', serverId: 'an-older-server', group: 'an-older-run', firstTrial: 0, trialCount: 1, task: '' };
      const job = await queue.add('trials', data, { jobId: 'older-engine-chunk' });
      for (const startedAt = Date.now(); !(await job.isFailed());) {
        if (Date.now() - startedAt > 20_000) throw new Error(`the chunk was not refused: ${await job.getState()}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const failed = await queue.getJob('older-engine-chunk');
      expect(failed?.failedReason).toBe(
        `refused: this worker runs engine ${ENGINE_VERSION} and the chunk was made by engine 0.0.1-other; run workers of the server's version (same seed, same results holds only for one engine)`,
      );
      expect(failed?.attemptsMade).toBe(1);
    } finally {
      await queue.close();
    }
  });
});

describe.skipIf(missing)('a server killed mid-run', () => {
  test('finds its run at the next start and marks it interrupted', async () => {
    const redis = await startRedis();
    const worker = startWorker({ REDIS_URL: redis.url, ...WORKER_ENV });
    const { dataDir, remove } = temporaryDataDir();
    const port = await freePort();
    const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'api', 'server.ts')], {
      cwd: ROOT,
      env: { ...process.env, REDIS_URL: redis.url, DATA_DIR: dataDir, PORT: String(port), WORKERS: '1', MAX_CHUNK_TRIALS: '2', UI_DIST_DIR: join(dataDir, 'no-ui'), LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    try {
      await worker.ready;
      const address = `http://127.0.0.1:${port}`;
      for (
        const startedAt = Date.now();
        !(await fetch(`${address}/api/health`).then(
          (response) => response.ok,
          () => false,
        ));
      ) {
        if (Date.now() - startedAt > 60_000) throw new Error('the server did not start');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const post = await fetch(`${address}/api/runs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenarioId: 'preset-system-control-total', trials: 200, seed: 3 }),
      });
      const started = (await post.json()) as RunView;
      for (const startedAt = Date.now(); ((await (await fetch(`${address}/api/runs/${started.id}`)).json()) as RunView).progress.done === 0;) {
        if (Date.now() - startedAt > 60_000) throw new Error('the run did not start');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGKILL');
      await exited;
      const again = await testApp({ dataDir, redisUrl: redis.url, workers: 1 });
      try {
        const view = (await again.inject({ method: 'GET', url: `/api/runs/${started.id}` })).json() as RunView;
        expect(view).toMatchObject({ status: 'interrupted', error: 'the server stopped before this run finished; start it again to get results' });
      } finally {
        await again.close();
      }
    } finally {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
      await worker.stop();
      await redis.stop();
      remove();
    }
  }, 180_000);
});

describe.skipIf(missing)('an unreachable Redis', () => {
  test('fails the start within seconds, naming REDIS_URL and why', async () => {
    const port = await freePort();
    const { dataDir, remove } = temporaryDataDir();
    const startedAt = Date.now();
    try {
      await expect(buildApp({ dataDir, workers: 1, redisUrl: `redis://127.0.0.1:${port}` })).rejects.toThrow(
        `Redis at redis://127.0.0.1:${port} (REDIS_URL) is unreachable: connect ECONNREFUSED 127.0.0.1:${port}`,
      );
      expect(Date.now() - startedAt).toBeLessThan(10_000);
    } finally {
      remove();
    }
  });

  test('once Redis stops, /api/health answers 503 saying so, and a new run fails with the reason instead of waiting', async () => {
    const redis = await startRedis();
    const app = await testApp({ redisUrl: redis.url, workers: 1 });
    try {
      await redis.stop();
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(503);
      // The reason is the connection's state or its last error (ECONNREFUSED), whichever the client has at that moment.
      const unreachable = new RegExp(`^the job queue is unreachable \\(Redis at ${redis.url}: [^)]+\\); start the run again once Redis answers$`);
      expect(health.json()).toEqual({ error: expect.stringMatching(unreachable) });
      const started = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-teaching', trials: 10, seed: 1 } })).json() as RunView;
      const view = await waitForRun(app, started.id, undefined, 20_000);
      expect(view.status).toBe('failed');
      expect(view.error).toMatch(unreachable);
    } finally {
      await app.close();
      app.removeData();
    }
  }, 120_000);
});
