import { Redis } from 'ioredis';
import { checkRedisUrl, redisAddress } from './redis-url.ts';

/** How long connecting to Redis may take before the server (or a worker) gives up with a message. */
export const REDIS_CONNECT_TIMEOUT_MS = 5_000;

/** Redis refused or did not answer: said as is at start, on /api/health and to a run it stops. */
export class RedisUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedisUnreachableError';
  }
}

/**
 * A connected client. `blocking` connections (a BullMQ worker's, or the
 * queue's event reader) wait through a blip and reconnect; the others fail
 * a command at once while Redis is away, so nothing the server does hangs.
 * @throws RedisUnreachableError when Redis does not answer within REDIS_CONNECT_TIMEOUT_MS
 */
export async function connectRedis(url: string, options: { blocking: boolean; name: string }): Promise<Redis> {
  checkRedisUrl(url);
  const redis = new Redis(url, {
    lazyConnect: true,
    connectionName: options.name,
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: options.blocking ? null : 1,
    enableOfflineQueue: options.blocking,
    retryStrategy: (times) => Math.min(200 * times, 2_000),
  });
  // A client without an error listener would print every failed reconnection; the callers watch the connection themselves.
  let lastError: Error | undefined;
  redis.on('error', (error: Error) => {
    lastError = error;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      redis.connect().then(() => redis.ping()),
      new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(lastError ?? new Error(`no answer within ${REDIS_CONNECT_TIMEOUT_MS / 1000} s`)), REDIS_CONNECT_TIMEOUT_MS);
      }),
    ]);
  } catch (error) {
    redis.disconnect();
    throw new RedisUnreachableError(`Redis at ${redisAddress(url)} (REDIS_URL) is unreachable: ${(lastError ?? (error as Error)).message}`);
  } finally {
    clearTimeout(timer);
  }
  return redis;
}
