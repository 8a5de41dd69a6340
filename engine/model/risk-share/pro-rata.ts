/**
 * Rule "pro rata": every member ends with its weight's share of the system
 * variance V = Σ d_i, so t_i = w_i·V − d_i. Transfers sum to zero because the
 * weights sum to one.
 *
 * @param variances d_i (£m, positive is better than plan)
 * @param weights w_i, summing to 1
 * @param transfers written: t_i
 * @example
 * // d = [10, -30], w = [0.5, 0.5]: V = -20, both end at -10, t = [-20, +20]
 */
export function proRataRiskShare(variances: ArrayLike<number>, weights: ArrayLike<number>, transfers: Float64Array): void {
  let systemVariance = 0;
  for (let i = 0; i < variances.length; i++) systemVariance += variances[i];
  for (let i = 0; i < variances.length; i++) transfers[i] = weights[i] * systemVariance - variances[i];
}
