// What a chunk of trials is on the job queue, and what comes back: the same
// task and the same partial results as the worker pool's, in V8's
// structured-clone format (the one worker threads use), so every float and
// count arrives bit for bit.
import { deserialize, serialize } from 'node:v8';
import type { TrialsResult, TrialsTask } from '../workers/messages.ts';

/** The BullMQ queue of chunks shared by every server and worker on one Redis. */
export const CHUNK_QUEUE = 'ics-trial-chunks';
/** Servers publish a run's id here when it ends early; workers stop its chunks at the next trial. */
export const CANCEL_CHANNEL = 'ics:cancel';
/** How long a chunk's result waits in Redis for its server to read it. */
export const RESULT_TTL_SECONDS = 3_600;

/** Where a worker leaves a chunk's partial results (kept apart from the job, so the queue's event stream stays small). */
export const resultKey = (jobId: string): string => `ics:chunk-result:${jobId}`;
/** A key each server keeps alive while it runs: a chunk whose server is gone is dropped, not run. */
export const serverKey = (serverId: string): string => `ics:server:${serverId}`;

/** A failed chunk whose reason starts with this was refused by the worker (not the engine's error); the rest is the reason. */
export const REFUSED = 'refused: ';

/** A chunk as queued: the trials task without its cancel flag (each worker has its own), and who made it. */
export interface ChunkJobData {
  /** The engine that made the chunk: a worker with another refuses it. */
  readonly engineVersion: string;
  readonly serverId: string;
  /** The run or decision the chunk belongs to. */
  readonly group: string;
  readonly firstTrial: number;
  readonly trialCount: number;
  /** The task (TrialsTask less `cancel`), V8-serialised, in base64. */
  readonly task: string;
}

/** What a worker's job returns: where the results are, or that the chunk's server was gone. */
export type ChunkReturn = { readonly stored: true } | { readonly dropped: string };

export type QueuedTrialsTask = Omit<TrialsTask, 'cancel'>;

export function encodeTask(task: TrialsTask): string {
  const { cancel: _cancel, ...rest } = task;
  return serialize(rest).toString('base64');
}

export function decodeTask(text: string): QueuedTrialsTask {
  return deserialize(Buffer.from(text, 'base64')) as QueuedTrialsTask;
}

export function encodeResult(result: TrialsResult): Buffer {
  return serialize(result);
}

export function decodeResult(buffer: Buffer): TrialsResult {
  return deserialize(buffer) as TrialsResult;
}
