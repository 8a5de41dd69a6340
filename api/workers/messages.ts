import type { PlanBlock, TrialBlock } from '../../engine/index.ts';

/** A plan a worker compiles once and caches under `key`; `variants: false` runs the scenario's own model only. */
export interface PlanSpec {
  readonly key: string;
  readonly document: unknown;
  readonly variants: boolean;
}

/** Run trials `firstTrial ..` of each plan; progress counts trials of the range across the plans. */
export interface TrialsTask {
  readonly type: 'trials';
  readonly plans: readonly PlanSpec[];
  readonly seed: number;
  readonly firstTrial: number;
  readonly trialCount: number;
  /** Trials in the whole run: above RESERVOIR_TRIALS the blocks keep a reservoir (see TrialsResult.auditValues). */
  readonly runTrials: number;
  /** Whether a run that keeps a reservoir wants every row back for its audit file (a run on the server does; a decision's point and the command line do not). */
  readonly auditRows: boolean;
  readonly progressEvery: number;
  /** Int32 flag shared by every chunk of a run: 1 means stop. */
  readonly cancel: SharedArrayBuffer;
}

/** Summarise a finished run: RunResults as JSON text, and the scenario's own per-trial values handed back. */
export interface SummariseRunTask {
  readonly type: 'summarise-run';
  readonly plan: PlanSpec;
  readonly seed: number;
  readonly planBlock: PlanBlock;
}

/** Compare two finished runs made on common random numbers: Comparison as JSON text, and both blocks' values handed back. */
export interface SummariseCompareTask {
  readonly type: 'summarise-compare';
  readonly baseline: PlanSpec;
  readonly alternative: PlanSpec;
  readonly seed: number;
  readonly baselineBlock: TrialBlock;
  readonly alternativeBlock: TrialBlock;
}

export type WorkerTask = TrialsTask | SummariseRunTask | SummariseCompareTask;

export interface TrialsResult {
  readonly planBlocks: PlanBlock[];
  /**
   * In a run that keeps a reservoir and asked for `auditRows`, each plan's
   * every row of this chunk (the scenario's own model), for the audit file,
   * which the blocks no longer hold; absent otherwise.
   */
  readonly auditValues?: Float64Array[];
}

export interface SummaryResult {
  readonly resultsJson: string;
  readonly values: Float64Array;
  readonly alternativeValues?: Float64Array;
}

export type WorkerRequest = { readonly taskId: number; readonly task: WorkerTask };

export type WorkerResponse =
  | { readonly type: 'progress'; readonly taskId: number; readonly done: number }
  | { readonly type: 'result'; readonly taskId: number; readonly result: TrialsResult | SummaryResult }
  | { readonly type: 'error'; readonly taskId: number; readonly message: string };

/** The ArrayBuffers inside plan blocks, to transfer rather than copy between threads. */
export function blockBuffers(blocks: readonly TrialBlock[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const block of blocks) for (const array of [block.values, block.inputs, block.fan]) buffers.add(array.buffer as ArrayBuffer);
  return [...buffers];
}
