import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { checkRedisUrl } from './queue/redis-url.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Everything the app needs to know; {@link loadConfig} reads it from the environment. */
export interface AppOptions {
  /** Folder for the database (created if missing). */
  readonly dataDir: string;
  /** SQLite file; default `<dataDir>/ics.sqlite`. */
  readonly databasePath: string;
  /** Folder of preset scenarios (*.yaml), listed read-only. */
  readonly presetsDir: string;
  /** The built UI (index.html and assets); a page saying how to build it is served when missing. */
  readonly uiDistDir: string;
  /** Worker threads running trials (with `redisUrl`, they only summarise finished runs). */
  readonly workers: number;
  /**
   * Redis for the job queue (REDIS_URL): when set, chunks of trials go to
   * worker processes (`npm run worker`) instead of this server's threads.
   */
  readonly redisUrl?: string;
  /** Runs executing at once (their chunks share the workers); further runs wait in the queue. */
  readonly runConcurrency: number;
  /** Runs that may wait; beyond it POST /api/runs answers 429 with Retry-After. */
  readonly maxQueuedRuns: number;
  /** Largest `trials` a run may ask for. */
  readonly maxTrials: number;
  /** Largest trials × work per trial (the engine's estimateWork; a unit is roughly 0.3–0.9 µs of one core). */
  readonly maxRunWork: number;
  /** Largest memory a run's per-trial figures may take while it runs (trials × every model's columns × 8 bytes). */
  readonly maxRunBytes: number;
  /** Largest chunk of trials handed to one worker at a time. */
  readonly maxChunkTrials: number;
  /** Largest request body, in bytes. */
  readonly bodyLimit: number;
  /** Requests per client per rate-limit window. */
  readonly rateLimitMax: number;
  readonly rateLimitWindowMs: number;
  /** Time allowed to receive a whole request, and to idle on a connection. */
  readonly requestTimeoutMs: number;
  readonly connectionTimeoutMs: number;
  /** Time allowed for a request's body to arrive after its headers; a stalled body gets 408 and its connection is closed. */
  readonly bodyTimeoutMs: number;
  /** Time the worker thread reading an uploaded scenario text may take; beyond it the text is refused. */
  readonly textReadTimeoutMs: number;
  /** Connections open at once; further ones are refused until one closes. */
  readonly maxConnections: number;
  /** Host names the server answers to (the Host header, without the port); `*` for any. */
  readonly allowedHosts: readonly string[];
  /** Allowed CORS origins; empty means CORS is off (same-origin only). */
  readonly corsOrigins: readonly string[];
  /** On shutdown, time running runs get to finish before they are cancelled. */
  readonly shutdownGraceMs: number;
  /** Seconds between SSE keep-alive comments. */
  readonly sseHeartbeatMs: number;
  /** Whether users must sign in (SIGN_IN=on); off, every request is allowed and nothing is attributed. */
  readonly signIn: boolean;
  /** How long a sign-in lasts. */
  readonly sessionHours: number;
  /** Mark the session cookie Secure (SECURE_COOKIES=on), for a server reached over HTTPS. */
  readonly secureCookies: boolean;
}

export const DEFAULT_OPTIONS = {
  maxQueuedRuns: 32,
  maxTrials: 100_000,
  // England (scenarios/england.yaml: 42 systems, 134 trusts with beds, 5 years) at 10,000 trials:
  // 10,000 × 999,376 units = 9.99e9 of work and 10,000 × 279,488 bytes = 2.6 GiB of per-trial
  // figures (each bed figure is 134 × 5 × 8 = 5,360 bytes a trial; the eight waits for a bed
  // added 42,880). The caps let that run (about an hour or more on 2 cores, see the README) and refuse larger.
  maxRunWork: 10_500_000_000,
  maxRunBytes: 2816 * 1024 * 1024,
  maxChunkTrials: 1000,
  bodyLimit: 4 * 1024 * 1024,
  rateLimitMax: 1200,
  rateLimitWindowMs: 60_000,
  requestTimeoutMs: 30_000,
  connectionTimeoutMs: 120_000,
  bodyTimeoutMs: 10_000,
  textReadTimeoutMs: 5_000,
  maxConnections: 256,
  shutdownGraceMs: 10_000,
  sseHeartbeatMs: 15_000,
  signIn: false,
  sessionHours: 12,
  secureCookies: false,
} as const;

/** Options for a data folder, every other setting at its default. */
export function defaultOptions(overrides: Partial<AppOptions> & { dataDir?: string } = {}): AppOptions {
  const dataDir = resolve(overrides.dataDir ?? join(ROOT, 'data'));
  const workers = overrides.workers ?? availableParallelism();
  return {
    ...DEFAULT_OPTIONS,
    presetsDir: join(ROOT, 'scenarios'),
    uiDistDir: join(ROOT, 'ui', 'dist'),
    corsOrigins: [],
    allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
    runConcurrency: workers,
    ...overrides,
    dataDir,
    databasePath: overrides.databasePath ?? join(dataDir, 'ics.sqlite'),
    workers,
  };
}

/**
 * Reads the options from environment variables (see README, "The server").
 * @throws Error naming the variable when a value is not usable
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppOptions {
  const integer = (name: string, minimum: number): number | undefined => {
    const text = env[name];
    if (text === undefined || text.trim() === '') return undefined;
    const value = Number(text);
    if (!Number.isInteger(value) || value < minimum) throw new Error(`${name} must be a whole number >= ${minimum}; got "${text}"`);
    return value;
  };
  const onOff = (name: string): boolean | undefined => {
    const text = env[name]?.trim().toLowerCase();
    if (text === undefined || text === '') return undefined;
    if (text === 'on' || text === 'true' || text === '1') return true;
    if (text === 'off' || text === 'false' || text === '0') return false;
    throw new Error(`${name} must be on or off; got "${env[name]}"`);
  };
  const list = (text: string | undefined): string[] | undefined =>
    text
      ? text
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : undefined;
  const overrides: Record<string, unknown> = {
    dataDir: env.DATA_DIR || undefined,
    databasePath: env.DATABASE_PATH ? resolve(env.DATABASE_PATH) : undefined,
    presetsDir: env.PRESETS_DIR ? resolve(env.PRESETS_DIR) : undefined,
    uiDistDir: env.UI_DIST_DIR ? resolve(env.UI_DIST_DIR) : undefined,
    workers: integer('WORKERS', 1),
    redisUrl: env.REDIS_URL?.trim() || undefined,
    runConcurrency: integer('RUN_CONCURRENCY', 1),
    maxQueuedRuns: integer('MAX_QUEUED_RUNS', 0),
    maxTrials: integer('MAX_TRIALS', 1),
    maxRunWork: integer('MAX_RUN_WORK', 1),
    maxRunBytes: env.MAX_RUN_MEMORY_MB ? (integer('MAX_RUN_MEMORY_MB', 1) as number) * 1024 * 1024 : undefined,
    maxChunkTrials: integer('MAX_CHUNK_TRIALS', 1),
    bodyLimit: integer('BODY_LIMIT_BYTES', 1024),
    rateLimitMax: integer('RATE_LIMIT_MAX', 1),
    rateLimitWindowMs: integer('RATE_LIMIT_WINDOW_MS', 1),
    requestTimeoutMs: integer('REQUEST_TIMEOUT_MS', 0),
    connectionTimeoutMs: integer('CONNECTION_TIMEOUT_MS', 0),
    bodyTimeoutMs: integer('BODY_TIMEOUT_MS', 100),
    maxConnections: integer('MAX_CONNECTIONS', 1),
    textReadTimeoutMs: integer('TEXT_READ_TIMEOUT_MS', 100),
    shutdownGraceMs: integer('SHUTDOWN_GRACE_MS', 0),
    corsOrigins: list(env.CORS_ORIGINS),
    allowedHosts: list(env.ALLOWED_HOSTS),
    signIn: onOff('SIGN_IN'),
    sessionHours: integer('SESSION_HOURS', 1),
    secureCookies: onOff('SECURE_COOKIES'),
  };
  if (typeof overrides.redisUrl === 'string') checkRedisUrl(overrides.redisUrl);
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) as Partial<AppOptions>;
  return defaultOptions(defined);
}
