/**
 * The share of costs a CIP plan can deliver in full: the plan itself, or with a
 * ceiling c > 0, c·(1 − e^(−plan/c)): the same as the plan for small plans,
 * rising ever more slowly towards c (a plan of c counts as 63% of c, 2c as 86%).
 */
export function achievablePlan(plan: number, ceiling: number): number {
  return ceiling > 0 ? ceiling * (1 - Math.exp(-plan / ceiling)) : plan;
}
