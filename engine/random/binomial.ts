/** Relative size below which a pmf term no longer changes a sum of doubles. */
const NEGLIGIBLE = 1e-17;

function checkProbability(caller: string, probability: number): void {
  if (!(probability >= 0 && probability <= 1)) {
    throw new RangeError(`${caller}: probability must be in [0, 1], got ${probability}`);
  }
}

function checkTrials(caller: string, trials: number): void {
  if (!(trials >= 0) || !Number.isInteger(trials)) {
    throw new RangeError(`${caller}: trials must be a whole number >= 0, got ${trials}`);
  }
}

/**
 * The u-quantile of Binomial(trials, probability): the least k with P(X ≤ k) ≥ u.
 *
 * Inversion, so one uniform gives one draw, and the draw is monotone in `trials` for a
 * fixed u with Q(n + 1, u) − Q(n, u) ∈ {0, 1}: F_{n+1}(k) = q·F_n(k) + p·F_n(k − 1)
 * lies between F_n(k − 1) and F_n(k), so the u-quantile moves up by at most one when a
 * trial is added. This is the property that keeps two runs with different bed bases on
 * common random numbers. Method: pmf ratios relative to the mode (no exponentials, so
 * no underflow for any n), the cdf at the mode and the total summed outward to
 * negligible terms, then a walk from the mode. Exact to rounding. Cost: O(√(npq)); for
 * repeated draws with one probability use `tabulatedBinomialQuantile`, which skips the
 * sums.
 *
 * @param trials whole number ≥ 0.
 * @param probability success probability in [0, 1].
 * @param u probability in (0, 1].
 * @throws {RangeError} on a bad trials, probability or u.
 * @example
 * binomialQuantile(3, 0.25, 0.5); // 1: F(0) = 27/64 < 0.5 ≤ F(1) = 54/64
 */
export function binomialQuantile(trials: number, probability: number, u: number): number {
  checkTrials('binomialQuantile', trials);
  checkProbability('binomialQuantile', probability);
  if (!(u > 0 && u <= 1)) throw new RangeError(`binomialQuantile: u must be in (0, 1], got ${u}`);
  if (probability === 0 || trials === 0) return 0;
  if (probability === 1) return trials;
  const oddsUp = probability / (1 - probability);
  const mode = Math.min(trials, Math.floor((trials + 1) * probability));
  let cdfAtMode = 1; // relative pmf: term(mode) = 1
  for (let k = mode, term = 1; k > 0; k--) {
    term *= k / ((trials - k + 1) * oddsUp);
    cdfAtMode += term;
    if (term < NEGLIGIBLE * cdfAtMode) break;
  }
  let total = cdfAtMode;
  let top = mode; // where the upper sum stopped: the walk repeats its arithmetic, so never passes it
  for (let term = 1; top < trials; ) {
    term *= ((trials - top) * oddsUp) / (top + 1);
    total += term;
    top++;
    if (term < NEGLIGIBLE * total) break;
  }
  const target = u * total;
  let k = mode;
  let cdf = cdfAtMode;
  let term = 1;
  if (target <= cdf) {
    while (k > 0) {
      const below = cdf - term;
      if (below < target) break;
      term *= k / ((trials - k + 1) * oddsUp);
      cdf = below;
      k--;
    }
    return k;
  }
  while (k < top) {
    term *= ((trials - k) * oddsUp) / (k + 1);
    cdf += term;
    k++;
    if (cdf >= target) break;
  }
  return k;
}

/**
 * Precomputed anchors for drawing Binomial(n, p) by inversion many times with one p and
 * varying n (a ward compartment's daily discharges, say): for each n the mode
 * m_n = ⌊(n + 1)p⌋, the pmf f_n(m_n) and the cdf F_n(m_n).
 *
 * Built by the exact recurrences F_{n+1}(k) = F_n(k) − p·f_n(k) and
 * f_{n+1}(k) = f_n(k)·q·(n + 1)/(n + 1 − k), so extending the table by one n costs O(1);
 * it grows on demand (doubling its arrays) and can be re-pointed at another p without
 * reallocating. Rounding drifts by about 1e-16 per step, ~1e-13 after thousands of n.
 */
export interface BinomialQuantileTable {
  /** Success probability p. */
  probability: number;
  /** Largest n the arrays hold valid anchors for. */
  coveredTrials: number;
  mode: Int32Array;
  modePmf: Float64Array;
  modeCdf: Float64Array;
  /** p / (1 − p), the pmf ratio step. */
  oddsUp: number;
}

/**
 * An empty table for Binomial(·, probability); anchors are added as larger n are drawn.
 *
 * @param probability success probability in [0, 1].
 * @param initialTrials n to size the arrays for up front (they grow past it if needed).
 * @throws {RangeError} on a bad probability or initialTrials.
 * @example
 * const discharges = createBinomialQuantileTable(0.115, 700);
 * tabulatedBinomialQuantile(discharges, 438, rng()); // today's discharges from 438 patients
 */
export function createBinomialQuantileTable(probability: number, initialTrials = 64): BinomialQuantileTable {
  checkTrials('createBinomialQuantileTable', initialTrials);
  const table: BinomialQuantileTable = {
    probability: 0,
    coveredTrials: 0,
    mode: new Int32Array(initialTrials + 1),
    modePmf: new Float64Array(initialTrials + 1),
    modeCdf: new Float64Array(initialTrials + 1),
    oddsUp: 0,
  };
  resetBinomialQuantileTable(table, probability);
  return table;
}

/**
 * Re-points a table at a new probability, keeping its arrays (no allocation); anchors
 * are rebuilt lazily as n is drawn.
 *
 * @throws {RangeError} if probability is outside [0, 1].
 */
export function resetBinomialQuantileTable(table: BinomialQuantileTable, probability: number): void {
  checkProbability('resetBinomialQuantileTable', probability);
  table.probability = probability;
  table.oddsUp = probability / (1 - probability);
  table.coveredTrials = 0;
  table.mode[0] = 0;
  table.modePmf[0] = 1;
  table.modeCdf[0] = 1;
}

function extendTable(table: BinomialQuantileTable, trials: number): void {
  if (trials >= table.mode.length) {
    const length = Math.max(trials + 1, 2 * table.mode.length);
    const mode = new Int32Array(length);
    const modePmf = new Float64Array(length);
    const modeCdf = new Float64Array(length);
    mode.set(table.mode);
    modePmf.set(table.modePmf);
    modeCdf.set(table.modeCdf);
    table.mode = mode;
    table.modePmf = modePmf;
    table.modeCdf = modeCdf;
  }
  const p = table.probability;
  const q = 1 - p;
  const { mode, modePmf, modeCdf, oddsUp } = table;
  for (let n = table.coveredTrials; n < trials; n++) {
    const m = mode[n];
    const pmf = modePmf[n];
    let nextCdf = modeCdf[n] - p * pmf;
    let nextPmf = (pmf * q * (n + 1)) / (n + 1 - m);
    let nextMode = m;
    if (Math.floor((n + 2) * p) > m) {
      nextPmf *= ((n + 1 - m) * oddsUp) / (m + 1);
      nextCdf += nextPmf;
      nextMode = m + 1;
    }
    mode[n + 1] = nextMode;
    modePmf[n + 1] = nextPmf;
    modeCdf[n + 1] = nextCdf;
  }
  table.coveredTrials = trials;
}

/**
 * `binomialQuantile(trials, table.probability, u)` from a table: the same inversion and
 * the same monotone coupling in `trials`, but the walk starts from the tabulated mode,
 * so a draw costs O(1) plus about 0.8·√(npq) pmf steps (a handful for a ward's daily
 * discharges), with one division per step and no exponentials or logarithms.
 *
 * @param table from `createBinomialQuantileTable`.
 * @param trials whole number ≥ 0.
 * @param u probability in (0, 1).
 * @throws {RangeError} if trials is not a whole number ≥ 0.
 * @example
 * tabulatedBinomialQuantile(createBinomialQuantileTable(0.25), 3, 0.5); // 1
 */
export function tabulatedBinomialQuantile(table: BinomialQuantileTable, trials: number, u: number): number {
  const p = table.probability;
  if (trials > table.coveredTrials || trials < 0 || (trials | 0) !== trials) {
    checkTrials('tabulatedBinomialQuantile', trials);
    if (p > 0 && p < 1) extendTable(table, trials);
  }
  if (p === 0 || trials === 0) return 0;
  if (p === 1) return trials;
  let k = table.mode[trials];
  let cdf = table.modeCdf[trials];
  let pmf = table.modePmf[trials];
  if (u <= cdf) {
    while (k > 0) {
      const below = cdf - pmf;
      if (below < u) break;
      pmf *= k / ((trials - k + 1) * table.oddsUp);
      cdf = below;
      k--;
    }
    return k;
  }
  while (k < trials) {
    pmf *= ((trials - k) * table.oddsUp) / (k + 1);
    cdf += pmf;
    k++;
    if (cdf >= u) break;
  }
  return k;
}
