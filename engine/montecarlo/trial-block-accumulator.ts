import { createColumnMoments, mergeColumnMoments, type ColumnMoments } from './column-moments.ts';
import { trialsRun, type TrialBlock } from './trial-block.ts';
import { largerAccountingErrors } from '../results/larger-accounting-errors.ts';
import type { AccountingChecks } from '../results/run-results.ts';
import { RESERVOIR_TRIALS, usesReservoir } from './trial-reservoir.ts';

/**
 * Gathers blocks of trials into one block as they arrive, in any order,
 * writing each block's rows at their place and adding its histogram counts.
 * Memory is the size of the finished block, however many blocks arrive, so a
 * long run split into many chunks does not hold every chunk at once. A run of
 * more than `reservoirSize` trials holds only its reservoir's rows, one per
 * slot, and the columns' moments merged exactly, so its memory is the same
 * for 100,000 trials as for 10,000 (and one byte a trial to check each
 * arrives once).
 */
export class TrialBlockAccumulator {
  private readonly values: Float64Array;
  private readonly inputs: Float64Array;
  private readonly fan: Uint32Array;
  private readonly seen: Uint8Array;
  private readonly moments: ColumnMoments | undefined;
  private accountingChecks: AccountingChecks | undefined;
  private readonly rows: number;
  private columnCount = -1;
  private inputCount = -1;
  private received = 0;

  constructor(
    readonly trialCount: number,
    columnCount: number,
    inputCount: number,
    fanLength: number,
    readonly reservoirSize: number = RESERVOIR_TRIALS,
  ) {
    this.columnCount = columnCount;
    this.inputCount = inputCount;
    this.moments = usesReservoir(trialCount, reservoirSize) ? createColumnMoments(columnCount) : undefined;
    this.rows = this.moments ? reservoirSize : trialCount;
    this.values = new Float64Array(this.rows * columnCount);
    this.inputs = new Float64Array(this.rows * inputCount);
    this.fan = new Uint32Array(fanLength);
    this.seen = new Uint8Array(trialCount);
  }

  /**
   * Adds a block of trials.
   * @throws RangeError when the block has another shape, falls outside the run, repeats trials, or keeps a reservoir when the run does not (or another)
   */
  add(block: TrialBlock): void {
    if (block.columnCount !== this.columnCount || block.inputCount !== this.inputCount || block.fan.length !== this.fan.length) {
      throw new RangeError('TrialBlockAccumulator: block comes from a different model');
    }
    const ran = trialsRun(block);
    if (block.firstTrial < 0 || block.firstTrial + ran > this.trialCount) {
      throw new RangeError(`TrialBlockAccumulator: trials ${block.firstTrial}..${block.firstTrial + ran - 1} fall outside 0..${this.trialCount - 1}`);
    }
    const { reservoir } = block;
    if (this.moments ? reservoir?.runTrials !== this.trialCount || reservoir.size !== this.rows : reservoir !== undefined) {
      throw new RangeError(`TrialBlockAccumulator: block was run for ${reservoir ? `a reservoir of ${reservoir.size} of ${reservoir.runTrials} trials` : 'every row'}, not this run's`);
    }
    for (let trial = block.firstTrial; trial < block.firstTrial + ran; trial++) {
      if (this.seen[trial]) throw new RangeError(`TrialBlockAccumulator: trial ${trial} arrived twice`);
      this.seen[trial] = 1;
    }
    if (this.moments && reservoir) {
      reservoir.slots.forEach((slot, row) => {
        this.values.set(block.values.subarray(row * this.columnCount, (row + 1) * this.columnCount), slot * this.columnCount);
        this.inputs.set(block.inputs.subarray(row * this.inputCount, (row + 1) * this.inputCount), slot * this.inputCount);
      });
      mergeColumnMoments(this.moments, reservoir.moments);
      this.accountingChecks = this.accountingChecks ? largerAccountingErrors(this.accountingChecks, reservoir.accountingChecks) : reservoir.accountingChecks;
    } else {
      this.values.set(block.values, block.firstTrial * this.columnCount);
      this.inputs.set(block.inputs, block.firstTrial * this.inputCount);
    }
    for (let i = 0; i < this.fan.length; i++) this.fan[i] += block.fan[i];
    this.received += ran;
  }

  /** Trials received so far. */
  get trialsReceived(): number {
    return this.received;
  }

  /**
   * The finished block of trials 0 .. trialCount − 1 (their reservoir's rows, in a long run).
   * @throws RangeError when some trials have not arrived
   */
  result(): TrialBlock {
    if (this.received !== this.trialCount) throw new RangeError(`TrialBlockAccumulator: ${this.received} of ${this.trialCount} trials received`);
    const block = { firstTrial: 0, trialCount: this.rows, columnCount: this.columnCount, values: this.values, inputCount: this.inputCount, inputs: this.inputs, fan: this.fan };
    if (!this.moments) return block;
    const slots = Uint32Array.from({ length: this.rows }, (_, slot) => slot);
    const accountingChecks = this.accountingChecks ?? { largestTransferImbalance: 0, largestSystemSumError: 0 };
    return { ...block, reservoir: { trialsRun: this.trialCount, runTrials: this.trialCount, size: this.rows, slots, moments: this.moments, accountingChecks } };
  }
}
