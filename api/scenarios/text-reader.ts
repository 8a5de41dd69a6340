import { Worker } from 'node:worker_threads';
import { scenarioTextSizeIssues, type ScenarioText } from '../../engine/scenario/parse-scenario-text.ts';
import type { ScenarioFormat } from './scenario-text.ts';
import { workerEntry } from '../workers/worker-entry.ts';

const ENTRY = workerEntry('text-reader', new URL('./text-reader-entry.mjs', import.meta.url));

interface Pending {
  readonly id: number;
  readonly text: string;
  readonly format: ScenarioFormat;
  readonly resolve: (outcome: ScenarioText) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Reads uploaded scenario text in a worker thread of its own, one text at a
 * time, so that parsing (the YAML library takes some 10 µs a line, and more
 * on a busy machine) never holds the event loop: /api/health and every other
 * request go on being answered. A text that takes longer than `timeoutMs`
 * ends its worker (a fresh one reads the next) and is refused as too slow to
 * read. The worker starts with the server (or on the first text).
 */
export class ScenarioTextReader {
  private worker: Worker | undefined;
  /** Whether the worker has loaded its code; texts wait until it has, and their time counts from then. */
  private ready = false;
  private readonly queue: Pending[] = [];
  private current: (Pending & { timer: NodeJS.Timeout }) | undefined;
  private nextId = 1;
  private closed = false;

  constructor(private readonly timeoutMs: number) {}

  /** The outcome of reading `text`: a document, or the issues (syntax, binary data, size, too slow). */
  read(text: string, format: ScenarioFormat = 'yaml'): Promise<ScenarioText> {
    if (this.closed) return Promise.reject(new Error('the scenario text reader is closed'));
    // Text over its size limits is refused here at once, without waiting for the worker.
    const size = scenarioTextSizeIssues(text);
    if (size.length > 0) return Promise.resolve({ ok: false, issues: size });
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, format, resolve, reject });
      this.dispatch();
    });
  }

  /** Starts the worker ahead of the first text, so that an upload does not wait for it to load. */
  start(): void {
    if (!this.closed) this.ensureWorker();
  }

  /** Ends the worker; texts still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the server is shutting down'));
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private dispatch(): void {
    if (this.current || this.queue.length === 0 || this.closed) return;
    const worker = this.ensureWorker();
    if (!this.ready) return;
    const pending = this.queue.shift()!;
    const timer = setTimeout(() => this.timedOut(), this.timeoutMs);
    this.current = { ...pending, timer };
    worker.postMessage({ id: pending.id, text: pending.text, format: pending.format });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(ENTRY);
    this.ready = false;
    worker.on('message', (message: { id: number; outcome: ScenarioText } | { ready: true }) => {
      if ('ready' in message) {
        this.ready = true;
        this.dispatch();
        return;
      }
      const current = this.current;
      if (!current || current.id !== message.id) return;
      clearTimeout(current.timer);
      this.current = undefined;
      current.resolve(message.outcome);
      this.dispatch();
    });
    worker.on('error', (error) => this.failCurrent(error));
    worker.on('exit', () => {
      if (this.worker === worker) {
        this.worker = undefined;
        this.ready = false;
      }
      this.failCurrent(new Error('the scenario text reader stopped'));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private timedOut(): void {
    const current = this.current;
    if (!current) return;
    this.current = undefined;
    const worker = this.worker;
    this.worker = undefined;
    this.ready = false;
    void worker?.terminate();
    current.resolve({ ok: false, issues: [{ path: '', message: `the text took longer than ${this.timeoutMs / 1000} s to read; send a smaller file` }] });
    this.dispatch();
  }

  private failCurrent(error: Error): void {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = undefined;
    current.reject(error);
    this.dispatch();
  }
}
