import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { chunkTrials } from '../../api/runs/run-manager.ts';
import { openDatabase } from '../../api/store/database.ts';
import { RunStore } from '../../api/store/run-store.ts';
import { refusal, temporaryDataDir, testApp, waitForRun, type RunView } from './helper.ts';
import { uncertainScenario } from '../engine/fixtures.ts';

async function runAndFetch(workers: number, maxChunkTrials: number, payload: Record<string, unknown>): Promise<unknown> {
  const app = await testApp({ workers, maxChunkTrials });
  try {
    const started = (await app.inject({ method: 'POST', url: '/api/runs', payload })).json() as RunView;
    expect((await waitForRun(app, started.id)).status).toBe('done');
    return (await app.inject({ method: 'GET', url: `/api/runs/${started.id}/results` })).json();
  } finally {
    await app.close();
    app.removeData();
  }
}

describe('splitting trials', () => {
  test('chunks cover every trial once, in a multiple of the worker count', () => {
    expect(chunkTrials(200, 2, 1000)).toEqual([
      { firstTrial: 0, trialCount: 100 },
      { firstTrial: 100, trialCount: 100 },
    ]);
    expect(chunkTrials(5000, 2, 1000).map((chunk) => chunk.trialCount)).toEqual([834, 834, 834, 834, 834, 830]);
    expect(chunkTrials(1, 4, 1000)).toEqual([{ firstTrial: 0, trialCount: 1 }]);
    expect(chunkTrials(7, 1, 3).map((chunk) => chunk.trialCount)).toEqual([3, 3, 1]);
  });
});

describe('the worker pool', () => {
  test('the same seed on 1 worker and on 2 workers gives identical results', async () => {
    const payload = { scenarioId: 'preset-system-control-total', trials: 90, seed: 4242 };
    const one = await runAndFetch(1, 1000, payload);
    // Two workers, small chunks: trials arrive out of order across many pieces.
    const two = await runAndFetch(2, 7, payload);
    expect(two).toEqual(one);
    expect((one as { meta: { seed: number; trials: number } }).meta).toMatchObject({ seed: 4242, trials: 90 });
  });

  test('a run longer than the reservoir gives identical results on 1 and 2 workers, and its trials CSV, written to disk as chunks came back, holds every trial', async () => {
    // One trust, one year: 10,500 trials in about a second, past the 10,000 the reservoir keeps.
    const payload = { document: uncertainScenario({ rule: 'proRata' }), trials: 10_500, seed: 77 };
    const run = async (workers: number, maxChunkTrials: number) => {
      const app = await testApp({ workers, maxChunkTrials });
      try {
        const started = (await app.inject({ method: 'POST', url: '/api/runs', payload })).json() as RunView;
        expect((await waitForRun(app, started.id, undefined, 200_000)).status).toBe('done');
        const results = (await app.inject({ method: 'GET', url: `/api/runs/${started.id}/results` })).json() as {
          meta: { trials: number; reservoir?: { rows: number } };
          table: { entityId: string; year: number; metrics: { outturn: { mean: number } } }[];
        };
        const csv = (await app.inject({ method: 'GET', url: `/api/runs/${started.id}/trials.csv` })).body;
        return { results, csv: csv.replaceAll(started.id, 'RUN') };
      } finally {
        await app.close();
        app.removeData();
      }
    };
    const one = await run(1, 10_500);
    const two = await run(2, 997);
    expect(two.results).toEqual(one.results);
    expect(one.results.meta).toMatchObject({ trials: 10_500, reservoir: { rows: 10_000 } });
    expect(two.csv).toBe(one.csv);
    const lines = one.csv.split('\r\n').filter(Boolean);
    const header = lines[0].replace('\uFEFF', '').split(',');
    const [row] = one.results.table;
    const outturns = lines
      .slice(1)
      .map((line) => line.split(','))
      .filter((cells) => cells[header.indexOf('entity_id')] === row.entityId && cells[header.indexOf('year')] === lines[1].split(',')[header.indexOf('year')])
      .map((cells) => Number(cells[header.indexOf('outturn')]));
    expect(new Set(lines.slice(1).map((line) => line.split(',')[header.indexOf('trial')])).size).toBe(10_500);
    expect(outturns).toHaveLength(10_500);
    // Every trial's outturn, from the audit file, reproduces the mean the results report over every trial.
    expect(outturns.reduce((sum, value) => sum + value, 0) / 10_500).toBeCloseTo(row.metrics.outturn.mean, 9);
  }, 480_000);

  test('a worker killed mid-run fails that run; the server carries on', async () => {
    const app = await testApp({ workers: 1 });
    try {
      const started = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-system-control-total', trials: 4000 } })).json() as RunView;
      await waitForRun(app, started.id, (run) => run.progress.done > 0);
      const [worker] = app.workerPool.workersRunning(started.id);
      expect(worker).toBeDefined();
      await worker.terminate();

      const failed = await waitForRun(app, started.id);
      expect(failed.status).toBe('failed');
      expect(failed.error).toBe("a worker thread stopped unexpectedly (exit code 1) while running this run's trials; the run was stopped and the server carries on. Start the run again.");
      const events = (await app.inject({ method: 'GET', url: `/api/runs/${started.id}/events` })).body;
      expect(events).toContain('event: status\ndata: {"status":"failed","error":"a worker thread stopped unexpectedly');
      const results = await app.inject({ method: 'GET', url: `/api/runs/${started.id}/results` });
      expect(results.statusCode).toBe(409);

      // Still serving, with a replacement worker that runs the next run to the end.
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.json()).toMatchObject({ status: 'ok', workers: 1, runs: { running: 0, queued: 0 } });
      const next = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-teaching', trials: 30 } })).json() as RunView;
      expect((await waitForRun(app, next.id)).status).toBe('done');
    } finally {
      await app.close();
      app.removeData();
    }
  });
});

describe('the run queue', () => {
  test('a full queue answers 429 with Retry-After; queued runs start when a place frees', async () => {
    const app = await testApp({ workers: 1, runConcurrency: 1, maxQueuedRuns: 1 });
    try {
      const long = { scenarioId: 'preset-system-control-total', trials: 5000 };
      const running = (await app.inject({ method: 'POST', url: '/api/runs', payload: long })).json() as RunView;
      const queued = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-teaching', trials: 20 } })).json() as RunView;
      expect(running.status).toBe('running');
      expect(queued.status).toBe('queued');
      expect((await app.inject({ method: 'GET', url: '/api/health' })).json().runs).toEqual({ running: 1, queued: 1 });

      const refused = await app.inject({ method: 'POST', url: '/api/runs', payload: long });
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(refused.json()).toEqual(refusal(`the run queue is full (1 runs waiting); retry in ${refused.headers['retry-after']} s`, 'request'));

      // Queued runs follow their events and can be cancelled like running ones.
      await app.inject({ method: 'POST', url: `/api/runs/${running.id}/cancel` });
      expect((await waitForRun(app, queued.id)).status).toBe('done');
    } finally {
      await app.close();
      app.removeData();
    }
  });

  test('shutting down cancels queued runs and, after the grace period, running ones', async () => {
    const { dataDir, remove } = temporaryDataDir();
    const app = await testApp({ dataDir, workers: 1, runConcurrency: 1, shutdownGraceMs: 50 });
    const running = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-system-control-total', trials: 5000 } })).json() as RunView;
    const queued = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-teaching', trials: 20 } })).json() as RunView;
    const stream = app.inject({ method: 'GET', url: `/api/runs/${running.id}/events` });
    await app.close();
    expect((await stream).body).toContain('event: status\ndata: {"status":"cancelled","error":"the server shut down before this run finished"}');
    const db = openDatabase(join(dataDir, 'ics.sqlite'));
    const runs = new RunStore(db);
    expect(runs.get(running.id)).toMatchObject({ status: 'cancelled', error: 'the server shut down before this run finished' });
    expect(runs.get(queued.id)).toMatchObject({ status: 'cancelled', error: 'the server shut down before this run started' });
    db.close();
    remove();
  });
});
