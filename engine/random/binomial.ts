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
  for (let term = 1; top < trials;) {
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
 *
 * It also keeps, for each n drawn, a row of the cdf values the walk from the mode meets
 * within 7 steps either side, in the walk's own arithmetic, filled the first time n is
 * drawn: a draw is then a count of the row's values below u (see
 * `tabulatedBinomialQuantileAt`).
 */
export interface BinomialQuantileTable {
  /** Success probability p. */
  probability: number;
  /** Largest n the arrays hold valid anchors for (−1 when p is 0 or 1, which need none). */
  coveredTrials: number;
  mode: Int32Array;
  modePmf: Float64Array;
  modeCdf: Float64Array;
  /** p / (1 − p), the pmf ratio step. */
  oddsUp: number;
  /**
   * ROW_VALUES values per n: [0] m_n − 3, or NaN until the row is filled; [1 … 7] the
   * walk's cdf at m_n − 3 … m_n + 3; [8 … 11] at m_n − 4 … m_n − 7; [12 … 15] at
   * m_n + 4 … m_n + 7; −∞ below 0, and +∞ from n on (where the walk stops whatever the cdf).
   */
  rows: Float64Array;
  /** Per n, the walk's pmf at m_n − 7 and at m_n + 7, where a longer walk resumes. */
  rowEdgePmf: Float64Array;
}

/** Values per row (the hot path writes these offsets as literals, and shifts by 4). */
const ROW_VALUES = 16;

/**
 * An empty table for Binomial(·, probability); anchors and rows are added as n is drawn.
 *
 * Cost: about 170 bytes per n covered (20 for the anchors, 150 for the rows).
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
    rows: new Float64Array(ROW_VALUES * (initialTrials + 1)),
    rowEdgePmf: new Float64Array(2 * (initialTrials + 1)),
  };
  resetBinomialQuantileTable(table, probability);
  return table;
}

/**
 * Re-points a table at a new probability, keeping its arrays (no allocation); anchors
 * and rows are rebuilt lazily as n is drawn.
 *
 * @throws {RangeError} if probability is outside [0, 1].
 */
export function resetBinomialQuantileTable(table: BinomialQuantileTable, probability: number): void {
  checkProbability('resetBinomialQuantileTable', probability);
  table.probability = probability;
  table.oddsUp = probability / (1 - probability);
  // p = 0 or 1 covers nothing, so that its draws take the checks of the slow path.
  table.coveredTrials = probability > 0 && probability < 1 ? 0 : -1;
  table.mode[0] = 0;
  table.modePmf[0] = 1;
  table.modeCdf[0] = 1;
  table.rows[0] = NaN;
}

function extendTable(table: BinomialQuantileTable, trials: number): void {
  if (trials >= table.mode.length) {
    const length = Math.max(trials + 1, 2 * table.mode.length);
    const mode = new Int32Array(length);
    const modePmf = new Float64Array(length);
    const modeCdf = new Float64Array(length);
    const rows = new Float64Array(ROW_VALUES * length);
    const rowEdgePmf = new Float64Array(2 * length);
    mode.set(table.mode);
    modePmf.set(table.modePmf);
    modeCdf.set(table.modeCdf);
    rows.set(table.rows);
    rowEdgePmf.set(table.rowEdgePmf);
    table.mode = mode;
    table.modePmf = modePmf;
    table.modeCdf = modeCdf;
    table.rows = rows;
    table.rowEdgePmf = rowEdgePmf;
  }
  const p = table.probability;
  const q = 1 - p;
  const { mode, modePmf, modeCdf, oddsUp, rows } = table;
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
    rows[ROW_VALUES * (n + 1)] = NaN; // a row from before a reset is stale
  }
  table.coveredTrials = trials;
}

/**
 * Fills the row of n (covered, 0 < p < 1): the cdf values the walk from the mode meets
 * in 7 steps down and 7 up, in the walk's own arithmetic, so that counting those below u
 * gives the walk's answer bit for bit; and its pmf after those steps.
 */
function fillRow(table: BinomialQuantileTable, trials: number): void {
  const { rows, oddsUp } = table;
  const at = ROW_VALUES * trials;
  const mode = table.mode[trials];
  rows[at] = mode - 3;
  rows[at + 4] = mode < trials ? table.modeCdf[trials] : Infinity;
  // Down: m − 1 … m − 3 at [3], [2], [1], then m − 4 … m − 7 at [8] … [11].
  let k = mode;
  let cdf = table.modeCdf[trials];
  let pmf = table.modePmf[trials];
  for (let step = 1; step <= 7; step++) {
    const index = at + (step <= 3 ? 4 - step : 4 + step);
    if (k > 0) {
      const below = cdf - pmf;
      pmf *= k / ((trials - k + 1) * oddsUp);
      cdf = below;
      k--;
      rows[index] = below;
    } else {
      rows[index] = -Infinity;
    }
  }
  table.rowEdgePmf[2 * trials] = pmf;
  // Up: m + 1 … m + 3 at [5], [6], [7], then m + 4 … m + 7 at [12] … [15].
  k = mode;
  cdf = table.modeCdf[trials];
  pmf = table.modePmf[trials];
  for (let step = 1; step <= 7; step++) {
    const index = at + (step <= 3 ? 4 + step : 8 + step);
    if (k < trials - 1) {
      pmf *= ((trials - k) * oddsUp) / (k + 1);
      cdf += pmf;
      k++;
      rows[index] = cdf;
    } else {
      rows[index] = Infinity;
    }
  }
  table.rowEdgePmf[2 * trials + 1] = pmf;
}

/**
 * The draw for u beyond the row's inner values (`below` 0: u ≤ cdf(m − 3); 7: u >
 * cdf(m + 3)): counted among the four further values on that side, or, beyond those,
 * by the walk resumed where the row ends.
 */
function beyondRow(table: BinomialQuantileTable, trials: number, uniforms: Float64Array, index: number, below: number): number {
  const u = uniforms[index];
  const { rows, oddsUp } = table;
  const at = ROW_VALUES * trials;
  const mode = (rows[at] | 0) + 3;
  if (below === 0) {
    // cdf(m − 4) ≥ … ≥ cdf(m − 7): the answer is m − 7 plus those below u.
    const count = +(rows[at + 8] < u) + +(rows[at + 9] < u) + (+(rows[at + 10] < u) + +(rows[at + 11] < u));
    if (count > 0) return mode - 7 + count;
    let k = mode - 7;
    let cdf = rows[at + 11];
    let pmf = table.rowEdgePmf[2 * trials];
    while (k > 0) {
      const next = cdf - pmf;
      if (next < u) break;
      pmf *= k / ((trials - k + 1) * oddsUp);
      cdf = next;
      k--;
    }
    return k;
  }
  const count = +(rows[at + 12] < u) + +(rows[at + 13] < u) + (+(rows[at + 14] < u) + +(rows[at + 15] < u));
  if (count < 4) return mode + 4 + count;
  let k = mode + 7;
  let cdf = rows[at + 15];
  let pmf = table.rowEdgePmf[2 * trials + 1];
  while (k < trials) {
    pmf *= ((trials - k) * oddsUp) / (k + 1);
    cdf += pmf;
    k++;
    if (cdf >= u) break;
  }
  return k;
}

/** A draw the fast path turned down: checks, grows the table, fills the row, and draws. */
function prepareAndDraw(table: BinomialQuantileTable, trials: number, uniforms: Float64Array, index: number): number {
  checkTrials('tabulatedBinomialQuantile', trials);
  const p = table.probability;
  if (p === 0) return 0;
  if (p === 1) return trials;
  if (trials > table.coveredTrials) extendTable(table, trials);
  fillRow(table, trials);
  return tabulatedBinomialQuantileAt(table, trials, uniforms, index);
}

/**
 * `binomialQuantile(trials, table.probability, u)` from a table: the same inversion and
 * the same monotone coupling in `trials`, by the walk from the tabulated mode. The first
 * 7 steps either side are kept per n (`BinomialQuantileTable`), so a draw whose n has
 * been drawn before costs a count of seven of the row's values below u (no division, no
 * data-dependent branch), four more if u lies further out, and the walk (one division
 * per step) only past 7 steps from the mode (under 1% of draws when σ = √(npq) ≤ 3).
 * Filling a row costs 14 walk steps. Exact to rounding, and the same as the walk's
 * answer bit for bit.
 *
 * @param table from `createBinomialQuantileTable`.
 * @param trials whole number ≥ 0.
 * @param u probability in (0, 1].
 * @throws {RangeError} if trials is not a whole number ≥ 0.
 * @example
 * tabulatedBinomialQuantile(createBinomialQuantileTable(0.25), 3, 0.5); // 1
 */
export function tabulatedBinomialQuantile(table: BinomialQuantileTable, trials: number, u: number): number {
  singleUniform[0] = u;
  return tabulatedBinomialQuantileAt(table, trials, singleUniform, 0);
}

/** Holds the uniform of a `tabulatedBinomialQuantile` call. */
const singleUniform = new Float64Array(1);

/**
 * `tabulatedBinomialQuantile(table, trials, uniforms[index])`, for kernels that draw
 * their uniforms into an array first: the uniform stays an unboxed double in the array,
 * where an argument would be boxed (a heap allocation) whenever V8 does not inline the
 * call. The same inversion and results.
 *
 * @param uniforms uniforms in (0, 1]; only `uniforms[index]` is read.
 * @throws {RangeError} if trials is not a whole number ≥ 0.
 * @example
 * uniforms[0] = rng();
 * tabulatedBinomialQuantileAt(discharges, 438, uniforms, 0);
 */
export function tabulatedBinomialQuantileAt(table: BinomialQuantileTable, trials: number, uniforms: Float64Array, index: number): number {
  // ROW_VALUES = 16 written as literals (and offsets by |, as at is a multiple of 16),
  // since V8 reloads module constants: so they compile to plain addressing.
  const at = trials << 4;
  const rows = table.rows;
  // Not covered (or not a count), or the row not yet filled (NaN): out of line.
  if (!(trials <= table.coveredTrials) || (trials | 0) !== trials || !(rows[at] >= -Infinity)) {
    return prepareAndDraw(table, trials, uniforms, index);
  }
  const u = uniforms[index];
  // The row's values are increasing, so the count of those below u places u among them;
  // added without branches (u is random, so a branch per value would often mispredict).
  const below = +(rows[at | 1] < u) + (+(rows[at | 2] < u) + +(rows[at | 3] < u)) + (+(rows[at | 4] < u) + +(rows[at | 5] < u) + (+(rows[at | 6] < u) + +(rows[at | 7] < u)));
  if (below === 0 || below === 7) return beyondRow(table, trials, uniforms, index, below);
  // [0] is a whole number: | 0 keeps the sum an integer, which V8 returns unboxed.
  return (rows[at] | 0) + below;
}
