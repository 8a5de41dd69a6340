// npm run bench:scale-out: one preset's run on the Redis job queue with 1, 2
// and 4 worker processes (one thread each) on this machine, POST to done,
// the scaling curve of README "Scale-out". Starts its own redis-server on a
// free port (Debian's, /usr/bin/redis-server) and the workers.
// Usage: npm run bench:scale-out [-- --preset england --trials 40 --processes 1,2,4]
//   England at 10,000 trials is about 80 minutes of one core per process
//   count, so the default is a smaller run; each worker compiles the preset
//   once, which a short run counts in full.
import { createHash } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { testApp, waitForRun, type RunView } from '../tests/api/helper.ts';
import { redisMissing, startRedis, startWorker } from '../tests/api/scale-out/services.ts';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
}
const preset = option('--preset', 'england');
const trials = Number(option('--trials', '40'));
const counts = option('--processes', '1,2,4').split(',').map(Number);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

const missing = redisMissing();
if (missing) {
  console.log(`Cannot run the scale-out benchmark: ${missing}`);
  process.exit(1);
}
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; load average ${load()} at the start (shared machine: read the times with it)`);
console.log(`${preset} at ${trials} trials on the Redis job queue, 4 chunks (WORKERS=4 on the server), worker processes of 1 thread each; POST to done, worker start-up not counted\n`);

const redis = await startRedis();
const rows: { processes: number; seconds: number; loadBefore: string; loadAfter: string; digest: string }[] = [];
try {
  for (const processes of counts) {
    const workers = Array.from({ length: processes }, () => startWorker({ REDIS_URL: redis.url, WORKER_THREADS: '1' }, 600_000));
    await Promise.all(workers.map((worker) => worker.ready));
    const app = await testApp({ redisUrl: redis.url, workers: 4, maxChunkTrials: Math.ceil(trials / 4), rateLimitMax: 1_000_000, uiDistDir: join(import.meta.dirname, 'no-ui') });
    try {
      const loadBefore = load();
      const startedAt = performance.now();
      const started = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: `preset-${preset}`, trials, seed: 20_261_201 } })).json() as RunView;
      const view = await waitForRun(app, started.id, undefined, 6 * 3600 * 1000);
      const seconds = (performance.now() - startedAt) / 1000;
      if (view.status !== 'done') throw new Error(`the run ended ${view.status}: ${view.error}`);
      const results = (await app.inject({ method: 'GET', url: `/api/runs/${started.id}/results` })).body.replaceAll(started.id, 'RUN');
      rows.push({ processes, seconds, loadBefore, loadAfter: load(), digest: createHash('sha256').update(results).digest('hex').slice(0, 12) });
      console.log(`${processes} worker process(es): ${seconds.toFixed(1)} s`);
    } finally {
      await app.close();
      app.removeData();
      await Promise.all(workers.map((worker) => worker.stop()));
    }
  }
} finally {
  await redis.stop();
}

console.log('\n| worker processes | POST to done | trials a second | speed-up over 1 | load average before → after (1, 5, 15 min) | results (SHA-256) |');
console.log('|---|---|---|---|---|---|');
const one = rows.find((row) => row.processes === 1)?.seconds;
for (const row of rows) {
  const speedUp = one ? (one / row.seconds).toFixed(2) : 'n/a';
  console.log(`| ${row.processes} | ${row.seconds.toFixed(1)} s | ${(trials / row.seconds).toFixed(2)} | ${speedUp} | ${row.loadBefore} → ${row.loadAfter} | ${row.digest} |`);
}
const digests = new Set(rows.map((row) => row.digest));
console.log(digests.size === 1 ? '\nThe results are identical for every number of processes.' : '\nTHE RESULTS DIFFER between process counts: a bug.');
