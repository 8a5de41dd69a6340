import { compileModel, type Scenario } from '../../engine/index.ts';

/** One numeric input of a scenario, as the assumptions sheet lists it. */
export interface Assumption {
  readonly path: string;
  readonly kind: 'constant' | 'distribution' | 'formula' | 'default';
  /** The input as written: a number, `pert(min 1, mode 2, max 3)`, or a formula. */
  readonly specification: string;
  readonly distribution: string | undefined;
  readonly perYear: boolean;
  /** For numbers and distributions: the mean, spread and 5th and 95th percentiles. */
  readonly mean: number | undefined;
  readonly sd: number | undefined;
  readonly p5: number | undefined;
  readonly p95: number | undefined;
}

const ENGINE_DEFAULT = 'constant:';

/**
 * Every numeric input the engine reads from a scenario, in the order it
 * evaluates them (drivers, named parameters, then each organisation), taken
 * from the compiled model so the list cannot miss one. Inputs the scenario
 * leaves out and the engine fills with a default are listed as such.
 */
export function listAssumptions(document: Scenario): Assumption[] {
  const model = compileModel(document);
  const rows: Assumption[] = [];
  for (const slot of model.parameters.slots) {
    if (slot.path.startsWith(ENGINE_DEFAULT)) continue;
    const written = valueAt(document, slot.path);
    const common = { path: slot.path, perYear: slot.perYear && slot.kind === 'distribution' };
    if (slot.kind === 'distribution' && slot.distribution) {
      const distribution = slot.distribution;
      rows.push({
        ...common,
        kind: 'distribution',
        specification: describeDistribution(written),
        distribution: distribution.kind,
        mean: distribution.mean,
        sd: Math.sqrt(distribution.variance),
        p5: distribution.quantile(0.05),
        p95: distribution.quantile(0.95),
      });
    } else if (slot.kind === 'formula') {
      rows.push({
        ...common,
        kind: 'formula',
        specification: typeof written === 'string' ? written : String(written),
        distribution: undefined,
        mean: undefined,
        sd: undefined,
        p5: undefined,
        p95: undefined,
      });
    } else {
      const value = slot.constant;
      rows.push({
        ...common,
        kind: written === undefined ? 'default' : 'constant',
        specification: written === undefined ? `${value} (engine default)` : String(value),
        distribution: undefined,
        mean: value,
        sd: 0,
        p5: value,
        p95: value,
      });
    }
  }
  if (document.correlation) {
    const { drivers, matrix } = document.correlation;
    for (let i = 0; i < drivers.length; i++) {
      for (let j = i + 1; j < drivers.length; j++) {
        rows.push({
          path: `correlation.${drivers[i]}~${drivers[j]}`,
          kind: 'constant',
          specification: `correlation ${matrix[i][j]} (Gaussian copula)`,
          distribution: undefined,
          perYear: false,
          mean: matrix[i][j],
          sd: undefined,
          p5: undefined,
          p95: undefined,
        });
      }
    }
  }
  return rows;
}

/** `pert(min 1, mode 2, max 3, perYear)` from `{dist: pert, min: 1, mode: 2, max: 3, perYear: true}`. */
function describeDistribution(spec: unknown): string {
  if (typeof spec !== 'object' || spec === null) return String(spec);
  const { dist, perYear, ...parameters } = spec as Record<string, unknown>;
  const parts = Object.entries(parameters).map(([name, value]) => `${name} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  if (perYear) parts.push('drawn each year');
  return `${String(dist)}(${parts.join(', ')})`;
}

/** The value at a dotted path such as `systems[0].organisations[2].cip.delivery`, or undefined. */
export function valueAt(document: unknown, path: string): unknown {
  let node: unknown = document;
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = match[2] !== undefined ? (node as unknown[])[Number(match[2])] : (node as Record<string, unknown>)[match[1]];
  }
  return node;
}
