/**
 * The sentence a long run's results carry: which figures come from every
 * trial and which from the reservoir, with the reservoir's rank error (see
 * TrialReservoir).
 */
export function reservoirNote(rows: number, trials: number): string {
  const p5Band = 2 * Math.sqrt((0.05 * 0.95) / rows) * 100;
  const p50Band = 2 * Math.sqrt(0.25 / rows) * 100;
  return (
    `Means, standard deviations, minima, maxima, the chances of meeting a control total or being paid, the fan charts, the daily occupancy and the accounting checks count all ${trials.toLocaleString('en-GB')} trials exactly. ` +
    `Quantiles, expected shortfalls, histograms, the sensitivity ranking, places, national figures and paired differences are read from ${rows.toLocaleString('en-GB')} trials kept in a reservoir ` +
    `(one from each of ${rows.toLocaleString('en-GB')} runs of consecutive trials, chosen from the seed): with about 95% chance a quantile's rank among all the trials is within ±${p5Band.toFixed(2)} percentile points at P5 and P95 and ±${p50Band.toFixed(2)} at P50.`
  );
}
