import { Worker } from 'node:worker_threads';
import type { WorkerRequest, WorkerResponse, WorkerTask } from './messages.ts';
import { workerEntry } from './worker-entry.ts';

// The worker's bundle, or from the sources a JavaScript entry that registers tsx and then imports trial-worker.ts (see the entry's comment).
const WORKER_URL = workerEntry('trial-worker', new URL('./trial-worker-entry.mjs', import.meta.url));

/** A task's worker stopped (crashed, ran out of memory, or was terminated) before answering. */
export class WorkerExitedError extends Error {
  constructor(readonly exitCode: number) {
    super(`a worker thread stopped unexpectedly (exit code ${exitCode})`);
    this.name = 'WorkerExitedError';
  }
}

/** The worker caught an error while doing the task (an engine error, for instance); the worker carries on. */
export class WorkerTaskError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerTaskError';
  }
}

/** A queued task was withdrawn (its run was cancelled or failed) before a worker took it. */
export class TaskCancelledError extends Error {
  constructor() {
    super('task cancelled');
    this.name = 'TaskCancelledError';
  }
}

export interface TaskOptions {
  /** Tasks of one run share a group, so they can be withdrawn together. */
  readonly group: string;
  readonly onProgress?: (done: number) => void;
  readonly transfer?: readonly ArrayBuffer[];
  /** Urgent tasks (finishing a run) go to the front of the queue. */
  readonly urgent?: boolean;
}

interface PendingTask {
  readonly id: number;
  readonly task: WorkerTask;
  readonly options: TaskOptions;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: PendingTask | undefined;
  alive: boolean;
  readonly startedAt: number;
}

export interface WorkerPoolOptions {
  readonly size: number;
  readonly log?: { warn: (object: object, message: string) => void; error: (object: object, message: string) => void };
}

/**
 * A fixed number of worker threads taking tasks from one FIFO queue. A worker
 * that dies fails only the task it held; it is replaced, and the pool carries
 * on. A bundled server or command line starts the workers' bundle; from the
 * sources, workers are TypeScript loaded through tsx (see
 * trial-worker-entry.mjs), which works under tsx, plain node and vitest.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: PendingTask[] = [];
  private nextId = 1;
  private closing = false;

  constructor(private readonly options: WorkerPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`worker pool: size must be a whole number >= 1; got ${options.size}`);
    for (let index = 0; index < options.size; index++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  get busy(): number {
    return this.slots.filter((slot) => slot.task).length;
  }

  get queued(): number {
    return this.queue.length;
  }

  /** Runs a task on the next free worker. */
  run<T>(task: WorkerTask, options: TaskOptions): Promise<T> {
    if (this.closing) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<T>((resolve, reject) => {
      const pending: PendingTask = { id: this.nextId++, task, options, resolve: resolve as (value: unknown) => void, reject };
      if (options.urgent) this.queue.unshift(pending);
      else this.queue.push(pending);
      this.dispatch();
    });
  }

  /** Withdraws a group's queued tasks (they reject with {@link TaskCancelledError}); tasks already running carry on. */
  withdraw(group: string): void {
    for (let index = this.queue.length - 1; index >= 0; index--) {
      const pending = this.queue[index];
      if (pending.options.group !== group) continue;
      this.queue.splice(index, 1);
      pending.reject(new TaskCancelledError());
    }
  }

  /** Test hook: the workers now running a task of the group. */
  workersRunning(group: string): Worker[] {
    return this.slots.filter((slot) => slot.task?.options.group === group).map((slot) => slot.worker);
  }

  /** Rejects queued tasks and stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    for (const pending of this.queue.splice(0)) pending.reject(new TaskCancelledError());
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL);
    const slot: Slot = { worker, task: undefined, alive: true, startedAt: Date.now() };
    worker.on('message', (message: WorkerResponse) => this.onMessage(slot, message));
    worker.on('error', (error) => this.options.log?.error({ err: error }, 'worker thread error'));
    worker.on('exit', (code) => this.onExit(slot, code));
    return slot;
  }

  private onMessage(slot: Slot, message: WorkerResponse): void {
    const pending = slot.task;
    if (!pending || pending.id !== message.taskId) return;
    if (message.type === 'progress') {
      pending.options.onProgress?.(message.done);
      return;
    }
    slot.task = undefined;
    if (message.type === 'result') pending.resolve(message.result);
    else pending.reject(new WorkerTaskError(message.message));
    this.dispatch();
  }

  private onExit(slot: Slot, code: number): void {
    const pending = slot.task;
    slot.task = undefined;
    slot.alive = false;
    if (this.closing) {
      pending?.reject(new TaskCancelledError());
      return;
    }
    this.options.log?.warn({ exitCode: code, task: pending?.task.type }, 'worker thread stopped; starting a replacement');
    pending?.reject(new WorkerExitedError(code));
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    // A worker that dies as it starts (a broken install) would otherwise be restarted in a tight loop.
    const delay = Date.now() - slot.startedAt < 1000 ? 1000 : 0;
    const replace = () => {
      if (this.closing) return;
      this.slots[index] = this.spawn();
      this.dispatch();
    };
    if (delay) setTimeout(replace, delay).unref();
    else replace();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.task || !slot.alive || this.closing) continue;
      const pending = this.queue.shift() as PendingTask;
      slot.task = pending;
      const request: WorkerRequest = { taskId: pending.id, task: pending.task };
      slot.worker.postMessage(request, [...(pending.options.transfer ?? [])]);
    }
  }
}
