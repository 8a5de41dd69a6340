// Times a server's start as a whole process: from spawning it to its first
// answer from /api/health, on a free port with an empty data folder. Used by
// npm run bench for the server's bundle against its TypeScript through tsx.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** CPU seconds (user + system, every thread) a process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuSecondsOf(pid: number): number {
  try {
    // The fields after the command's name (which is in parentheses): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * Seconds from spawning `command args` in `cwd` to a 200 from its
 * /api/health, and the CPU seconds the process had used by then (the figure
 * to compare on a loaded machine); the server is then stopped (SIGTERM).
 */
export async function timeServerStart(command: string, args: readonly string[], cwd: string): Promise<{ seconds: number; cpuSeconds: number }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ics-bench-server-'));
  const started = performance.now();
  const server = spawn(command, [...args], { cwd, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  try {
    for (;;) {
      if (server.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited (code ${server.exitCode}) before answering`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSecondsOf(server.pid as number) };
      } catch {
        // Not listening yet.
      }
      await new Promise((wait) => setTimeout(wait, 10));
    }
  } finally {
    server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
