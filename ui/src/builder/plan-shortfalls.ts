// Which organisations and systems the plan leaves short of their control
// totals, for the builder's plan position panel.
import type { PlanPosition } from '../../../engine/results/plan-positions.ts';

/** An organisation or system short of its control total in at least one year of the plan, at its worst year. */
export interface PlanShortfall {
  readonly id: string;
  readonly name: string;
  readonly kind: PlanPosition['kind'];
  /** The year it is furthest short, and by how much (£m, negative). */
  readonly worstYear: string;
  readonly worstVariance: number;
  readonly yearsShort: number;
  readonly years: number;
}

/** Shortfalls below this (£m) are rounding, not a plan that misses: £1, as the engine's "meets" test. */
const TOLERANCE = 1e-6;

/** Whether a year's position is short of its control total (by more than £1). */
export const isShort = (variance: number) => variance < -TOLERANCE;

/**
 * Every organisation or system short of its control total in some year, one
 * each at its worst year, the largest shortfall first (ties in the plan's order).
 */
export function planShortfalls(positions: readonly PlanPosition[]): PlanShortfall[] {
  const shortfalls: PlanShortfall[] = [];
  for (const position of positions) {
    const short = position.years.filter((year) => isShort(year.variance));
    if (short.length === 0) continue;
    const worst = short.reduce((a, b) => (b.variance < a.variance ? b : a));
    shortfalls.push({ id: position.id, name: position.name, kind: position.kind, worstYear: worst.year, worstVariance: worst.variance, yearsShort: short.length, years: position.years.length });
  }
  return shortfalls.sort((a, b) => a.worstVariance - b.worstVariance);
}
