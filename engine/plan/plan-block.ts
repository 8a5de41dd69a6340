import { runTrials, type RunTrialsOptions } from '../montecarlo/run-trials.ts';
import { mergeTrialBlocks, trialsRun, type TrialBlock } from '../montecarlo/trial-block.ts';
import { TrialBlockAccumulator } from '../montecarlo/trial-block-accumulator.ts';
import { columnCount, histogramLength } from '../montecarlo/column-layout.ts';
import { planModels, type RunPlan } from './run-plan.ts';

/** The trials of a plan's models over one range of trial indices: `blocks[0]` is the scenario's own. */
export interface PlanBlock {
  readonly blocks: readonly TrialBlock[];
}

/**
 * Runs one range of trials for every model of a plan. Progress counts trials
 * of the range, each reported once every model has run it in proportion.
 * `onTrialRow` sees the rows of the scenario's own model only.
 */
export function runPlanTrials(plan: RunPlan, options: RunTrialsOptions): PlanBlock {
  const models = planModels(plan);
  const blocks: TrialBlock[] = [];
  for (const [index, model] of models.entries()) {
    const block = runTrials(model, {
      ...options,
      onTrialRow: index === 0 ? options.onTrialRow : undefined,
      onProgress: options.onProgress ? (done) => options.onProgress?.(Math.floor((index * options.trialCount + done) / models.length)) : undefined,
    });
    blocks.push(block);
    if (trialsRun(block) < options.trialCount) break;
  }
  return { blocks };
}

/**
 * Joins plan blocks that together cover the trials once, in trial order.
 * @throws RangeError as {@link mergeTrialBlocks}, or when a block is missing a model
 */
export function mergePlanBlocks(pieces: readonly PlanBlock[]): PlanBlock {
  const modelCount = pieces[0]?.blocks.length ?? 0;
  if (pieces.some((piece) => piece.blocks.length !== modelCount)) throw new RangeError('mergePlanBlocks: pieces hold different numbers of models');
  return { blocks: Array.from({ length: modelCount }, (_, index) => mergeTrialBlocks(pieces.map((piece) => piece.blocks[index]))) };
}

/** Gathers a plan's blocks as they arrive (see {@link TrialBlockAccumulator}). */
export class PlanBlockAccumulator {
  private readonly accumulators: TrialBlockAccumulator[];

  /** @param reservoirSize rows a run of more trials keeps (default RESERVOIR_TRIALS; smaller only in tests) */
  constructor(plan: RunPlan, trialCount: number, reservoirSize?: number) {
    this.accumulators = planModels(plan).map((model) => new TrialBlockAccumulator(trialCount, columnCount(model), model.sampledInputs.length, histogramLength(model), reservoirSize));
  }

  add(piece: PlanBlock): void {
    if (piece.blocks.length !== this.accumulators.length) throw new RangeError('PlanBlockAccumulator: piece holds a different number of models');
    piece.blocks.forEach((block, index) => this.accumulators[index].add(block));
  }

  result(): PlanBlock {
    return { blocks: this.accumulators.map((accumulator) => accumulator.result()) };
  }
}
