/**
 * Contract income relative to plan under a payment model with fixed share f:
 * `f + (1 − f) · activityIndex`. Block payment is f = 1 (income does not move
 * with activity, so the provider carries the demand risk), activity-based
 * payment is f = 0 (income follows activity, so the commissioner carries it),
 * blended is anything between.
 *
 * @param fixedShare f in [0, 1]
 * @param activityIndex actual activity ÷ planned activity
 * @example
 * contractIncomeFactor(0.8, 1.05) // 1.01: 5% more activity earns 1% more
 */
export function contractIncomeFactor(fixedShare: number, activityIndex: number): number {
  return fixedShare + (1 - fixedShare) * activityIndex;
}
