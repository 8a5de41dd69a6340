import type { TrialBlock } from './trial-block.ts';

/**
 * Gathers blocks of trials into one block as they arrive, in any order,
 * writing each block's rows at their place and adding its histogram counts.
 * Memory is the size of the finished block, however many blocks arrive, so a
 * long run split into many chunks does not hold every chunk at once.
 */
export class TrialBlockAccumulator {
  private readonly values: Float64Array;
  private readonly inputs: Float64Array;
  private readonly fan: Uint32Array;
  private readonly seen: Uint8Array;
  private columnCount = -1;
  private inputCount = -1;
  private received = 0;

  constructor(
    readonly trialCount: number,
    columnCount: number,
    inputCount: number,
    fanLength: number,
  ) {
    this.columnCount = columnCount;
    this.inputCount = inputCount;
    this.values = new Float64Array(trialCount * columnCount);
    this.inputs = new Float64Array(trialCount * inputCount);
    this.fan = new Uint32Array(fanLength);
    this.seen = new Uint8Array(trialCount);
  }

  /**
   * Adds a block of trials.
   * @throws RangeError when the block has another shape, falls outside the run or repeats trials
   */
  add(block: TrialBlock): void {
    if (block.columnCount !== this.columnCount || block.inputCount !== this.inputCount || block.fan.length !== this.fan.length) {
      throw new RangeError('TrialBlockAccumulator: block comes from a different model');
    }
    if (block.firstTrial < 0 || block.firstTrial + block.trialCount > this.trialCount) {
      throw new RangeError(`TrialBlockAccumulator: trials ${block.firstTrial}..${block.firstTrial + block.trialCount - 1} fall outside 0..${this.trialCount - 1}`);
    }
    for (let trial = block.firstTrial; trial < block.firstTrial + block.trialCount; trial++) {
      if (this.seen[trial]) throw new RangeError(`TrialBlockAccumulator: trial ${trial} arrived twice`);
      this.seen[trial] = 1;
    }
    this.values.set(block.values, block.firstTrial * this.columnCount);
    this.inputs.set(block.inputs, block.firstTrial * this.inputCount);
    for (let i = 0; i < this.fan.length; i++) this.fan[i] += block.fan[i];
    this.received += block.trialCount;
  }

  /** Trials received so far. */
  get trialsReceived(): number {
    return this.received;
  }

  /**
   * The finished block of trials 0 .. trialCount − 1.
   * @throws RangeError when some trials have not arrived
   */
  result(): TrialBlock {
    if (this.received !== this.trialCount) throw new RangeError(`TrialBlockAccumulator: ${this.received} of ${this.trialCount} trials received`);
    return { firstTrial: 0, trialCount: this.trialCount, columnCount: this.columnCount, values: this.values, inputCount: this.inputCount, inputs: this.inputs, fan: this.fan };
  }
}
