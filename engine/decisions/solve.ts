import { ENGINE_VERSION } from '../version.ts';
import { DecisionError } from './decision-error.ts';
import { evaluateLever, type LeverPoint } from './evaluate-lever.ts';
import { checkLever, type BoundedLever } from './lever.ts';
import type { Measure, MeasuredValue } from './measure.ts';
import { leverTakesWholeNumbers } from './whole-number-lever.ts';

export interface SolveRequest {
  readonly lever: BoundedLever;
  /** The measure and the value it should reach. */
  readonly target: { readonly measure: Measure; readonly value: number };
  readonly trials: number;
  readonly seed: number;
  /**
   * Stop when the bracket is this narrow (default: a thousandth of the
   * lever's range; at least 1 for a lever that takes whole numbers, such as
   * core beds, which bisects on whole numbers).
   */
  readonly tolerance?: number;
  /** Most runs of the scenario, the two bounds included (default 40). */
  readonly maxRuns?: number;
  /** Called after each run with the runs done so far and the runs the solve will take ({@link plannedSolveRuns}). */
  readonly onProgress?: (runs: number, maxRuns: number) => void;
}

export interface SolveResult {
  /** The lever's value: the smallest evaluated value at which the measure reaches the target (within `tolerance`; for a whole-number lever, the smallest whole number). */
  readonly lever: number;
  /** The measure at that value. */
  readonly reached: MeasuredValue;
  /**
   * Monte Carlo error of the lever's value: the standard error of the measure
   * there divided by the measure's slope in the lever (a secant between the
   * nearest evaluated values on either side that differ from the target by at
   * least two standard errors, else the bounds). Infinity when the slope is 0.
   */
  readonly leverStandardError: number;
  readonly slope: number;
  /** Whether the measure rises with the lever. */
  readonly increasing: boolean;
  /** Every run, in the order made. */
  readonly points: readonly { readonly lever: number; readonly value: number; readonly standardError: number }[];
  readonly runs: number;
  readonly trials: number;
  readonly seed: number;
  readonly engineVersion: string;
}

/**
 * Finds the value of one input (the lever) at which a result reaches a
 * target, e.g. the extra funding that gives a system a 90% chance of meeting
 * its control total. Every candidate runs on the same seed and trials (common
 * random numbers), so the measure moves only because the lever moved, and
 * monotonically wherever the model is monotone in the lever.
 *
 * Method: see {@link solveSteps}; this runs each candidate in this thread.
 * Cost: up to {@link plannedSolveRuns} runs of the scenario's own model.
 *
 * @throws DecisionError naming `target.value` when the target is out of reach
 *   within the bounds, `lever` when the measure does not move with it or is
 *   not monotone, and the lever's or measure's field when they do not fit
 * @example
 * solve(document, { lever: { lever: { kind: 'extraFunding', organisation: 'icb' }, low: 0, high: 100 },
 *   target: { measure: parseMeasure('riverside meetsAfterRiskShare', 'target'), value: 0.9 }, trials: 2000, seed: 1 });
 */
export function solve(document: unknown, request: SolveRequest): SolveResult {
  const steps = solveSteps(document, request);
  const planned = plannedSolveRuns(request, leverTakesWholeNumbers(document, request.lever.lever));
  let runs = 0;
  let step = steps.next();
  while (!step.done) {
    const measured = evaluateLever(document, request.lever.lever, step.value, [request.target.measure], ['target.measure'], request).measures[0];
    runs += 1;
    request.onProgress?.(runs, Math.max(runs, planned));
    step = steps.next(measured);
  }
  return step.value;
}

/**
 * The runs a solve takes: the two bounds, then one per halving of the
 * bracket until it is within the tolerance, ⌈log2((high − low)/tolerance)⌉,
 * at most `maxRuns` in all (fewer only when the low bound meets the target
 * exactly). A lever that takes whole numbers halves to a bracket of 1.
 * @throws DecisionError naming `maxRuns` or `tolerance` when they are not usable
 */
export function plannedSolveRuns(request: Pick<SolveRequest, 'lever' | 'tolerance' | 'maxRuns'>, wholeNumbers = false): number {
  const { maxRuns, tolerance } = solveSettings(request, wholeNumbers);
  const range = request.lever.high - request.lever.low;
  const halvings = range > tolerance ? Math.ceil(Math.log2(range / tolerance) - 1e-12) : 0;
  return Math.min(maxRuns, 2 + Math.max(0, halvings));
}

function solveSettings(request: Pick<SolveRequest, 'lever' | 'tolerance' | 'maxRuns'>, wholeNumbers: boolean): { maxRuns: number; tolerance: number } {
  const maxRuns = request.maxRuns ?? 40;
  if (!Number.isInteger(maxRuns) || maxRuns < 3) throw new DecisionError('maxRuns', 'must be a whole number of at least 3');
  const tolerance = request.tolerance ?? (request.lever.high - request.lever.low) / 1000;
  if (!(tolerance > 0)) throw new DecisionError('tolerance', 'must be above 0');
  return { maxRuns, tolerance: wholeNumbers ? Math.max(1, tolerance) : tolerance };
}

/**
 * Checks a solve request against the scenario (the lever, the target's
 * value and settings; the measure is checked by the first run), and says
 * whether the lever takes whole numbers ({@link leverTakesWholeNumbers}).
 * @throws DecisionError naming the field at fault
 */
export function checkSolveRequest(document: unknown, request: Omit<SolveRequest, 'trials' | 'seed'>): { wholeNumbers: boolean } {
  checkLever(document, request.lever);
  const wholeNumbers = leverTakesWholeNumbers(document, request.lever.lever);
  if (wholeNumbers) {
    for (const bound of ['low', 'high'] as const)
      if (!Number.isInteger(request.lever[bound])) throw new DecisionError(`lever.${bound}`, `this lever takes whole numbers (it is a count, such as beds); got ${request.lever[bound]}`);
  }
  const { target } = request;
  if (!Number.isFinite(target.value)) throw new DecisionError('target.value', 'must be a finite number');
  if (target.measure.quantity.kind === 'probability' && !(target.value >= 0 && target.value <= 1))
    throw new DecisionError('target.value', `a probability must be between 0 and 1, got ${target.value}`);
  solveSettings(request, wholeNumbers);
  return { wholeNumbers };
}

/**
 * The solve as steps, for a caller that runs the candidates itself (the
 * server runs each on its worker pool): it yields each lever value to run
 * and takes back the measure there, and returns the answer. {@link solve}
 * drives it in this thread; both give the same answer for the same measures.
 *
 * Method: the measure at both bounds fixes the direction and whether the
 * target lies between them; then bisection (on whole numbers for a lever
 * that takes them), keeping the bracket whose ends lie
 * on either side of the target, until it is narrower than `tolerance` or
 * `maxRuns` runs are spent. Every run is checked against the direction: a
 * measure that moves the other way between two evaluated values stops the
 * solve with the values, rather than returning a crossing that is not unique.
 *
 * @throws DecisionError as {@link solve}
 */
export function* solveSteps(document: unknown, request: Omit<SolveRequest, 'onProgress'>): Generator<number, SolveResult, MeasuredValue> {
  const { lever: bounded, target } = request;
  const { wholeNumbers } = checkSolveRequest(document, request);
  const { maxRuns, tolerance } = solveSettings(request, wholeNumbers);

  const points: LeverPoint[] = [];
  function* evaluate(value: number): Generator<number, MeasuredValue, MeasuredValue> {
    const measured = yield value;
    points.push({ lever: value, measures: [measured] });
    return measured;
  }

  const atLow = yield* evaluate(bounded.low);
  const atHigh = yield* evaluate(bounded.high);
  if (atLow.value === atHigh.value) {
    throw new DecisionError('lever', `the measure does not move with the lever: it is ${atLow.value} at both ${bounded.low} and ${bounded.high}`);
  }
  const increasing = atHigh.value > atLow.value;
  const reaches = (measured: number) => (increasing ? measured >= target.value : measured <= target.value);
  if (!reaches(atHigh.value)) {
    throw new DecisionError('target.value', `${target.value} is out of reach between ${bounded.low} and ${bounded.high}: the measure runs from ${atLow.value} to ${atHigh.value}`);
  }
  if (reaches(atLow.value) && atLow.value !== target.value) {
    throw new DecisionError('lever.low', `the target ${target.value} is already passed at the low bound ${bounded.low} (the measure is ${atLow.value} there): lower the bound`);
  }

  let below = bounded.low;
  let above = bounded.high;
  let aboveValue = atHigh;
  if (atLow.value === target.value) {
    above = bounded.low;
    aboveValue = atLow;
  }
  while (above - below > tolerance && points.length < maxRuns) {
    // A whole-number lever (beds) bisects on whole numbers: every candidate is a scenario validation accepts.
    const middle = wholeNumbers ? below + Math.floor((above - below) / 2) : below + (above - below) / 2;
    const measured = yield* evaluate(middle);
    checkMonotone(points, increasing);
    if (reaches(measured.value)) {
      above = middle;
      aboveValue = measured;
    } else {
      below = middle;
    }
  }

  const slope = secantSlope(points, reaches, target.value, aboveValue.standardError);
  return {
    lever: above,
    reached: aboveValue,
    leverStandardError: slope === 0 ? Number.POSITIVE_INFINITY : aboveValue.standardError / Math.abs(slope),
    slope,
    increasing,
    points: points.map((point) => ({ lever: point.lever, value: point.measures[0].value, standardError: point.measures[0].standardError })),
    runs: points.length,
    trials: request.trials,
    seed: request.seed,
    engineVersion: ENGINE_VERSION,
  };
}

/** @throws DecisionError when two evaluated values of the lever give the measure in the wrong order */
function checkMonotone(points: readonly LeverPoint[], increasing: boolean): void {
  const sorted = [...points].sort((a, b) => a.lever - b.lever);
  for (let index = 1; index < sorted.length; index++) {
    const before = sorted[index - 1].measures[0].value;
    const after = sorted[index].measures[0].value;
    if (increasing ? after < before : after > before) {
      throw new DecisionError(
        'lever',
        `the measure is not monotone in the lever: ${before} at ${sorted[index - 1].lever} but ${after} at ${sorted[index].lever} (the model does not move one way with this input here)`,
      );
    }
  }
}

/**
 * The measure's slope in the lever near the answer: a secant between an
 * evaluated value that falls short of the target and one that reaches it,
 * each the nearest to the answer whose measure differs from the target by at
 * least two standard errors (so the secant is not all noise), else the
 * furthest on its side (a bound).
 */
function secantSlope(points: readonly LeverPoint[], reaches: (value: number) => boolean, target: number, standardError: number): number {
  const sorted = [...points].map((point) => ({ lever: point.lever, value: point.measures[0].value })).sort((a, b) => a.lever - b.lever);
  const short = sorted.filter((point) => !reaches(point.value));
  const reached = sorted.filter((point) => reaches(point.value));
  if (short.length === 0 || reached.length === 0) return 0;
  const answer = reached[0].lever;
  const byDistance = (side: typeof sorted) => [...side].sort((a, b) => Math.abs(a.lever - answer) - Math.abs(b.lever - answer));
  const pick = (side: typeof sorted) => {
    const nearestFirst = byDistance(side);
    return nearestFirst.find((point) => Math.abs(point.value - target) >= 2 * standardError) ?? nearestFirst[nearestFirst.length - 1];
  };
  const a = pick(short);
  const b = pick(reached);
  return a.lever === b.lever ? 0 : (b.value - a.value) / (b.lever - a.lever);
}
