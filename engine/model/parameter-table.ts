import type { Distribution } from '../distributions/distribution.ts';
import { buildDistribution } from '../distributions/spec.ts';
import type { DistributionSpec } from '../distributions/spec.ts';
import { checkFormula, type CompiledFormula } from '../formula/compile-formula.ts';
import { factorCorrelation } from '../correlation/correlation-factor.ts';
import { createKeyedStream, inputStreamKey, type InputStreamKey, type KeyedStream } from '../random/keyed-stream.ts';
import { normalCdf } from '../special/normal-cdf.ts';
import { normalQuantile } from '../special/normal-quantile.ts';
import { YEAR_NAMES } from '../scenario/checks/formula-scope.ts';
import type { ParameterSpec } from '../scenario/schema/parameter.ts';
import { ModelEvaluationError } from './model-evaluation-error.ts';

/** How a parameter slot gets its value in each trial and year. */
export type SlotKind = 'constant' | 'distribution' | 'formula';

/** One numeric input of the scenario, wherever it sits. */
export interface ParameterSlot {
  readonly path: string;
  readonly kind: SlotKind;
  readonly constant: number;
  readonly distribution: Distribution | undefined;
  readonly perYear: boolean;
  readonly formula: CompiledFormula | undefined;
  /** Index in the formula scope when formulas may read this slot (drivers, named parameters), else −1. */
  readonly scopeIndex: number;
  /** The key of its random stream, from its path (distributions only; see {@link inputStreamKey}). */
  readonly streamKey: InputStreamKey | undefined;
}

/** A sampled input recorded for the sensitivity ranking: a slot, in one year or (−1) for all years. */
export interface SampledInput {
  readonly slot: number;
  readonly year: number;
  readonly label: string;
}

/** Whether distributions are drawn at random, or held at their means (the central case). */
export type EvaluationMode = 'random' | 'central';

/**
 * Every numeric input of a scenario as a numbered slot, and their evaluation
 * for one trial: distributions drawn from streams named by their path,
 * correlated drivers through a Gaussian copula, then formulas in dependency
 * order, year by year.
 *
 * Slots are registered in evaluation order: drivers, then named parameters
 * (callers register them sorted so that a parameter comes after those it
 * reads), then everything else. Values live in a Float64Array indexed
 * `year * slotCount + slot`.
 */
export class ParameterTable {
  readonly slots: ParameterSlot[] = [];
  private readonly slotByPath = new Map<string, number>();
  private readonly scopeSlots = new Map<string, number>();
  private correlated: { slots: number[]; factor: Float64Array } | undefined;
  private readonly standardNormals: Float64Array[] = [];
  private readonly correlatedSlot: boolean[] = [];
  private stream: KeyedStream | undefined;
  private streamSeed = Number.NaN;

  constructor(
    readonly years: number,
    readonly firstYear: number,
  ) {
    YEAR_NAMES.forEach((name, index) => this.scopeSlots.set(name, index));
  }

  get slotCount(): number {
    return this.slots.length;
  }

  get scopeSize(): number {
    return this.scopeSlots.size;
  }

  /**
   * Registers a parameter; `scopeName` makes it readable by formulas.
   * @throws RangeError when a distribution or formula is invalid (validate the scenario first)
   */
  add(path: string, spec: ParameterSpec, scopeName?: string): number {
    const existing = this.slotByPath.get(path);
    if (existing !== undefined) return existing;
    let slot: ParameterSlot;
    const scopeIndex = scopeName === undefined ? -1 : this.scopeSlots.size;
    if (typeof spec === 'number') {
      slot = { path, kind: 'constant', constant: spec, distribution: undefined, perYear: false, formula: undefined, scopeIndex, streamKey: undefined };
    } else if (typeof spec === 'string') {
      const check = checkFormula(spec, this.scopeSlots);
      if (!check.ok) throw new RangeError(`${path}: ${check.errors.join('; ')}`);
      slot = { path, kind: 'formula', constant: Number.NaN, distribution: undefined, perYear: true, formula: check.formula, scopeIndex, streamKey: undefined };
    } else {
      const distribution = buildDistribution(spec as DistributionSpec);
      const perYear = (spec as { perYear?: boolean }).perYear === true;
      slot = { path, kind: 'distribution', constant: distribution.mean, distribution, perYear, formula: undefined, scopeIndex, streamKey: inputStreamKey(path) };
    }
    if (scopeName !== undefined) this.scopeSlots.set(scopeName, scopeIndex);
    this.slots.push(slot);
    this.slotByPath.set(path, this.slots.length - 1);
    return this.slots.length - 1;
  }

  /** A constant slot (for defaults), shared between callers that use the same value. */
  constant(value: number): number {
    return this.add(`constant:${value}`, value);
  }

  /**
   * Correlates driver slots through a Gaussian copula.
   * @throws RangeError if the matrix is not a valid correlation matrix
   */
  correlate(slots: number[], matrix: number[][]): void {
    const check = factorCorrelation(matrix);
    if (!check.ok) throw new RangeError(check.errors.join('; '));
    this.correlated = { slots, factor: check.factor };
    for (const slot of slots) this.correlatedSlot[slot] = true;
    for (let i = 0; i < slots.length; i++) this.standardNormals.push(new Float64Array(this.years));
  }

  /** Inputs whose draws are recorded for the sensitivity ranking. */
  sampledInputs(yearLabel: (year: number) => string): SampledInput[] {
    const inputs: SampledInput[] = [];
    this.slots.forEach((slot, index) => {
      if (slot.kind !== 'distribution') return;
      if (slot.perYear) for (let year = 0; year < this.years; year++) inputs.push({ slot: index, year, label: `${slot.path} (${yearLabel(year)})` });
      else inputs.push({ slot: index, year: -1, label: slot.path });
    });
    return inputs;
  }

  /**
   * Fills `values` for one trial.
   *
   * Each distribution slot draws from its own stream `(seed, trial, key of its
   * path)` (see keyed-stream.ts), by its family's fastest exact method
   * (`Distribution.draw`), one draw per year if `perYear`, else one for the
   * whole trial; correlated drivers draw standard normals from their streams
   * by inversion, mix them with the factor A, and map Φ(A·z) through each
   * marginal's quantile. In `central` mode every
   * distribution takes its mean. Formulas are then evaluated per year with the
   * year's drivers and named parameters in scope.
   */
  evaluate(seed: number, trial: number, mode: EvaluationMode, values: Float64Array, scope: Float64Array): void {
    const count = this.slots.length;
    const stream = this.streamFor(seed);
    const next = stream.next;
    for (let index = 0; index < count; index++) {
      const slot = this.slots[index];
      if (slot.kind !== 'distribution') continue;
      const distribution = slot.distribution as Distribution;
      if (mode === 'central') {
        for (let year = 0; year < this.years; year++) values[year * count + index] = distribution.mean;
        continue;
      }
      if (this.correlatedSlot[index] === true) continue;
      stream.start(trial, slot.streamKey as InputStreamKey);
      let value = distribution.draw(next);
      for (let year = 0; year < this.years; year++) {
        if (year > 0 && slot.perYear) value = distribution.draw(next);
        values[year * count + index] = value;
      }
    }
    if (mode === 'random' && this.correlated) this.drawCorrelated(stream, trial, values);

    for (let year = 0; year < this.years; year++) {
      scope[0] = year;
      scope[1] = this.firstYear + year;
      const offset = year * count;
      for (let index = 0; index < count; index++) {
        const slot = this.slots[index];
        let value: number;
        if (slot.kind === 'constant') value = slot.constant;
        else if (slot.kind === 'formula') {
          value = (slot.formula as CompiledFormula).evaluate(scope);
          if (!Number.isFinite(value)) {
            throw new ModelEvaluationError(
              slot.path,
              `the formula "${(slot.formula as CompiledFormula).text}" gave ${value} in ${mode === 'central' ? 'the central case' : `trial ${trial}`}, year ${this.firstYear + year}; make it defined for every value its inputs can take (for example max(0, x) before sqrt or log)`,
            );
          }
        } else value = values[offset + index];
        values[offset + index] = value;
        if (slot.scopeIndex >= 0) scope[slot.scopeIndex] = value;
      }
    }
  }

  /** The keyed stream of a master seed, made once per seed (a run uses one). */
  private streamFor(seed: number): KeyedStream {
    if (this.stream === undefined || this.streamSeed !== seed) {
      this.stream = createKeyedStream(seed);
      this.streamSeed = seed;
    }
    return this.stream;
  }

  private drawCorrelated(stream: KeyedStream, trial: number, values: Float64Array): void {
    const { slots, factor } = this.correlated as { slots: number[]; factor: Float64Array };
    const n = slots.length;
    const count = this.slots.length;
    for (let i = 0; i < n; i++) {
      stream.start(trial, this.slots[slots[i]].streamKey as InputStreamKey);
      const normals = this.standardNormals[i];
      for (let year = 0; year < this.years; year++) normals[year] = normalQuantile(stream.next());
    }
    for (let year = 0; year < this.years; year++) {
      for (let i = 0; i < n; i++) {
        const slot = this.slots[slots[i]];
        const drawYear = slot.perYear ? year : 0;
        let mixed = 0;
        for (let j = 0; j < n; j++) mixed += factor[i * n + j] * this.standardNormals[j][drawYear];
        // Keep u inside (0, 1): beyond |z| ≈ 8.3, Φ rounds to exactly 0 or 1.
        const u = Math.min(Math.max(normalCdf(mixed), 1e-16), 1 - 1e-16);
        values[year * count + slots[i]] = (slot.distribution as Distribution).quantile(u);
      }
    }
  }
}
