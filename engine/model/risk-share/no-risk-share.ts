/**
 * Rule "none": each organisation keeps its own variance, t_i = 0.
 * @param variances d_i, variance against control total (£m, positive is better than plan)
 * @param transfers written: t_i for each organisation
 */
export function noRiskShare(variances: ArrayLike<number>, transfers: Float64Array): void {
  for (let i = 0; i < variances.length; i++) transfers[i] = 0;
}
