// Load test of the server: starts it on a spare port with a temporary data
// folder, then measures with autocannon against localhost
//   1. GET /api/health alone;
//   2. small runs under concurrent load: CLIENTS clients each POST an inline
//      teaching run (200 trials), follow it by server-sent events to the end,
//      and start the next, while autocannon keeps hitting GET /api/health;
//   3. a flood of POST /api/runs (autocannon), which the bounded queue answers
//      with 202 or 429 + Retry-After; the accepted runs are then drained;
// and reports runs per second, latencies (p50/p99) and the server's peak RSS.
//
// Usage: npx tsx bench/server-load.ts [--clients 8] [--seconds 20] [--trials 200] [--workers N]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { parseScenarioText } from '../engine/index.ts';

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const CLIENTS = argument('clients', 8);
const SECONDS = argument('seconds', 20);
const TRIALS = argument('trials', 200);
const WORKERS = argument('workers', availableParallelism());
const root = join(import.meta.dirname, '..');

const parsed = parseScenarioText(readFileSync(join(root, 'scenarios', 'teaching.yaml'), 'utf8'));
if (!parsed.ok) throw new Error('teaching.yaml does not parse');
const runBody = JSON.stringify({ document: parsed.document, trials: TRIALS, seed: 1 });

function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Peak and current resident set size of a process, from /proc (Linux), in MB. */
function memoryOf(pid: number): { peakMb: number; currentMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
    return { peakMb: Math.round(field('VmHWM')), currentMb: Math.round(field('VmRSS')) };
  } catch {
    return undefined;
  }
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]);
const summarise = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: Math.round(percentile(sorted, 0.5)), p99: Math.round(percentile(sorted, 0.99)), max: Math.round(sorted.at(-1) ?? NaN) };
};

async function main(): Promise<void> {
  const port = await sparePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'ics-bench-'));
  const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'api', 'server.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, WORKERS: String(WORKERS), RATE_LIMIT_MAX: '100000000', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const pid = server.pid as number;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      if (attempt > 200) throw new Error('the server did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.log(`Server load test: Node ${process.version}, ${availableParallelism()} cores, ${WORKERS} workers, inline teaching runs of ${TRIALS} trials\n`);

    // Warm the workers (each compiles the engine on its first task).
    for (let index = 0; index < WORKERS * 2; index++) await runToEnd(base);

    const healthAlone = await autocannon({ url: `${base}/api/health`, connections: 10, duration: 10 });
    console.log(
      `1. GET /api/health alone (10 connections, 10 s): ${Math.round(healthAlone.requests.average)} req/s, latency p50 ${healthAlone.latency.p50} ms, p99 ${healthAlone.latency.p99} ms, non-2xx ${healthAlone.non2xx}`,
    );

    const started = Date.now();
    const durations: number[] = [];
    let failures = 0;
    const clients = Array.from({ length: CLIENTS }, async () => {
      while (Date.now() - started < SECONDS * 1000) {
        const outcome = await runToEnd(base);
        if (outcome.status === 'done') durations.push(outcome.ms);
        else failures++;
      }
    });
    const healthUnderLoad = await autocannon({ url: `${base}/api/health`, connections: 10, duration: SECONDS });
    await Promise.all(clients);
    const elapsed = (Date.now() - started) / 1000;
    const runs = summarise(durations);
    console.log(
      `2. ${CLIENTS} clients running back to back for ${SECONDS} s: ${(runs.n / elapsed).toFixed(1)} runs/s (${runs.n} done, ${failures} not done); ` +
        `run time, POST to final status event: p50 ${runs.p50} ms, p99 ${runs.p99} ms, max ${runs.max} ms`,
    );
    console.log(
      `   GET /api/health meanwhile (10 connections): ${Math.round(healthUnderLoad.requests.average)} req/s, latency p50 ${healthUnderLoad.latency.p50} ms, p99 ${healthUnderLoad.latency.p99} ms, non-2xx ${healthUnderLoad.non2xx}`,
    );

    const accepted: string[] = [];
    const flood = await autocannon({
      url: `${base}/api/runs`,
      connections: CLIENTS,
      duration: 10,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: runBody,
          onResponse: (status, body) => {
            if (status === 202) accepted.push((JSON.parse(body) as { id: string }).id);
          },
        },
      ],
    });
    const floodStarted = Date.now() - flood.duration * 1000;
    let lastFinished = 0;
    for (const id of accepted) {
      const run = await followRun(base, id);
      if (run.finishedAt) lastFinished = Math.max(lastFinished, Date.parse(run.finishedAt));
    }
    const codes = Object.entries(flood.statusCodeStats)
      .map(([code, { count }]) => `${code}: ${count}`)
      .join(', ');
    console.log(
      `3. POST /api/runs flood (${CLIENTS} connections, 10 s): ${Math.round(flood.requests.average)} req/s, latency p50 ${flood.latency.p50} ms, p99 ${flood.latency.p99} ms; responses ${codes}; ` +
        `the ${accepted.length} accepted runs finished ${((lastFinished - floodStarted) / 1000).toFixed(1)} s after the flood began (${(accepted.length / ((lastFinished - floodStarted) / 1000)).toFixed(1)} runs/s)`,
    );
    const memory = memoryOf(pid);
    console.log(memory ? `Server peak RSS (main thread + ${WORKERS} workers, one process): ${memory.peakMb} MB (now ${memory.currentMb} MB)` : 'Peak RSS: /proc not available on this system');
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** POSTs a run and reads its event stream to the final status; the time is from POST to that event. */
async function runToEnd(base: string): Promise<{ status: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${base}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: runBody });
  if (response.status === 429) {
    await new Promise((resolve) => setTimeout(resolve, 1000 * Number(response.headers.get('retry-after') ?? 1)));
    return { status: 'refused (429)', ms: performance.now() - started };
  }
  const { id } = (await response.json()) as { id: string };
  const events = await (await fetch(`${base}/api/runs/${id}/events`)).text();
  const status = /event: status\ndata: \{"status":"(\w+)"/.exec(events)?.[1] ?? 'unknown';
  return { status, ms: performance.now() - started };
}

async function followRun(base: string, id: string): Promise<{ status: string; finishedAt?: string }> {
  await (await fetch(`${base}/api/runs/${id}/events`)).text();
  return (await (await fetch(`${base}/api/runs/${id}`)).json()) as { status: string; finishedAt?: string };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
