import type { LengthOfStay, StayLaws } from '../../beds/types.ts';
import { ModelEvaluationError } from '../model-evaluation-error.ts';
import type { TrialState } from '../trial-state.ts';
import type { CompiledBedTrust } from './compiled-beds.ts';

/**
 * The largest coefficient of variation (sd ÷ mean) of a stay the fast bed kernel takes.
 * Measured against the detailed kernel on 100 beds at 92 Erlangs, 5-day lognormal stays,
 * the front door a queue, 6 streams of 2,000–3,000 days each: the share who wait was
 * −2% at CV 1.5, −3% at 2 and +0.3% at 3, then +7% at 4, +8% at 8, +29% at 16 and +54%
 * at 50 (and at CV 12,500 its census model overflows). Beyond 3 a scenario must use the
 * detailed kernel, which takes any spread.
 */
export const MAX_FAST_STAY_CV = 3;

/** The message for a stay too spread for the fast kernel. */
export function staySpreadMessage(coefficientOfVariation: number): string {
  return `gives a coefficient of variation (sd ÷ mean) of ${+coefficientOfVariation.toPrecision(3)}; the fast bed kernel holds its accuracy only up to ${MAX_FAST_STAY_CV}: lower the spread, or set simulation.bedModel to 'detailed'`;
}

function spread(stay: LengthOfStay): number {
  return stay.family === 'exponential' ? 1 : stay.sdDays / stay.meanDays;
}

/**
 * Refuses, before the fast kernel runs, a trial whose drawn stays (the trust's own in each
 * period, and an avoidance mix's groups) are more spread than `MAX_FAST_STAY_CV`, naming
 * the trust's stay spread in the scenario. Cost: O(periods).
 *
 * @throws {ModelEvaluationError} at the trust's `emergency.stay.sdDays` or `elective.stay.sdDays`.
 */
export function checkFastStaySpread(state: TrialState, trust: CompiledBedTrust, path: string, periods: readonly StayLaws[]): void {
  for (const laws of periods) {
    for (const [stay, slot] of [
      [laws.emergencyStay, trust.emergency.stay.sdDays],
      [laws.electiveStay, trust.elective.stay.sdDays],
      ...(laws.emergencyMix
        ? ([
            [laws.emergencyMix.targetStay, trust.emergency.stay.sdDays],
            [laws.emergencyMix.otherStay, trust.emergency.stay.sdDays],
          ] as const)
        : []),
    ] as const) {
      const cv = spread(stay);
      if (cv > MAX_FAST_STAY_CV)
        throw new ModelEvaluationError(
          state.model.parameters.slots[slot]?.path || path,
          `a drawn stay of mean ${+stay.meanDays.toPrecision(4)} and sd ${+stay.sdDays.toPrecision(4)} days ${staySpreadMessage(cv)}`,
        );
    }
  }
}
