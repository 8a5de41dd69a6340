import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { ENGINE_VERSION } from '../../engine/index.ts';
import { JobFailedError } from '../runs/job-queue.ts';
import type { TrialsResult, TrialsTask } from '../workers/messages.ts';
import type { TrialRunner } from '../workers/trial-runner.ts';
import { TaskCancelledError, WorkerTaskError, type TaskOptions } from '../workers/worker-pool.ts';
import { CANCEL_CHANNEL, CHUNK_QUEUE, decodeResult, encodeTask, REFUSED, resultKey, serverKey, type ChunkJobData, type ChunkReturn } from './chunk-wire.ts';
import { connectRedis } from './redis-connection.ts';
import { redisAddress } from './redis-url.ts';

/** How often the server says it is alive (and checks that Redis answers). */
const HEARTBEAT_MS = 5_000;
/** A server silent this long is gone: workers drop its chunks. */
const SERVER_TTL_SECONDS = 30;
/** Heartbeats missed in a row before the runs waiting on Redis are stopped. */
const MISSED_HEARTBEATS = 3;
/** How long one answer from Redis may take; generous, since a busy event loop delays the answer's callback too. */
const ANSWER_MS = 10_000;
/** BullMQ's reason for a job whose workers kept stopping under it. */
const STALLED = 'stalled more than allowable limit';

interface PendingChunk {
  readonly group: string;
  readonly firstTrial: number;
  readonly trialCount: number;
  readonly onProgress?: (done: number) => void;
  readonly resolve: (result: TrialsResult) => void;
  readonly reject: (error: Error) => void;
}

/** Whether Redis answers, and how many worker processes are on the queue. */
export type QueueHealth = { readonly kind: 'redis'; readonly status: 'ok'; readonly workers: number } | { readonly kind: 'redis'; readonly status: 'unreachable'; readonly error: string };

/**
 * Runs chunks of trials on worker processes through a BullMQ queue in Redis
 * (`npm run worker`, on any machine): each chunk is queued with the engine
 * version that made it; a worker runs it with the same engine code and
 * leaves the partial results in Redis; the server reads them back and
 * gathers them as it gathers its own threads'. A worker that dies mid-chunk
 * loses its lock, and another takes the chunk again (BullMQ's stalled-job
 * check, a bounded number of times; then the run fails saying so).
 */
export class RemoteTrialRunner implements TrialRunner {
  private readonly pending = new Map<string, PendingChunk>();
  private readonly serverId = randomUUID();
  private nextChunk = 1;
  private missedHeartbeats = 0;
  /** The connection's last error (ECONNREFUSED, say), clearer than the command's own once it is down. */
  private connectionError: string | undefined;
  private readonly heartbeat: NodeJS.Timeout;
  private closed = false;

  private constructor(
    private readonly url: string,
    private readonly redis: Redis,
    private readonly reader: Redis,
    private readonly queue: Queue,
    private readonly events: QueueEvents,
    private readonly log: { warn: (object: object, message: string) => void; error: (object: object, message: string) => void },
  ) {
    const noteError = (error: Error) => {
      this.connectionError = error.message;
    };
    redis.on('error', noteError);
    queue.on('error', noteError);
    redis.on('ready', () => {
      this.connectionError = undefined;
    });
    events.on('progress', ({ jobId, data }) => {
      if (typeof data === 'number') this.pending.get(jobId)?.onProgress?.(data);
    });
    events.on('completed', ({ jobId, returnvalue }) => void this.completed(jobId, returnvalue as unknown as ChunkReturn));
    events.on('failed', ({ jobId, failedReason }) => this.failed(jobId, failedReason));
    events.on('error', (error) => this.log.warn({ err: error }, 'job queue events: connection error'));
    this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /**
   * Connects to Redis and the chunk queue.
   * @throws RedisUnreachableError, within a few seconds, when Redis does not answer
   */
  static async connect(url: string, log: RemoteTrialRunner['log']): Promise<RemoteTrialRunner> {
    const redis = await connectRedis(url, { blocking: false, name: 'ics-server' });
    const reader = await connectRedis(url, { blocking: true, name: 'ics-server-events' }).catch((error: unknown) => {
      redis.disconnect();
      throw error;
    });
    const queue = new Queue(CHUNK_QUEUE, { connection: redis });
    const events = new QueueEvents(CHUNK_QUEUE, { connection: reader });
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    const runner = new RemoteTrialRunner(url, redis, reader, queue, events, log);
    await runner.beat();
    return runner;
  }

  run(task: TrialsTask, options: TaskOptions): Promise<TrialsResult> {
    if (this.closed) return Promise.reject(new TaskCancelledError());
    const jobId = `${this.serverId}.${this.nextChunk++}`;
    const data: ChunkJobData = { engineVersion: ENGINE_VERSION, serverId: this.serverId, group: options.group, firstTrial: task.firstTrial, trialCount: task.trialCount, task: encodeTask(task) };
    return new Promise<TrialsResult>((resolve, reject) => {
      this.pending.set(jobId, { group: options.group, firstTrial: task.firstTrial, trialCount: task.trialCount, onProgress: options.onProgress, resolve, reject });
      this.queue.add('trials', data, { jobId, attempts: 1, removeOnComplete: true, removeOnFail: { age: RESULT_AGE_SECONDS } }).catch((error: unknown) => {
        this.settle(jobId)?.reject(this.unreachable(error));
      });
    });
  }

  withdraw(group: string): void {
    let withdrawn = 0;
    for (const [jobId, chunk] of this.pending) {
      if (chunk.group !== group) continue;
      this.pending.delete(jobId);
      chunk.reject(new TaskCancelledError());
      // A chunk still waiting is removed; one a worker holds is stopped by the message below.
      this.queue.remove(jobId).catch(() => undefined);
      withdrawn++;
    }
    if (withdrawn > 0) this.redis.publish(CANCEL_CHANNEL, group).catch(() => undefined);
  }

  /** Whether Redis answers now, and how many worker processes are on the queue. */
  async health(): Promise<QueueHealth> {
    try {
      const workers = await withTimeout(this.queue.getWorkersCount(), ANSWER_MS);
      return { kind: 'redis', status: 'ok', workers };
    } catch (error) {
      return { kind: 'redis', status: 'unreachable', error: this.unreachable(error).message };
    }
  }

  /** Stops the chunks it still waits for (they are dropped by the workers), and disconnects. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.heartbeat);
    for (const group of new Set([...this.pending.values()].map((chunk) => chunk.group))) this.withdraw(group);
    await this.redis.del(serverKey(this.serverId)).catch(() => undefined);
    // Closing waits for Redis to answer; one that is down must not hold the server's shutdown.
    await withTimeout(Promise.allSettled([this.events.close(), this.queue.close()]), 2_000).catch(() => undefined);
    this.reader.disconnect();
    this.redis.disconnect();
  }

  private settle(jobId: string): PendingChunk | undefined {
    const chunk = this.pending.get(jobId);
    this.pending.delete(jobId);
    return chunk;
  }

  private async completed(jobId: string, returned: ChunkReturn): Promise<void> {
    if (!this.pending.has(jobId)) return;
    try {
      if ('dropped' in returned) throw new JobFailedError(`a worker dropped a chunk of this run: ${returned.dropped}`);
      const key = resultKey(jobId);
      const buffer = await this.redis.getBuffer(key);
      if (!buffer) throw new JobFailedError(`the results of trials ${this.trials(jobId)} were not found in Redis; start the run again`);
      this.redis.del(key).catch(() => undefined);
      this.settle(jobId)?.resolve(decodeResult(buffer));
    } catch (error) {
      this.settle(jobId)?.reject(error instanceof JobFailedError ? error : this.unreachable(error));
    }
  }

  private failed(jobId: string, reason: string): void {
    const chunk = this.pending.get(jobId);
    if (!chunk) return;
    this.settle(jobId);
    if (reason.startsWith(REFUSED)) chunk.reject(new JobFailedError(`a worker refused a chunk of this run: ${reason.slice(REFUSED.length)}`));
    else if (reason.includes(STALLED)) {
      chunk.reject(
        new JobFailedError(
          `the worker processes running trials ${this.trials(jobId, chunk)} stopped before finishing them, more often than the retries allow (CHUNK_RETRIES); check the workers' logs, then start the run again`,
        ),
      );
    } else chunk.reject(new WorkerTaskError(reason));
  }

  private trials(jobId: string, chunk = this.pending.get(jobId)): string {
    return chunk ? `${chunk.firstTrial + 1}–${chunk.firstTrial + chunk.trialCount}` : `of chunk ${jobId}`;
  }

  private unreachable(error: unknown): JobFailedError {
    const reason = this.redis.status === 'ready' ? ((error as Error).message ?? String(error)) : (this.connectionError ?? `the connection is ${this.redis.status}`);
    const message = `the job queue is unreachable (Redis at ${redisAddress(this.url)}: ${reason}); start the run again once Redis answers`;
    return new JobFailedError(message);
  }

  /** Keeps this server's key alive; after missed beats, stops the chunks it waits for rather than wait for ever. */
  private async beat(): Promise<void> {
    try {
      await withTimeout(this.redis.set(serverKey(this.serverId), '1', 'EX', SERVER_TTL_SECONDS), ANSWER_MS);
      this.missedHeartbeats = 0;
    } catch (error) {
      this.missedHeartbeats++;
      this.log.error({ err: error, missed: this.missedHeartbeats }, 'Redis did not answer');
      if (this.missedHeartbeats < MISSED_HEARTBEATS) return;
      for (const jobId of [...this.pending.keys()]) this.settle(jobId)?.reject(this.unreachable(error));
    }
  }
}

/** How long a failed chunk stays in Redis, for the workers' logs to be read against. */
const RESULT_AGE_SECONDS = 3_600;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
