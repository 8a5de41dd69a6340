import type { CompiledModel } from '../model/compiled-model.ts';
import { TrialState } from '../model/trial-state.ts';
import { runTrial } from '../model/run-trial.ts';
import { columnCount, histogramLength } from './column-layout.ts';
import { recordYear } from './record-trial.ts';
import type { TrialBlock } from './trial-block.ts';
import { RESERVOIR_TRIALS, TrialReservoir, usesReservoir } from './trial-reservoir.ts';
import { addTrialRow, createColumnMoments, settleColumnMoments } from './column-moments.ts';
import { accountingChecks } from '../results/accounting-checks.ts';
import { largerAccountingErrors } from '../results/larger-accounting-errors.ts';

export interface RunTrialsOptions {
  readonly seed: number;
  readonly firstTrial: number;
  readonly trialCount: number;
  /** Called with the number of trials done so far, every `progressEvery` trials and at the end. */
  readonly onProgress?: (done: number) => void;
  readonly progressEvery?: number;
  /** Checked between trials; return true to stop early (the block then holds the trials done). */
  readonly shouldStop?: () => boolean;
  /**
   * Trials in the whole run these trials belong to (default: these trials).
   * A run of more than `reservoirSize` keeps only its reservoir's rows and
   * every column's exact moments (see TrialReservoir, ColumnMoments).
   */
  readonly runTrials?: number;
  /** Rows a long run keeps (default RESERVOIR_TRIALS); smaller only in tests. */
  readonly reservoirSize?: number;
  /**
   * Called with each trial's row as it finishes, in a run that keeps a
   * reservoir (whose block does not hold every row): for an audit file
   * written as trials finish. The row is reused: copy it to keep it.
   */
  readonly onTrialRow?: (trial: number, row: Float64Array) => void;
}

/**
 * Runs trials `firstTrial .. firstTrial + trialCount − 1` of a model.
 *
 * Trial i draws only from streams keyed by (seed, i, …), so any split of the
 * trials into blocks, on any number of workers, gives the same rows.
 * Memory: one row per trial (entities × years × metrics) plus fixed-size
 * histograms; nothing grows with trials × months. In a run of more than
 * `reservoirSize` trials, only the rows the run's reservoir keeps (about
 * trialCount × reservoirSize / runTrials) and the columns' moments.
 *
 * @example
 * const block = runTrials(model, { seed: 42, firstTrial: 0, trialCount: 1000 });
 */
export function runTrials(model: CompiledModel, options: RunTrialsOptions): TrialBlock {
  const reservoirSize = options.reservoirSize ?? RESERVOIR_TRIALS;
  const runTrialCount = options.runTrials ?? options.trialCount;
  if (usesReservoir(runTrialCount, reservoirSize)) return runReservoirTrials(model, options, new TrialReservoir(options.seed, runTrialCount, reservoirSize));
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

/** {@link runTrials} for a run that keeps a reservoir: one row at a time, counted into the moments, kept when the reservoir keeps its trial. */
function runReservoirTrials(model: CompiledModel, options: RunTrialsOptions, reservoir: TrialReservoir): TrialBlock {
  const { seed, firstTrial, trialCount, onProgress, shouldStop } = options;
  const progressEvery = options.progressEvery ?? 100;
  const columns = columnCount(model);
  const inputCount = model.sampledInputs.length;
  const lastTrial = firstTrial + trialCount - 1;
  const maximumRows = trialCount > 0 ? reservoir.slotOf(lastTrial) - reservoir.slotOf(firstTrial) + 1 : 0;
  const values = new Float64Array(maximumRows * columns);
  const inputs = new Float64Array(maximumRows * inputCount);
  const slots = new Uint32Array(maximumRows);
  const row = new Float64Array(columns);
  const fan = new Uint32Array(histogramLength(model));
  const moments = createColumnMoments(columns);
  // The row as a one-trial block, so each trial's accounting is checked as it finishes.
  const rowBlock: TrialBlock = { firstTrial: 0, trialCount: 1, columnCount: columns, values: row, inputCount: 0, inputs: new Float64Array(0), fan: new Uint32Array(0) };
  let checks = accountingChecks(model, { ...rowBlock, trialCount: 0 });
  const state = new TrialState(model);
  const slotCount = model.parameters.slotCount;
  let rows = 0;
  let slot = -1;
  let keptTrial = -1;
  let done = 0;
  for (; done < trialCount; done++) {
    if (shouldStop?.()) break;
    const trial = firstTrial + done;
    row.fill(0);
    runTrial(state, seed, trial, 'random', (year) => recordYear(state, year, row, 0, fan));
    addTrialRow(moments, row, 0);
    checks = largerAccountingErrors(checks, accountingChecks(model, rowBlock));
    options.onTrialRow?.(trial, row);
    if (reservoir.slotOf(trial) !== slot) {
      slot = reservoir.slotOf(trial);
      keptTrial = reservoir.trialOf(slot);
    }
    if (trial === keptTrial) {
      values.set(row, rows * columns);
      model.sampledInputs.forEach((input, index) => {
        inputs[rows * inputCount + index] = state.values[Math.max(0, input.year) * slotCount + input.slot];
      });
      slots[rows] = slot;
      rows++;
    }
    if (onProgress && (done + 1) % progressEvery === 0) onProgress(done + 1);
  }
  if (onProgress && done % progressEvery !== 0) onProgress(done);
  settleColumnMoments(moments);
  return {
    firstTrial,
    trialCount: rows,
    columnCount: columns,
    values: values.slice(0, rows * columns),
    inputCount,
    inputs: inputs.slice(0, rows * inputCount),
    fan,
    reservoir: { trialsRun: done, runTrials: reservoir.trials, size: reservoir.size, slots: slots.slice(0, rows), moments, accountingChecks: checks },
  };
}
