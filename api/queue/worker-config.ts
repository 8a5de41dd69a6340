import { availableParallelism } from 'node:os';
import { checkRedisUrl } from './redis-url.ts';

/** A worker process's settings (see README, "Scale-out"). */
export interface WorkerOptions {
  readonly redisUrl: string;
  /** Worker threads, and so chunks run at once. */
  readonly threads: number;
  /** A chunk's lock: a worker silent this long (it died) loses the chunk to another. */
  readonly lockMs: number;
  /** Times a chunk may be taken again after its worker stopped; one more and its run fails. */
  readonly retries: number;
}

/**
 * Reads a worker's settings from the environment.
 * @throws Error naming the variable when a value is missing or not usable
 */
export function loadWorkerOptions(env: NodeJS.ProcessEnv = process.env): WorkerOptions {
  const redisUrl = env.REDIS_URL?.trim();
  if (!redisUrl) throw new Error('REDIS_URL must be set for a worker: the Redis the server queues its chunks on, such as redis://127.0.0.1:6379');
  checkRedisUrl(redisUrl);
  const integer = (name: string, minimum: number, fallback: number): number => {
    const text = env[name];
    if (text === undefined || text.trim() === '') return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < minimum) throw new Error(`${name} must be a whole number >= ${minimum}; got "${text}"`);
    return value;
  };
  return {
    redisUrl,
    threads: integer('WORKER_THREADS', 1, availableParallelism()),
    lockMs: integer('CHUNK_LOCK_MS', 1_000, 30_000),
    retries: integer('CHUNK_RETRIES', 0, 2),
  };
}
