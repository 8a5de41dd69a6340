/**
 * What a run of consecutive trials produces: one row of year-end figures per
 * trial (`trial * columnCount + column`), one row of sampled inputs per trial,
 * and monthly fan-chart histograms. Blocks are plain typed arrays, so they
 * cross worker threads by structured clone; {@link mergeTrialBlocks} joins
 * them in trial order, so results never depend on how trials were split.
 */
export interface TrialBlock {
  readonly firstTrial: number;
  readonly trialCount: number;
  readonly columnCount: number;
  readonly values: Float64Array;
  readonly inputCount: number;
  readonly inputs: Float64Array;
  /** `(series * monthCount + month) * HISTOGRAM_BUCKETS + bucket`. */
  readonly fan: Uint32Array;
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
    expected += block.trialCount;
  }
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
