// Runs a command as a whole process and measures it: wall-clock seconds, CPU
// seconds and peak resident memory (the kernel's high-water mark). Peak RSS comes from
// GNU time when /usr/bin/time is there (Debian's "time" package), else from
// polling /proc/<pid>/status every 20 ms (which can miss a peak in the last
// 20 ms), else it is left out.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface ProcessMeasure {
  readonly seconds: number;
  /** User + system CPU seconds of the process and its threads; NaN without GNU time. */
  readonly cpuSeconds: number;
  /** Peak resident memory, MB; NaN when it could not be measured. */
  readonly peakRssMb: number;
  readonly stdout: string;
  readonly exitCode: number;
}

const GNU_TIME = '/usr/bin/time';
const MARKER = '@@bench-peak-kb ';

function highWaterKb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Runs `command args` in `cwd` and resolves with its time, peak memory and output (stderr is passed through). */
export function measureProcess(command: string, args: readonly string[], cwd: string): Promise<ProcessMeasure> {
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-f', `${MARKER}%M %U %S`, command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let polledKb = Number.NaN;
    const poll = useTime
      ? undefined
      : setInterval(() => {
          const kb = highWaterKb(child.pid as number);
          if (kb >= 0) polledKb = Number.isNaN(polledKb) ? kb : Math.max(polledKb, kb);
        }, 20);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      let peakKb = polledKb;
      let cpuSeconds = Number.NaN;
      if (useTime) {
        const line = stderr.split('\n').find((text) => text.startsWith(MARKER));
        const [kb, user, system] = line ? line.slice(MARKER.length).split(' ').map(Number) : [];
        peakKb = kb ?? Number.NaN;
        cpuSeconds = (user ?? Number.NaN) + (system ?? Number.NaN);
        stderr = stderr
          .split('\n')
          .filter((text) => !text.startsWith(MARKER))
          .join('\n');
      }
      if (code !== 0) process.stderr.write(stderr);
      resolve({ seconds, cpuSeconds, peakRssMb: peakKb / 1024, stdout, exitCode: code ?? -1 });
    });
  });
}
