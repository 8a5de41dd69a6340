import type { PlanPosition } from '../../../engine/results/plan-positions.ts';
import type { Scenario } from '../api/types.ts';

/** A scenario whose plan positions to compute; a newer `id` supersedes an older one. */
export interface PlanCheckRequest {
  readonly id: number;
  readonly document: Scenario;
}

export type PlanCheckReply =
  { readonly id: number; readonly ok: true; readonly positions: readonly PlanPosition[]; readonly elapsedMs: number } | { readonly id: number; readonly ok: false; readonly message: string };
