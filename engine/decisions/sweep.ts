import { ENGINE_VERSION } from '../version.ts';
import { DecisionError } from './decision-error.ts';
import { evaluateDocument } from './evaluate-lever.ts';
import { checkLeverFits, withLever, type Lever } from './lever.ts';
import type { Measure, MeasuredValue } from './measure.ts';
import { leverTakesWholeNumbers } from './whole-number-lever.ts';

/** Most points in one sweep (values of the first input × values of the second). */
export const MAX_SWEEP_POINTS = 400;

export interface SweepInput {
  readonly lever: Lever;
  readonly values: readonly number[];
}

export interface SweepRequest {
  /** One input, or two for a grid. */
  readonly inputs: readonly [SweepInput] | readonly [SweepInput, SweepInput];
  readonly measures: readonly Measure[];
  readonly trials: number;
  readonly seed: number;
  readonly onProgress?: (points: number, total: number) => void;
}

export interface SweepPoint {
  /** The value of each input at this point, in the order of `inputs`. */
  readonly at: readonly number[];
  /** Each measure at this point, in the order of `measures`. */
  readonly measures: readonly MeasuredValue[];
}

export interface SweepResult {
  readonly points: readonly SweepPoint[];
  readonly trials: number;
  readonly seed: number;
  readonly engineVersion: string;
}

/**
 * Values from `low` to `high` in `steps` equal steps (steps + 1 values), the
 * last exactly `high`.
 * @throws DecisionError naming `field` for bounds out of order or a bad step count
 */
export function rangeValues(low: number, high: number, steps: number, field: string): number[] {
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(high > low)) throw new DecisionError(field, `needs finite bounds with the high above the low, got ${low} to ${high}`);
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_SWEEP_POINTS) throw new DecisionError(field, `needs 1 to ${MAX_SWEEP_POINTS} steps, got ${steps}`);
  return Array.from({ length: steps + 1 }, (_, index) => (index === steps ? high : low + ((high - low) * index) / steps));
}

/** A point of a sweep to run: the inputs' values, and the scenario with the inputs at them. */
export interface SweepCandidate {
  readonly at: readonly number[];
  readonly document: unknown;
}

/**
 * Checks a sweep request against the scenario (inputs, their values, the
 * sweep's size; the measures are checked by the first run) and lists its
 * points in row order: the first input's values, each with every value of
 * the second.
 * @throws DecisionError naming `inputs[i]`, `measures` or the sweep's size when they do not fit, and a value that is not whole for an input that takes whole numbers (beds)
 */
export function sweepCandidates(document: unknown, request: Pick<SweepRequest, 'inputs' | 'measures'>): SweepCandidate[] {
  if (request.inputs.length < 1 || request.inputs.length > 2) throw new DecisionError('inputs', 'a sweep moves one input or two');
  if (request.measures.length === 0) throw new DecisionError('measures', 'name at least one result to read at each point');
  request.inputs.forEach((input, index) => {
    if (input.values.length === 0) throw new DecisionError(`inputs[${index}].values`, 'needs at least one value');
    input.values.forEach((value, at) => {
      if (!Number.isFinite(value)) throw new DecisionError(`inputs[${index}].values[${at}]`, 'must be a finite number');
    });
    checkLeverFits(document, input.lever, `inputs[${index}]`);
    if (leverTakesWholeNumbers(document, input.lever)) {
      const at = input.values.findIndex((value) => !Number.isInteger(value));
      if (at >= 0) throw new DecisionError(`inputs[${index}].values[${at}]`, `this input takes whole numbers (it is a count, such as beds); got ${input.values[at]}`);
    }
  });
  const [first, second] = request.inputs;
  const total = first.values.length * (second?.values.length ?? 1);
  if (total > MAX_SWEEP_POINTS) throw new DecisionError('inputs', `a sweep takes at most ${MAX_SWEEP_POINTS} points; this one has ${total}`);
  return first.values.flatMap((firstValue) => {
    const withFirst = withLever(document, first.lever, firstValue);
    // The second input moves on a copy that already has the first at its value.
    return second ? second.values.map((secondValue) => ({ at: [firstValue, secondValue], document: withLever(withFirst, second.lever, secondValue) })) : [{ at: [firstValue], document: withFirst }];
  });
}

/**
 * Runs the scenario at every point of a grid of one or two inputs and reads
 * the measures there, every point on the same seed and trials (common random
 * numbers), so the differences between points are the inputs' doing and not
 * sampling noise. Points come in row order: the first input's values, each
 * with every value of the second.
 * Cost: one run of the scenario's own model per point.
 * @throws DecisionError naming `inputs[i]`, `measures[i]` or the sweep's size when they do not fit
 */
export function sweep(document: unknown, request: SweepRequest): SweepResult {
  const candidates = sweepCandidates(document, request);
  const fields = request.measures.map((_, index) => `measures[${index}]`);
  const points: SweepPoint[] = [];
  for (const candidate of candidates) {
    points.push({ at: candidate.at, measures: evaluateDocument(candidate.document, request.measures, fields, request) });
    request.onProgress?.(points.length, candidates.length);
  }
  return { points, trials: request.trials, seed: request.seed, engineVersion: ENGINE_VERSION };
}
