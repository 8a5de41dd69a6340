// Runs scenarios in the engine worker. Each request supersedes the previous
// one (the worker drops superseded work between chunks); replies to older
// requests are ignored.
import type { Scenario } from '../api/types.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

export type Outcome = Extract<WorkerReply, { ok: true }>;

export class ClassroomRunner {
  latest = $state.raw<Outcome | undefined>(undefined);
  error = $state('');
  /** True until the full run of the latest request arrives. */
  busy = $state(false);

  private worker: Worker | undefined;
  private lastId = 0;

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
      this.worker.onerror = (event) => {
        this.error = `The in-browser engine failed: ${event.message}`;
        this.busy = false;
      };
    }
    return this.worker;
  }

  run(document: Scenario, trials: number, seed: number): void {
    this.busy = true;
    this.lastId += 1;
    const request: WorkerRequest = { id: this.lastId, document: $state.snapshot(document) as Scenario, trials, seed };
    this.ensureWorker().postMessage(request);
  }

  private receive(reply: WorkerReply): void {
    if (reply.id !== this.lastId) return;
    if (reply.ok) {
      this.latest = reply;
      this.error = '';
      if (reply.final) this.busy = false;
    } else {
      this.error = reply.message;
      this.busy = false;
    }
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.busy = false;
  }
}
