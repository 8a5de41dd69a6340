import type { CompiledModel } from '../model/compiled-model.ts';
import { TrialState } from '../model/trial-state.ts';
import { runTrial } from '../model/run-trial.ts';
import { columnCount, histogramLength } from './column-layout.ts';
import { recordYear } from './record-trial.ts';
import type { TrialBlock } from './trial-block.ts';

export interface RunTrialsOptions {
  readonly seed: number;
  readonly firstTrial: number;
  readonly trialCount: number;
  /** Called with the number of trials done so far, every `progressEvery` trials and at the end. */
  readonly onProgress?: (done: number) => void;
  readonly progressEvery?: number;
  /** Checked between trials; return true to stop early (the block then holds the trials done). */
  readonly shouldStop?: () => boolean;
}

/**
 * Runs trials `firstTrial .. firstTrial + trialCount − 1` of a model.
 *
 * Trial i draws only from streams keyed by (seed, i, …), so any split of the
 * trials into blocks, on any number of workers, gives the same rows.
 * Memory: one row per trial (entities × years × metrics) plus fixed-size
 * histograms; nothing grows with trials × months.
 *
 * @example
 * const block = runTrials(model, { seed: 42, firstTrial: 0, trialCount: 1000 });
 */
export function runTrials(model: CompiledModel, options: RunTrialsOptions): TrialBlock {
  const { seed, firstTrial, trialCount, onProgress, shouldStop } = options;
  const progressEvery = options.progressEvery ?? 100;
  const columns = columnCount(model);
  const inputCount = model.sampledInputs.length;
  const values = new Float64Array(trialCount * columns);
  const inputs = new Float64Array(trialCount * inputCount);
  const fan = new Uint32Array(histogramLength(model));
  const state = new TrialState(model);
  const slotCount = model.parameters.slotCount;
  let done = 0;
  for (; done < trialCount; done++) {
    if (shouldStop?.()) break;
    const rowOffset = done * columns;
    runTrial(state, seed, firstTrial + done, 'random', (year) => recordYear(state, year, values, rowOffset, fan));
    model.sampledInputs.forEach((input, index) => {
      inputs[done * inputCount + index] = state.values[Math.max(0, input.year) * slotCount + input.slot];
    });
    if (onProgress && (done + 1) % progressEvery === 0) onProgress(done + 1);
  }
  if (onProgress && done % progressEvery !== 0) onProgress(done);
  return {
    firstTrial,
    trialCount: done,
    columnCount: columns,
    values: done === trialCount ? values : values.slice(0, done * columns),
    inputCount,
    inputs: done === trialCount ? inputs : inputs.slice(0, done * inputCount),
    fan,
  };
}
