// A worker process of the job queue (`npm run worker`): takes chunks of
// trials from Redis, runs them on its own worker threads with the same engine
// code as the server's, and leaves the partial results in Redis for the
// server that queued them. Settings: REDIS_URL, WORKER_THREADS, CHUNK_LOCK_MS,
// CHUNK_RETRIES (see README, "Scale-out").
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { ENGINE_VERSION } from '../../engine/index.ts';
import type { TrialsResult } from '../workers/messages.ts';
import { WorkerPool } from '../workers/worker-pool.ts';
import { CANCEL_CHANNEL, CHUNK_QUEUE, decodeTask, encodeResult, REFUSED, RESULT_TTL_SECONDS, resultKey, serverKey, type ChunkJobData, type ChunkReturn } from './chunk-wire.ts';
import { connectRedis } from './redis-connection.ts';
import { redisAddress } from './redis-url.ts';
import { loadWorkerOptions } from './worker-config.ts';

const say = (message: string) => process.stderr.write(`${new Date().toISOString()} worker ${process.pid}: ${message}\n`);
const log = { warn: (object: object, message: string) => say(`${message} ${JSON.stringify(object)}`), error: (object: object, message: string) => say(`${message} ${JSON.stringify(object)}`) };

async function main(): Promise<void> {
  const options = loadWorkerOptions();
  const [redis, blocking, subscriber] = await Promise.all([
    connectRedis(options.redisUrl, { blocking: false, name: 'ics-worker' }),
    connectRedis(options.redisUrl, { blocking: true, name: 'ics-worker-jobs' }),
    connectRedis(options.redisUrl, { blocking: true, name: 'ics-worker-cancel' }),
  ]);
  const pool = new WorkerPool({ size: options.threads, log });
  // Each chunk running here has its own stop flag; a run that ends early is announced on the cancel channel.
  const running = new Map<string, { group: string; flag: Int32Array }>();
  await subscriber.subscribe(CANCEL_CHANNEL);
  subscriber.on('message', (_channel: string, group: string) => {
    for (const chunk of running.values()) if (chunk.group === group) Atomics.store(chunk.flag, 0, 1);
  });

  const perform = async (job: Job<ChunkJobData>): Promise<ChunkReturn> => {
    const data = job.data;
    if (data.engineVersion !== ENGINE_VERSION) {
      throw new UnrecoverableError(
        `${REFUSED}this worker runs engine ${ENGINE_VERSION} and the chunk was made by engine ${data.engineVersion}; run workers of the server's version (same seed, same results holds only for one engine)`,
      );
    }
    if (!(await redis.exists(serverKey(data.serverId)))) return { dropped: 'the server that queued it is no longer running' };
    const flag = new Int32Array(new SharedArrayBuffer(4));
    running.set(job.id as string, { group: data.group, flag });
    try {
      const task = decodeTask(data.task);
      const result = await pool.run<TrialsResult>(
        { ...task, cancel: flag.buffer as SharedArrayBuffer },
        { group: job.id as string, onProgress: (done) => void job.updateProgress(done).catch(() => undefined) },
      );
      await redis.set(resultKey(job.id as string), encodeResult(result), 'EX', RESULT_TTL_SECONDS);
      return { stored: true };
    } finally {
      running.delete(job.id as string);
    }
  };

  const worker = new Worker<ChunkJobData, ChunkReturn>(CHUNK_QUEUE, perform, {
    connection: blocking,
    // Shown on each chunk it holds (job.processedBy), so that a chunk can be traced to its process.
    name: `worker-${process.pid}`,
    concurrency: options.threads,
    lockDuration: options.lockMs,
    stalledInterval: options.lockMs,
    maxStalledCount: options.retries,
  });
  worker.on('error', (error) => say(`queue error: ${error.message}`));
  worker.on('failed', (job, error) => say(`chunk ${job?.id} failed: ${error.message}`));
  await worker.waitUntilReady();
  say(`engine ${ENGINE_VERSION}, ${options.threads} threads, taking chunks from Redis at ${redisAddress(options.redisUrl)}`);

  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`${signal}: finishing the chunks in hand, then stopping`);
    await worker.close();
    await pool.close();
    for (const client of [redis, blocking, subscriber]) client.disconnect();
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${(error as Error).message}\n`);
  process.exit(1);
});
