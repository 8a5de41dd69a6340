/**
 * Rule "surplus covers deficit": members in surplus pay up to a share s of
 * their surplus into a pot, never more in total than the members' total
 * deficit; the pot pays deficits pro rata to their size.
 *
 * Contributions are scaled by min(1, D / (s·S)) where S is total surplus and
 * D total deficit, so the pot is min(s·S, D); each deficit receives
 * pot·|d_i|/D. Σ t_i = pot − pot = 0.
 *
 * @param variances d_i (£m)
 * @param surplusShare s in [0, 1]
 * @param transfers written: t_i
 * @example
 * // d = [20, -5, -10], s = 0.5: pot = min(10, 15) = 10; t = [-10, +10/3, +20/3]
 */
export function surplusCoversDeficitRiskShare(variances: ArrayLike<number>, surplusShare: number, transfers: Float64Array): void {
  let totalSurplus = 0;
  let totalDeficit = 0;
  for (let i = 0; i < variances.length; i++) {
    if (variances[i] > 0) totalSurplus += variances[i];
    else totalDeficit -= variances[i];
  }
  const pot = Math.min(surplusShare * totalSurplus, totalDeficit);
  for (let i = 0; i < variances.length; i++) {
    const d = variances[i];
    if (pot <= 0) transfers[i] = 0;
    else if (d > 0) transfers[i] = -pot * (d / totalSurplus);
    else transfers[i] = pot * (-d / totalDeficit);
  }
}
