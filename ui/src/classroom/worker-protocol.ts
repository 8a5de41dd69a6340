import type { Results, Scenario, ValidationIssue } from '../api/types.ts';

export interface WorkerRequest {
  readonly id: number;
  readonly document: Scenario;
  readonly trials: number;
  readonly seed: number;
}

export type WorkerReply =
  | {
      readonly id: number;
      readonly ok: true;
      /** False for the quick first look, true for the full run. */
      readonly final: boolean;
      readonly trials: number;
      readonly results: Results;
      readonly elapsedMs: number;
    }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly issues: readonly ValidationIssue[] };
