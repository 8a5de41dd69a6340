import {
  checkSolveRequest,
  compileModel,
  DecisionError,
  measureColumn,
  parseQuantity,
  plannedSolveRuns,
  rangeValues,
  ScenarioValidationError,
  sweepCandidates,
  withLever,
  type CompiledModel,
  type Lever,
  type Measure,
  type SolveRequest,
  type SweepCandidate,
  type SweepInput,
} from '../../engine/index.ts';
import { ApiError } from '../api-error.ts';
import type { LeverWire, MeasureWire, SolveRequestWire, SweepRequestWire } from '../wire/decisions.ts';

/** An engine field (`lever.low`, `inputs[1].values[2]`) as the request names it (`body/lever/low`, `body/inputs/1/values/2`). */
export function requestPath(field: string): string {
  return `body/${field.replace(/\[(\d+)\]/g, '/$1').replace(/\./g, '/')}`;
}

/** The engine's DecisionError as a 400 naming the request field; other errors pass through. */
export function asRequestError(error: unknown): unknown {
  if (!(error instanceof DecisionError)) return error;
  const path = requestPath(error.field);
  return ApiError.at(400, path, `${path} ${error.message.slice(error.field.length + 2)}`);
}

function toLever(wire: Pick<LeverWire, 'kind' | 'path' | 'organisation'>, field: string): Lever {
  if (wire.kind === 'extraFunding') {
    if (wire.path !== undefined) throw new DecisionError(`${field}.path`, 'goes with kind path, not extraFunding');
    if (wire.organisation === undefined) throw new DecisionError(`${field}.organisation`, "is required for kind extraFunding: the organisation's id");
    return { kind: 'extraFunding', organisation: wire.organisation };
  }
  if (wire.organisation !== undefined) throw new DecisionError(`${field}.organisation`, 'goes with kind extraFunding, not path');
  if (wire.path === undefined) throw new DecisionError(`${field}.path`, 'is required for kind path: the field to move, such as systems[0].organisations[1].cip.plan');
  return { kind: 'path', path: wire.path };
}

function toMeasure(model: CompiledModel, wire: MeasureWire, field: string): Measure {
  const measure = { entity: wire.entity, year: wire.year ?? 0, quantity: parseQuantity(wire.quantity, `${field}.quantity`) };
  measureColumn(model, measure, field);
  return measure;
}

/**
 * Compiles the document with the lever(s) at the given values, so that a
 * value that makes the scenario invalid (a negative bed count) is refused
 * before the job is queued, naming the value's field.
 * @throws ApiError 400
 */
function checkValid(document: unknown, field: string, value: number): void {
  try {
    compileModel(document);
  } catch (error) {
    if (!(error instanceof ScenarioValidationError)) throw error;
    const path = requestPath(field);
    const [first] = error.issues;
    throw ApiError.at(400, path, `${path}: at ${value} the scenario is not valid: ${first ? `${first.path} ${first.message}` : error.message.split('\n')[0]}`);
  }
}

/** A solve request read and checked against the scenario: the engine's request, and the runs it plans. */
export interface CheckedSolve {
  readonly request: Omit<SolveRequest, 'trials' | 'seed'>;
  readonly plannedRuns: number;
}

/**
 * Reads a solve request and checks it against the scenario with the engine's
 * own checks (the lever fits, the bounds, the target, the measure), and that
 * the scenario is valid at both bounds.
 * @throws ApiError 400 naming the field
 */
export function checkSolve(document: unknown, model: CompiledModel, wire: SolveRequestWire): CheckedSolve {
  try {
    const lever = toLever(wire.lever, 'lever');
    const request = {
      lever: { lever, low: wire.lever.low, high: wire.lever.high },
      target: { measure: toMeasure(model, wire.target.measure, 'target.measure'), value: wire.target.value },
      tolerance: wire.tolerance,
      maxRuns: wire.maxRuns,
    };
    const { wholeNumbers } = checkSolveRequest(document, request);
    checkValid(withLever(document, lever, wire.lever.low), 'lever.low', wire.lever.low);
    checkValid(withLever(document, lever, wire.lever.high), 'lever.high', wire.lever.high);
    return { request, plannedRuns: plannedSolveRuns(request, wholeNumbers) };
  } catch (error) {
    throw asRequestError(error);
  }
}

/** A sweep request read and checked: its inputs (ranges written out), measures and points. */
export interface CheckedSweep {
  readonly inputs: readonly SweepInput[];
  readonly measures: readonly Measure[];
  readonly candidates: readonly SweepCandidate[];
  /** The request as stored: every input with its values. */
  readonly stored: SweepRequestWire;
}

/**
 * Reads a sweep request and checks it with the engine's own checks, and that
 * the scenario is valid at the grid's corners (each input's lowest and
 * highest value).
 * @throws ApiError 400 naming the field
 */
export function checkSweep(document: unknown, model: CompiledModel, wire: SweepRequestWire): CheckedSweep {
  try {
    const inputs = wire.inputs.map((input, index) => {
      const field = `inputs[${index}]`;
      if ((input.values === undefined) === (input.range === undefined)) throw new DecisionError(field, 'give either values or range (low, high, steps)');
      const values = input.values ?? rangeValues(input.range?.low as number, input.range?.high as number, input.range?.steps as number, `${field}.range`);
      return { lever: toLever(input, field), values };
    });
    const measures = wire.measures.map((measure, index) => toMeasure(model, measure, `measures[${index}]`));
    const candidates = sweepCandidates(document, { inputs: inputs as unknown as [SweepInput] | [SweepInput, SweepInput], measures });
    const extremes = inputs.map((input) => [Math.min(...input.values), Math.max(...input.values)]);
    const corners = extremes.length === 1 ? extremes[0].map((value) => [value]) : extremes[0].flatMap((first) => extremes[1].map((second) => [first, second]));
    for (const corner of corners) {
      const placed = corner.reduce<unknown>((placing, value, index) => withLever(placing, inputs[index].lever, value), document);
      const index = corner.length - 1;
      checkValid(placed, `inputs[${index}].values`, corner[index]);
    }
    const stored: SweepRequestWire = {
      kind: 'sweep',
      inputs: wire.inputs.map((input, index) => ({
        kind: input.kind,
        ...(input.path === undefined ? {} : { path: input.path }),
        ...(input.organisation === undefined ? {} : { organisation: input.organisation }),
        values: inputs[index].values,
      })),
      measures: wire.measures.map((measure) => ({ ...measure, year: measure.year ?? 0 })),
    };
    return { inputs, measures, candidates, stored };
  } catch (error) {
    throw asRequestError(error);
  }
}
