import { createColumnMoments, mergeColumnMoments, type ColumnMoments } from './column-moments.ts';
import { largerAccountingErrors } from '../results/larger-accounting-errors.ts';
import type { AccountingChecks } from '../results/run-results.ts';

/**
 * What a run of consecutive trials produces: one row of year-end figures per
 * trial (`trial * columnCount + column`), one row of sampled inputs per trial,
 * and monthly fan-chart histograms. Blocks are plain typed arrays, so they
 * cross worker threads by structured clone; {@link mergeTrialBlocks} joins
 * them in trial order, so results never depend on how trials were split.
 *
 * In a run of more than RESERVOIR_TRIALS trials a block keeps only the rows
 * of the trials its run's reservoir keeps (see TrialReservoir), and
 * `reservoir` holds the exact moments of every trial it ran: then
 * `trialCount` counts the rows, and `reservoir.trialsRun` the trials.
 */
export interface TrialBlock {
  readonly firstTrial: number;
  /** Rows held: every trial run, or the trials kept in the reservoir. */
  readonly trialCount: number;
  readonly columnCount: number;
  readonly values: Float64Array;
  readonly inputCount: number;
  readonly inputs: Float64Array;
  /** `(series * monthCount + month) * HISTOGRAM_BUCKETS + bucket`. */
  readonly fan: Uint32Array;
  /** Present when the rows are a reservoir's, not every trial's. */
  readonly reservoir?: ReservoirPart;
}

/** What a block holds of a run that keeps a reservoir. */
export interface ReservoirPart {
  /** Trials the block ran, `firstTrial .. firstTrial + trialsRun − 1`. */
  readonly trialsRun: number;
  /** The run's trials and reservoir size, which fix the trials kept. */
  readonly runTrials: number;
  readonly size: number;
  /** The reservoir slot of each row, ascending. */
  readonly slots: Uint32Array;
  /** Every trial the block ran, column by column. */
  readonly moments: ColumnMoments;
  /** The largest accounting errors over every trial the block ran. */
  readonly accountingChecks: AccountingChecks;
}

/** Trials a block ran (its rows, unless it keeps a reservoir). */
export function trialsRun(block: TrialBlock): number {
  return block.reservoir?.trialsRun ?? block.trialCount;
}

/**
 * Joins blocks that together cover trials `0 .. n−1` exactly once, in any order.
 * @throws RangeError when blocks overlap, leave a gap or differ in shape
 */
export function mergeTrialBlocks(blocks: readonly TrialBlock[]): TrialBlock {
  if (blocks.length === 0) throw new RangeError('mergeTrialBlocks: no blocks');
  const sorted = [...blocks].sort((a, b) => a.firstTrial - b.firstTrial);
  const [first] = sorted;
  let expected = first.firstTrial;
  for (const block of sorted) {
    if (block.firstTrial !== expected) throw new RangeError(`mergeTrialBlocks: expected a block starting at trial ${expected}, got ${block.firstTrial}`);
    if (block.columnCount !== first.columnCount || block.inputCount !== first.inputCount || block.fan.length !== first.fan.length) {
      throw new RangeError('mergeTrialBlocks: blocks come from different models');
    }
    if ((block.reservoir === undefined) !== (first.reservoir === undefined) || block.reservoir?.runTrials !== first.reservoir?.runTrials || block.reservoir?.size !== first.reservoir?.size) {
      throw new RangeError('mergeTrialBlocks: blocks come from different runs');
    }
    expected += trialsRun(block);
  }
  if (first.reservoir) return mergeReservoirBlocks(sorted, expected - first.firstTrial);
  const trialCount = expected - first.firstTrial;
  const values = new Float64Array(trialCount * first.columnCount);
  const inputs = new Float64Array(trialCount * first.inputCount);
  const fan = new Uint32Array(first.fan.length);
  for (const block of sorted) {
    const row = block.firstTrial - first.firstTrial;
    values.set(block.values, row * first.columnCount);
    inputs.set(block.inputs, row * first.inputCount);
    for (let i = 0; i < fan.length; i++) fan[i] += block.fan[i];
  }
  return { firstTrial: first.firstTrial, trialCount, columnCount: first.columnCount, values, inputs, inputCount: first.inputCount, fan };
}

/** Joins reservoir blocks sorted by first trial: rows in slot order, moments merged. */
function mergeReservoirBlocks(sorted: readonly TrialBlock[], trials: number): TrialBlock {
  const [first] = sorted;
  const part = first.reservoir as ReservoirPart;
  const rows = sorted.reduce((total, block) => total + block.trialCount, 0);
  const values = new Float64Array(rows * first.columnCount);
  const inputs = new Float64Array(rows * first.inputCount);
  const slots = new Uint32Array(rows);
  const fan = new Uint32Array(first.fan.length);
  const moments = createColumnMoments(first.columnCount);
  let accountingChecks = part.accountingChecks;
  let row = 0;
  for (const block of sorted) {
    const reservoir = block.reservoir as ReservoirPart;
    values.set(block.values, row * first.columnCount);
    inputs.set(block.inputs, row * first.inputCount);
    slots.set(reservoir.slots, row);
    mergeColumnMoments(moments, reservoir.moments);
    accountingChecks = largerAccountingErrors(accountingChecks, reservoir.accountingChecks);
    for (let i = 0; i < fan.length; i++) fan[i] += block.fan[i];
    row += block.trialCount;
  }
  return {
    firstTrial: first.firstTrial,
    trialCount: rows,
    columnCount: first.columnCount,
    values,
    inputCount: first.inputCount,
    inputs,
    fan,
    reservoir: { trialsRun: trials, runTrials: part.runTrials, size: part.size, slots, moments, accountingChecks },
  };
}
