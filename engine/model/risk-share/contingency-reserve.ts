/**
 * Rule "contingency reserve": a reserve R, top-sliced from the single pot at
 * the start of the year (the ICBs pay it in), pays members' deficits pro rata
 * to their size until it runs out; what is left is returned in proportion to
 * what each member paid in (`weights`), or held.
 *
 * The reserve is itself a party to the transfers (it holds R, with a control
 * total of 0), so Σ t_i + t_reserve = 0: paid = min(R, D) where D is the total
 * deficit; each deficit receives paid·|d_i|/D; if returned, the remainder R −
 * paid goes out by weight; t_reserve = −(paid + returned).
 *
 * @param variances d_i of the members (£m) before the reserve: what each paid into it added back
 * @param weights each member's share of what was paid in, summing to 1 (0 for members that paid nothing)
 * @param reserve R ≥ 0 (£m)
 * @param returnRemainder true to hand back the unspent reserve, false to hold it
 * @param transfers written: t_i for the members
 * @returns the reserve's own transfer, t_reserve
 * @example
 * // d = [5, -4, -8], R = 6, returned, w = [0.5, 0.25, 0.25]: paid 6 → +2, +4; nothing left; t_reserve = -6
 */
export function contingencyReserveRiskShare(variances: ArrayLike<number>, weights: ArrayLike<number>, reserve: number, returnRemainder: boolean, transfers: Float64Array): number {
  let totalDeficit = 0;
  for (let i = 0; i < variances.length; i++) if (variances[i] < 0) totalDeficit -= variances[i];
  const paid = Math.min(Math.max(reserve, 0), totalDeficit);
  const returned = returnRemainder ? Math.max(reserve, 0) - paid : 0;
  for (let i = 0; i < variances.length; i++) {
    const share = variances[i] < 0 && totalDeficit > 0 ? paid * (-variances[i] / totalDeficit) : 0;
    transfers[i] = share + returned * weights[i];
  }
  return -(paid + returned);
}
