/**
 * t − 1 − ln t, given both t and d = t − 1 (each as accurately as the caller can).
 * Near t = 1 the two terms cancel, so there it uses ln t = 2 atanh(s), s = d / (2 + d):
 * t − 1 − ln t = 2s²/(1 − s) − 2(s³/3 + s⁵/5 + …), every term computed to full relative
 * precision. This is the exponent of Temme's and DiDonato & Morris's uniform forms, used
 * by the incomplete beta and gamma functions. Cost: at most 40 terms.
 */
export function excessOverLog(t: number, d: number): number {
  if (Math.abs(d) > 0.3) return d - Math.log(t);
  const s = d / (2 + d);
  const sSquared = s * s;
  let power = s * sSquared;
  let oddPowerSeries = 0;
  for (let k = 1; k < 40; k++) {
    const term = power / (2 * k + 1);
    oddPowerSeries += term;
    if (Math.abs(term) <= Math.abs(oddPowerSeries) * 1e-17) break;
    power *= sSquared;
  }
  return (2 * sSquared) / (1 - s) - 2 * oddPowerSeries;
}
