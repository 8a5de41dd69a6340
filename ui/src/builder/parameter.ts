// A numeric input of the scenario is a number, a distribution or a formula.
// This module switches between the three and draws a distribution's shape
// with the engine's own quantile and density functions.
import { buildDistribution, checkDistributionSpec, type DistributionSpec } from '../../../engine/distributions/spec.ts';
import type { DistributionKind, ParameterSpec } from '../../../engine/index.ts';
import { parseNumberInput } from './number-input.ts';

export { parseNumberInput };

export type ParameterMode = 'number' | 'distribution' | 'formula';

export function parameterMode(value: unknown): ParameterMode {
  if (typeof value === 'string') return 'formula';
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return 'distribution';
  return 'number';
}

export interface FamilyField {
  readonly key: string;
  readonly label: string;
  readonly optional?: boolean;
}

export interface Family {
  readonly value: DistributionKind;
  readonly label: string;
  readonly fields: readonly FamilyField[];
  /** A distribution of this family centred on a value. */
  readonly around: (centre: number) => DistributionSpec;
}

const spread = (centre: number) => (centre === 0 ? 0.01 : Math.abs(centre) * 0.2);
const round = (value: number) => Number(value.toPrecision(4));

export const FAMILIES: readonly Family[] = [
  {
    value: 'triangular',
    label: 'Triangular (low, most likely, high)',
    fields: [
      { key: 'min', label: 'Lowest' },
      { key: 'mode', label: 'Most likely' },
      { key: 'max', label: 'Highest' },
    ],
    around: (centre) => ({ dist: 'triangular', min: round(centre - spread(centre)), mode: round(centre), max: round(centre + spread(centre)) }),
  },
  {
    value: 'pert',
    label: 'PERT (smooth low, most likely, high)',
    fields: [
      { key: 'min', label: 'Lowest' },
      { key: 'mode', label: 'Most likely' },
      { key: 'max', label: 'Highest' },
      { key: 'lambda', label: 'Weight of the most likely', optional: true },
    ],
    around: (centre) => ({ dist: 'pert', min: round(centre - spread(centre)), mode: round(centre), max: round(centre + spread(centre)) }),
  },
  {
    value: 'normal',
    label: 'Normal (mean, sd)',
    fields: [
      { key: 'mean', label: 'Mean' },
      { key: 'sd', label: 'Standard deviation' },
    ],
    around: (centre) => ({ dist: 'normal', mean: round(centre), sd: round(spread(centre) / 2) }),
  },
  {
    value: 'truncatedNormal',
    label: 'Normal, cut off at limits',
    fields: [
      { key: 'mean', label: 'Mean' },
      { key: 'sd', label: 'Standard deviation' },
      { key: 'min', label: 'Lower limit', optional: true },
      { key: 'max', label: 'Upper limit', optional: true },
    ],
    around: (centre) => ({ dist: 'truncatedNormal', mean: round(centre), sd: round(spread(centre) / 2), min: round(centre - spread(centre)), max: round(centre + spread(centre)) }),
  },
  {
    value: 'uniform',
    label: 'Uniform (anything between two limits)',
    fields: [
      { key: 'min', label: 'Lowest' },
      { key: 'max', label: 'Highest' },
    ],
    around: (centre) => ({ dist: 'uniform', min: round(centre - spread(centre)), max: round(centre + spread(centre)) }),
  },
  {
    value: 'beta',
    label: 'Beta (a share between limits)',
    fields: [
      { key: 'alpha', label: 'Shape alpha' },
      { key: 'beta', label: 'Shape beta' },
      { key: 'min', label: 'Lower end', optional: true },
      { key: 'max', label: 'Upper end', optional: true },
    ],
    around: (centre) => {
      // Mean alpha / (alpha + beta) = centre on [0, 1], with alpha + beta = 10.
      const mean = centre > 0 && centre < 1 ? centre : 0.8;
      return { dist: 'beta', alpha: round(10 * mean), beta: round(10 * (1 - mean)) };
    },
  },
  {
    value: 'lognormal',
    label: 'Lognormal (positive, long right tail)',
    fields: [
      { key: 'mean', label: 'Mean', optional: true },
      { key: 'sd', label: 'Standard deviation', optional: true },
      { key: 'mu', label: 'Mean of log', optional: true },
      { key: 'sigma', label: 'Sd of log', optional: true },
    ],
    around: (centre) => ({ dist: 'lognormal', mean: round(centre > 0 ? centre : 1), sd: round((centre > 0 ? centre : 1) * 0.2) }),
  },
  {
    value: 'gamma',
    label: 'Gamma (positive, skewed)',
    fields: [
      { key: 'shape', label: 'Shape' },
      { key: 'scale', label: 'Scale', optional: true },
      { key: 'rate', label: 'Rate', optional: true },
    ],
    around: (centre) => ({ dist: 'gamma', shape: 4, scale: round((centre > 0 ? centre : 1) / 4) }),
  },
];

export function familyOf(kind: unknown): Family | undefined {
  return FAMILIES.find((family) => family.value === kind);
}

/** The distribution's problems, or its summary: mean, P5, P50, P95. */
export type DistributionSummary =
  | { readonly ok: true; readonly mean: number; readonly p5: number; readonly p50: number; readonly p95: number; readonly low: number; readonly high: number }
  | { readonly ok: false; readonly problems: readonly string[] };

export function summariseDistribution(spec: unknown): DistributionSummary {
  const problems = checkDistributionSpec(spec);
  if (problems.length > 0) return { ok: false, problems };
  try {
    const distribution = buildDistribution(spec as DistributionSpec);
    const [supportLow, supportHigh] = distribution.support;
    const low = Number.isFinite(supportLow) ? supportLow : distribution.quantile(0.002);
    const high = Number.isFinite(supportHigh) ? supportHigh : distribution.quantile(0.998);
    return {
      ok: true,
      mean: distribution.mean,
      p5: distribution.quantile(0.05),
      p50: distribution.quantile(0.5),
      p95: distribution.quantile(0.95),
      low,
      high,
    };
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  }
}

/**
 * Points of the density over the central range, for a small preview. The
 * range runs from the 0.2% to the 99.8% quantile (or the support's ends), so
 * long tails do not flatten the picture. Densities that are infinite at an
 * end (beta with a shape below 1) are capped at the curve's finite maximum.
 */
export function densityPoints(spec: unknown, count = 64): Array<{ x: number; y: number }> {
  const summary = summariseDistribution(spec);
  if (!summary.ok || !(summary.high > summary.low)) return [];
  const distribution = buildDistribution(spec as DistributionSpec);
  const points: Array<{ x: number; y: number }> = [];
  for (let index = 0; index < count; index++) {
    const x = summary.low + ((summary.high - summary.low) * index) / (count - 1);
    points.push({ x, y: distribution.density(x) });
  }
  const finite = points.filter((point) => Number.isFinite(point.y)).map((point) => point.y);
  const ceiling = finite.length > 0 ? Math.max(...finite) : 1;
  return points.map((point) => ({ x: point.x, y: Number.isFinite(point.y) ? point.y : ceiling }));
}

/** The number a distribution or formula stands for when switched back to a plain number. */
export function centralValue(value: ParameterSpec | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const parsed = parseNumberInput(value);
    return typeof parsed === 'number' ? parsed : undefined;
  }
  if (value && typeof value === 'object') {
    const summary = summariseDistribution(value);
    if (summary.ok) return Number(summary.mean.toPrecision(4));
  }
  return undefined;
}

/** The value in another mode, carrying over what makes sense. */
export function convertParameter(value: ParameterSpec | undefined, mode: ParameterMode, fallback: number): ParameterSpec {
  const centre = centralValue(value) ?? fallback;
  switch (mode) {
    case 'number':
      return centre;
    case 'distribution':
      return familyOf('triangular')!.around(centre) as ParameterSpec;
    case 'formula':
      return typeof value === 'string' ? value : String(centre);
  }
}
