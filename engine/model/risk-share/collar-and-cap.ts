/**
 * Rule "collar and cap": each member keeps its own variance inside the band
 * [−collar_i, +collar_i]; what lies beyond the band is pooled and shared pro
 * rata to the weights; no member pays in more than cap_i in total.
 *
 * Method: band_i = clamp(d_i, −collar_i, collar_i), pool P = Σ (d_i − band_i),
 * target t_i = band_i + w_i·P − d_i. Payers whose t_i < −cap_i pay exactly
 * cap_i; what they do not pay is asked of the uncapped payers in proportion to
 * their weights, repeatedly, until no one is over the cap (at most n rounds).
 * If every payer is capped, the receivers' receipts are scaled down to what
 * was paid in. Σ t_i = 0 in every case.
 *
 * @param variances d_i (£m)
 * @param weights w_i, summing to 1
 * @param collars collar_i ≥ 0 (£m)
 * @param caps cap_i ≥ 0 (£m)
 * @param transfers written: t_i
 * @example
 * // d = [30, -30], collar 10, cap 100, w = [0.5, 0.5]: band [10, -10], pool 0, t = [-20, +20]
 */
export function collarAndCapRiskShare(variances: ArrayLike<number>, weights: ArrayLike<number>, collars: ArrayLike<number>, caps: ArrayLike<number>, transfers: Float64Array): void {
  const n = variances.length;
  let pool = 0;
  for (let i = 0; i < n; i++) {
    const band = Math.min(Math.max(variances[i], -collars[i]), collars[i]);
    pool += variances[i] - band;
    transfers[i] = band - variances[i];
  }
  for (let i = 0; i < n; i++) transfers[i] += weights[i] * pool;

  const capped = new Uint8Array(n);
  for (let round = 0; round <= n; round++) {
    let unpaid = 0;
    for (let i = 0; i < n; i++) {
      if (transfers[i] < -caps[i]) {
        unpaid += -caps[i] - transfers[i];
        transfers[i] = -caps[i];
        capped[i] = 1;
      }
    }
    if (unpaid <= 0) return;
    let openWeight = 0;
    for (let i = 0; i < n; i++) if (!capped[i] && transfers[i] <= 0) openWeight += weights[i];
    if (openWeight > 0) {
      for (let i = 0; i < n; i++) if (!capped[i] && transfers[i] <= 0) transfers[i] -= unpaid * (weights[i] / openWeight);
      continue;
    }
    // Everyone who could pay is at the cap: receivers get only what was paid in.
    let paidIn = 0;
    let received = 0;
    for (let i = 0; i < n; i++) {
      if (transfers[i] < 0) paidIn -= transfers[i];
      else received += transfers[i];
    }
    const scale = received > 0 ? paidIn / received : 0;
    for (let i = 0; i < n; i++) if (transfers[i] > 0) transfers[i] *= scale;
    return;
  }
}
