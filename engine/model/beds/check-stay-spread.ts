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

/**
 * Below this mean (days), a stay less spread than an exponential one (CV < 1) is refused
 * by the fast bed kernel. Its census model holds such a stay as a chain of daily stages,
 * which cannot follow a stay of a day or two: measured against the detailed kernel on 50
 * beds at 45 Erlangs, the front door a queue, 6 streams of 6,000 days (gamma and
 * lognormal stays alike), the share who wait was 15–17% too high at a mean of 1 day and
 * CV 0.3, 27% at 0.5 and 48–50% at 0.75; 25% at 1.25 days and CV 0.75; 11% at 1.5 days
 * and CV 0.75 and 32–34% at 0.95; 16% at 2 and 2.5 days and CV 0.95; at a mean of half a
 * day every patient waited. From 3 days on it was within 6% (mean waits within 17%), as
 * it was at every mean with CV 1 and above. So a shorter stay must be at least as spread
 * as an exponential one, or run on the detailed kernel.
 */
export const MIN_FAST_STEADY_STAY_DAYS = 3;

/** The message for a short stay too steady for the fast kernel. */
export function shortSteadyStayMessage(meanDays: number, coefficientOfVariation: number): string {
  return `gives a stay of mean ${+meanDays.toPrecision(3)} days with a coefficient of variation (sd ÷ mean) of ${+coefficientOfVariation.toPrecision(3)}; the fast bed kernel's waits are 15% to 50% too high, or worse, for stays under ${MIN_FAST_STEADY_STAY_DAYS} days less spread than an exponential stay (sd below the mean): raise the sd to at least the mean, or set simulation.bedModel to 'detailed'`;
}

function spread(stay: LengthOfStay): number {
  return stay.family === 'exponential' ? 1 : stay.sdDays / stay.meanDays;
}

/**
 * Why the fast kernel refuses a stay (too spread, or short and too steady), or undefined
 * if it takes it: the one rule, read by validation for typed stays and by the trial for
 * drawn ones.
 */
export function fastStayIssue(stay: LengthOfStay): string | undefined {
  const cv = spread(stay);
  if (cv > MAX_FAST_STAY_CV) return staySpreadMessage(cv);
  if (cv < 1 && stay.meanDays < MIN_FAST_STEADY_STAY_DAYS) return shortSteadyStayMessage(stay.meanDays, cv);
  return undefined;
}

/**
 * Refuses, before the fast kernel runs, a trial whose drawn stays (the trust's own in each
 * period, and an avoidance mix's groups) are more spread than `MAX_FAST_STAY_CV`, or whose
 * own stays are shorter than `MIN_FAST_STEADY_STAY_DAYS` with CV below 1 (a mix's groups
 * are not drawn by the fast kernel, which takes the mix's mean and sd), naming the trust's
 * stay spread in the scenario. Cost: O(periods).
 *
 * @throws {ModelEvaluationError} at the trust's `emergency.stay.sdDays` or `elective.stay.sdDays`.
 */
export function checkFastStaySpread(state: TrialState, trust: CompiledBedTrust, path: string, periods: readonly StayLaws[]): void {
  for (const laws of periods) {
    for (const [stay, slot, own] of [
      [laws.emergencyStay, trust.emergency.stay.sdDays, true],
      [laws.electiveStay, trust.elective.stay.sdDays, true],
      ...(laws.emergencyMix
        ? ([
            [laws.emergencyMix.targetStay, trust.emergency.stay.sdDays, false],
            [laws.emergencyMix.otherStay, trust.emergency.stay.sdDays, false],
          ] as const)
        : []),
    ] as const) {
      const issue = own ? fastStayIssue(stay) : spread(stay) > MAX_FAST_STAY_CV ? staySpreadMessage(spread(stay)) : undefined;
      if (issue !== undefined)
        throw new ModelEvaluationError(state.model.parameters.slots[slot]?.path || path, `a drawn stay of mean ${+stay.meanDays.toPrecision(4)} and sd ${+stay.sdDays.toPrecision(4)} days ${issue}`);
    }
  }
}
