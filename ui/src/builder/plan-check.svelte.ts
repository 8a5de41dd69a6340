// The builder's central-case balance check: asks a Web Worker for each
// organisation's plan position whenever the scenario validates, and drops an
// answer that a later edit made stale (a busy worker is stopped and replaced,
// since one central case of all of England takes seconds).
import type { PlanPosition } from '../../../engine/results/plan-positions.ts';
import type { Scenario } from '../api/types.ts';
import type { PlanCheckReply } from './plan-check-protocol.ts';

export type PlanCheckStatus = 'waiting' | 'computing' | 'done' | 'failed';

export class PlanCheck {
  status = $state<PlanCheckStatus>('waiting');
  positions = $state.raw<readonly PlanPosition[]>([]);
  message = $state('');
  elapsedMs = $state(0);
  private worker: Worker | undefined;
  private busy = false;
  private latest = 0;

  /** Computes the plan positions of a valid scenario; a request made while one is under way replaces it. */
  request(document: Scenario): void {
    this.latest += 1;
    if (this.busy) this.stopWorker();
    this.status = 'computing';
    this.busy = true;
    this.workerNow().postMessage({ id: this.latest, document: $state.snapshot(document) });
  }

  /** The scenario has problems: no position until they are fixed. */
  wait(): void {
    this.latest += 1;
    if (this.busy) this.stopWorker();
    this.status = 'waiting';
  }

  dispose(): void {
    this.stopWorker();
  }

  private workerNow(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./plan-check.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<PlanCheckReply>) => this.receive(event.data);
      this.worker.onerror = (event) => {
        this.busy = false;
        this.status = 'failed';
        this.message = event.message || 'the balance check stopped';
      };
    }
    return this.worker;
  }

  private receive(reply: PlanCheckReply): void {
    if (reply.id !== this.latest) return;
    this.busy = false;
    if (reply.ok) {
      this.positions = reply.positions;
      this.elapsedMs = reply.elapsedMs;
      this.status = 'done';
    } else {
      this.message = reply.message;
      this.status = 'failed';
    }
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.busy = false;
  }
}
