// Services the scale-out tests start for themselves: a Redis server on a
// free 127.0.0.1 port in a temporary folder, and worker processes of the
// job queue. When Debian's redis-server is not installed (scripts/test-setup.mjs
// installs it where it can), the tests are skipped with the reason printed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helper.ts';

export const REDIS_SERVER = '/usr/bin/redis-server';

/** Why the Redis tests cannot run here, or undefined when they can. */
export function redisMissing(): string | undefined {
  if (!existsSync(REDIS_SERVER)) return `${REDIS_SERVER} is not installed (apt-get install -y redis-server; scripts/test-setup.mjs does it where it may)`;
  const version = spawnSync(REDIS_SERVER, ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) return `${REDIS_SERVER} --version failed: ${version.stderr}`;
  return undefined;
}

/** A port free on 127.0.0.1 now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** Starts redis-server (no persistence) on a free port; `stop` ends it and removes its folder. */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'ics-redis-'));
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (data: Buffer) => (output += data.toString()));
  await waitFor(() => output.includes('Ready to accept connections') || child.exitCode !== null, 'redis-server did not start').catch((error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`${error.message}: ${output}`);
  });
  if (child.exitCode !== null) throw new Error(`redis-server stopped at once: ${output}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface WorkerProcess {
  readonly child: ChildProcess;
  /** What it has written to stderr so far. */
  log(): string;
  /** Resolves once it says it takes chunks. */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

/** Starts `npm run worker`'s program (through tsx) with these settings; `ready` rejects if it has not started within `readyTimeoutMs`. */
export function startWorker(env: Record<string, string>, readyTimeoutMs = 60_000): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'api', 'queue', 'chunk-worker.ts')], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (data: Buffer) => (log += data.toString()));
  const ready = waitFor(() => log.includes('taking chunks from Redis') || child.exitCode !== null, 'the worker did not start', readyTimeoutMs).then(() => {
    if (child.exitCode !== null) throw new Error(`the worker stopped: ${log}`);
  });
  return {
    child,
    log: () => log,
    ready,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
