import type { MeasuredValue, SolveResult, SweepPoint } from '../../engine/index.ts';
import type { SolveResultWire, SweepResultWire } from '../wire/decisions.ts';

const measuredWire = (measured: MeasuredValue) => ({ value: measured.value, standardError: measured.standardError, band: [measured.band[0], measured.band[1]] });

/** The engine's solve as the API sends and stores it: an infinite lever error (a flat measure) is null in JSON. */
export function solveResultWire(result: SolveResult): SolveResultWire {
  return {
    kind: 'solve',
    lever: result.lever,
    reached: measuredWire(result.reached),
    leverStandardError: Number.isFinite(result.leverStandardError) ? result.leverStandardError : null,
    slope: result.slope,
    increasing: result.increasing,
    points: result.points.map((point) => ({ ...point })),
    runs: result.runs,
  };
}

/** A sweep's points as the API sends and stores them, in row order. */
export function sweepResultWire(points: readonly SweepPoint[]): SweepResultWire {
  return { kind: 'sweep', points: points.map((point) => ({ at: [...point.at], measures: point.measures.map(measuredWire) })) };
}
