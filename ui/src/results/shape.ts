// Results reshaped for charts. Plain functions of the engine's RunResults.
import type { EntitySummary, EntityYearResult, FanChart, Histogram, Results, SummaryStatistics } from '../api/types.ts';
import type { Point, RangeRow, TornadoRow } from '../charts/types.ts';
import { shortName, startLower } from '../lib/text.ts';

/** Systems first, in their order, then nothing else: the headline entities. */
export function systemsOf(results: Pick<Results, 'entities'>): EntitySummary[] {
  return results.entities.filter((entity) => entity.kind === 'system');
}

/** A system's organisations (not its contingency reserve), in scenario order. */
export function organisationsOf(results: Pick<Results, 'entities'>, systemId: string): EntitySummary[] {
  return results.entities.filter((entity) => entity.kind === 'organisation' && entity.systemId === systemId);
}

export function entityName(results: Pick<Results, 'entities'>, entityId: string): string {
  return results.entities.find((entity) => entity.id === entityId)?.name ?? entityId;
}

export function rowFor(results: Pick<Results, 'table'>, entityId: string, year: number): EntityYearResult | undefined {
  return results.table.find((row) => row.entityId === entityId && row.year === year);
}

const QUANTILE_EDGES = ['min', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'max'] as const;
const QUANTILE_LEVELS = [0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1] as const;

/**
 * An approximate density drawn from reported percentiles: between each pair
 * of neighbouring percentiles (min, P5, P10, P25, P50, P75, P90, P95, max)
 * lies a known share of trials, spread evenly. Returned as the outline of a
 * step chart: (left edge, 0), then (right edge of each step, its height),
 * then (last edge, 0). Percentiles that coincide (a value many trials share)
 * are merged, their share going to the next step.
 */
export function densityFromQuantiles(stats: SummaryStatistics): Point[] {
  const edges: Array<{ x: number; level: number }> = [];
  QUANTILE_EDGES.forEach((key, index) => {
    const x = stats[key];
    const level = QUANTILE_LEVELS[index];
    if (!Number.isFinite(x)) return;
    const last = edges[edges.length - 1];
    const span = Math.max(Math.abs(stats.max - stats.min), 1e-9);
    if (last && x - last.x <= span * 1e-9) last.level = level;
    else edges.push({ x, level });
  });
  if (edges.length < 2) {
    const x = Number.isFinite(stats.p50) ? stats.p50 : 0;
    const half = Math.max(Math.abs(x) * 0.01, 0.05);
    return [
      { x: x - half, y: 0 },
      { x: x + half, y: 1 / (2 * half) },
      { x: x + half, y: 0 },
    ];
  }
  const points: Point[] = [{ x: edges[0].x, y: 0 }];
  for (let index = 1; index < edges.length; index++) {
    const width = edges[index].x - edges[index - 1].x;
    const mass = edges[index].level - (index === 1 ? 0 : edges[index - 1].level);
    points.push({ x: edges[index].x, y: mass / width });
  }
  points.push({ x: edges[edges.length - 1].x, y: 0 });
  return points;
}

/**
 * The engine's exact histogram of every trial (equal bins from the smallest
 * value to the largest) as a step outline like {@link densityFromQuantiles}:
 * heights are densities, so the steps hold all the trials. When every trial
 * has the same value (one bin of width 0) it is drawn as a narrow spike.
 */
export function histogramOutline(histogram: Histogram): Point[] {
  const total = histogram.counts.reduce((sum, count) => sum + count, 0);
  if (total === 0 || !Number.isFinite(histogram.start)) return [];
  if (!(histogram.width > 0)) {
    const half = Math.max(Math.abs(histogram.start) * 0.01, 0.05);
    return [
      { x: histogram.start - half, y: 0 },
      { x: histogram.start + half, y: 1 / (2 * half) },
      { x: histogram.start + half, y: 0 },
    ];
  }
  const points: Point[] = [{ x: histogram.start, y: 0 }];
  histogram.counts.forEach((count, bin) => points.push({ x: histogram.start + (bin + 1) * histogram.width, y: count / total / histogram.width }));
  points.push({ x: histogram.start + histogram.counts.length * histogram.width, y: 0 });
  return points;
}

/**
 * A histogram split at a threshold (a control total) into the trials below it
 * and those at or above it, as two step outlines. Without `shareAtOrAbove`
 * the bin that holds the threshold is cut at it ({@link splitAt}). With it
 * (the exact share of trials that met the total, from the results), that bin
 * is shared out by count instead: trials that end exactly on the total, as
 * they do under some risk-share rules, are drawn as meeting it, in a bar just
 * right of the line when the total is the highest value of all.
 */
export function splitHistogram(histogram: Histogram, threshold: number, shareAtOrAbove?: number): { below: Point[]; above: Point[] } {
  const outline = histogramOutline(histogram);
  const { start, width, counts } = histogram;
  const total = counts.reduce((sum, count) => sum + count, 0);
  const end = start + counts.length * width;
  const tolerance = width * 1e-9;
  if (shareAtOrAbove === undefined || !(width > 0) || total === 0 || threshold < start + tolerance || threshold > end + tolerance) return splitAt(outline, threshold);
  const bin = Math.min(counts.length - 1, Math.floor((threshold - start) / width));
  const left = start + bin * width;
  // On the edge between two bins every trial is already on its side.
  if (threshold - left < tolerance) return splitAt(outline, threshold);
  const right = left + width;
  const aboveBin = counts.slice(bin + 1).reduce((sum, count) => sum + count, 0);
  const meeting = Math.min(counts[bin], Math.max(0, Math.round(shareAtOrAbove * total) - aboveBin));
  const missing = counts[bin] - meeting;
  const atTop = right - threshold < tolerance;
  // Each part of the bin at its own density, so areas stay the exact shares (trials piled on the total show as a
  // spike at the line). A part with trials that would be narrower than a tenth of the bin is widened to a tenth, its
  // neighbour narrowed to match: heights stay bounded, areas stay exact, and the colours meet within a tenth of a bin
  // of the line.
  let cut = threshold;
  if (missing > 0 && threshold - left < width / 10) cut = left + width / 10;
  else if (meeting > 0 && !atTop && right - threshold < width / 10) cut = right - width / 10;
  const height = (count: number, span: number) => (count > 0 ? count / total / span : 0);

  const below: Point[] = [{ x: start, y: 0 }];
  for (let index = 0; index < bin; index++) below.push({ x: start + (index + 1) * width, y: counts[index] / total / width });
  below.push({ x: cut, y: height(missing, cut - left) }, { x: cut, y: 0 });

  const above: Point[] = [
    { x: cut, y: 0 },
    { x: atTop ? threshold + width : right, y: atTop ? meeting / total / width : height(meeting, right - cut) },
  ];
  for (let index = bin + 1; index < counts.length; index++) above.push({ x: start + (index + 1) * width, y: counts[index] / total / width });
  above.push({ x: above[above.length - 1].x, y: 0 });

  const holds = (points: Point[], trials: number) => (trials > 0 ? points : []);
  return { below: holds(below, total - aboveBin - meeting), above: holds(above, aboveBin + meeting) };
}

/** A histogram moved along its axis (a variance against a control total, shown as outturn). */
export function shiftHistogram(histogram: Histogram, by: number): Histogram {
  return { ...histogram, start: histogram.start + by };
}

/** Trials in each bin, as rows for a chart's table of numbers: `−£12.0m to −£10.5m`, count, share. */
export function histogramRows(histogram: Histogram, format: (value: number) => string): Array<[string, string]> {
  const total = histogram.counts.reduce((sum, count) => sum + count, 0);
  return histogram.counts.map((count, bin) => {
    const from = histogram.start + bin * histogram.width;
    const range = histogram.width > 0 ? `${format(from)} to ${format(from + histogram.width)}` : format(from);
    return [range, `${count.toLocaleString('en-GB')} (${total > 0 ? Math.round((count / total) * 1000) / 10 : 0}%)`];
  });
}

/** Splits a step outline at a threshold: the part below it and the part at or above it. */
export function splitAt(points: readonly Point[], threshold: number): { below: Point[]; above: Point[] } {
  if (points.length === 0) return { below: [], above: [] };
  const below: Point[] = [];
  const above: Point[] = [];
  // Step i spans (points[i-1].x, points[i].x] at height points[i].y.
  const first = points[0].x;
  if (first < threshold) below.push({ x: first, y: 0 });
  else above.push({ x: first, y: 0 });
  for (let index = 1; index < points.length; index++) {
    const left = points[index - 1].x;
    const right = points[index].x;
    const height = points[index].y;
    if (right <= threshold) below.push({ x: right, y: height });
    else if (left >= threshold) {
      if (above.length === 0) above.push({ x: left, y: 0 });
      above.push({ x: right, y: height });
    } else {
      below.push({ x: threshold, y: height });
      if (above.length === 0) above.push({ x: threshold, y: 0 });
      above.push({ x: right, y: height });
    }
  }
  if (below.length > 0) below.push({ x: below[below.length - 1].x, y: 0 });
  if (above.length > 1) above.push({ x: above[above.length - 1].x, y: 0 });
  return { below: below.length > 2 ? below : [], above: above.length > 2 ? above : [] };
}

export function fanFor(results: Pick<Results, 'fanCharts'>, entityId: string): FanChart | undefined {
  return results.fanCharts.find((fan) => fan.entityId === entityId);
}

/** The months of one year of a fan chart (12 months a year), with their labels. */
export function fanYear(fan: Omit<FanChart, 'entityId'>, monthLabels: readonly string[], year: number, years: number): { labels: string[] } & Omit<FanChart, 'entityId'> {
  const perYear = Math.max(1, Math.round(monthLabels.length / Math.max(1, years)));
  const start = Math.min(Math.max(0, year), years - 1) * perYear;
  const slice = (series: readonly number[]) => series.slice(start, start + perYear);
  return {
    labels: monthLabels.slice(start, start + perYear),
    p5: slice(fan.p5),
    p10: slice(fan.p10),
    p25: slice(fan.p25),
    p50: slice(fan.p50),
    p75: slice(fan.p75),
    p90: slice(fan.p90),
    p95: slice(fan.p95),
  };
}

// Short words people write in capitals.
const ACRONYMS = new Set(['cip', 'icb', 'ics', 'nhs', 'ccg', 'chc', 'pfi', 'pdc', 'gp']);

/** A driver's or parameter's name in words: `payAward` → `Pay award`, `cipDelivery` → `CIP delivery`, `growth_2` → `Growth 2`. */
export function nameInWords(name: string): string {
  const words = name
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (ACRONYMS.has(word.toLowerCase()) ? word.toUpperCase() : /^[A-Z]{2,}$/.test(word) ? word : word.toLowerCase()));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether the engine's label of an input (`drivers.payAward (2025/26)`) is a driver or a named parameter, which {@link inputLabel} puts in words. */
export function isNamedInput(label: string): boolean {
  return /^(drivers|parameters)\.[^.[\] ]+( |$)/.test(label);
}

/**
 * Makes the engine's input labels short and readable: `drivers.payAward (2025/26)`
 * → `Pay award (2025/26)`; other paths go through `describe` (a path in words,
 * steps joined by ›), keeping the thing (an organisation, an intervention) and
 * the field: `Out-of-hospital scheme: annual cost`. The engine's own label
 * stays with each tornado row (`path`), for the numbers table.
 */
export function inputLabel(label: string, describe?: (path: string) => string): string {
  const match = /^([^ ]+)(.*)$/.exec(label);
  if (!match) return label;
  const [, path, rest] = match;
  if (isNamedInput(path)) return `${nameInWords(path.slice(path.indexOf('.') + 1))}${rest}`;
  if (!describe) return label;
  const parts = describe(path)
    .split(' › ')
    .filter((part) => !['Interventions', 'Alternatives', 'Drivers', 'Parameters'].includes(part));
  if (parts.length >= 3 && path.includes('.organisations[')) parts.shift();
  const [thing, ...fields] = parts;
  const field = fields[fields.length - 1];
  return `${field ? `${shortName(thing)}: ${startLower(field)}` : thing}${rest}`;
}

/** The tornado of a system: its inputs (most influential first) and the mean result they swing around. */
export function tornado(results: Pick<Results, 'sensitivity' | 'table'>, systemId: string, limit = 8, describe?: (path: string) => string): { rows: TornadoRow[]; centre: number } {
  const entries = results.sensitivity.find((item) => item.systemId === systemId)?.entries ?? [];
  const centre = results.table.filter((row) => row.entityId === systemId).reduce((sum, row) => sum + row.metrics.variance.mean, 0);
  return {
    rows: entries.slice(0, limit).map((entry) => ({ label: inputLabel(entry.input, describe), path: entry.input, low: entry.lowDecileMean, high: entry.highDecileMean })),
    centre,
  };
}

export interface RiskShareMatrix {
  readonly rules: ReadonlyArray<{ readonly label: string; readonly isScenarioRule: boolean }>;
  readonly entities: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  /** probability[rule][entity] of meeting the control total after risk share. */
  readonly probability: ReadonlyArray<ReadonlyArray<number>>;
  /** expectedShortfall[rule][entity]: mean post-share variance in the worst 5% of trials. */
  readonly expectedShortfall: ReadonlyArray<ReadonlyArray<number>>;
}

/** Every risk-share rule's chance for each organisation and the system, one year. */
export function riskShareMatrix(results: Pick<Results, 'riskShareComparison' | 'entities'>, systemId: string, year: number): RiskShareMatrix | undefined {
  const comparison = results.riskShareComparison.find((item) => item.systemId === systemId);
  if (!comparison || comparison.rules.length === 0) return undefined;
  const ids = [...new Set(comparison.rules[0].rows.filter((row) => row.year === year).map((row) => row.entityId))];
  // The system last, as in the other charts.
  ids.sort((a, b) => Number(a === systemId) - Number(b === systemId));
  const entities = ids.map((id) => ({ id, name: entityName(results, id) }));
  const cell = (rule: (typeof comparison.rules)[number], id: string) => rule.rows.find((row) => row.entityId === id && row.year === year);
  return {
    rules: comparison.rules.map((rule) => ({ label: rule.label, isScenarioRule: rule.isScenarioRule })),
    entities,
    probability: comparison.rules.map((rule) => ids.map((id) => cell(rule, id)?.probabilityMeetsAfterRiskShare ?? Number.NaN)),
    expectedShortfall: comparison.rules.map((rule) => ids.map((id) => cell(rule, id)?.expectedShortfall5 ?? Number.NaN)),
  };
}

export interface Cliff {
  readonly entityId: string;
  readonly name: string;
  readonly fundName: string;
  /** £m available; undefined when only the results are known (then `upTo` is the most paid). */
  readonly amount: number | undefined;
  readonly upTo: number;
  readonly condition: 'organisation' | 'system' | 'both' | 'unknown';
  readonly basis: 'beforeRiskShare' | 'afterRiskShare';
  /** The control total the payment hangs on (£m, central value). */
  readonly controlTotal: number;
  /** Whether that control total is itself uncertain (then `controlTotal` is its median). */
  readonly controlTotalVaries: boolean;
  /** Variance against that total whose sign decides payment. */
  readonly variance: SummaryStatistics;
  /**
   * Every trial's position in £m of outturn (before or after risk share, as
   * `basis` says), from the engine's histograms; undefined for results stored
   * before the engine reported them.
   */
  readonly histogram: Histogram | undefined;
  /** Share of trials in which the deciding control total was met (the engine's). */
  readonly probabilityMeets: number;
  /** Share of trials in which the fund paid: with condition 'both' this needs the system to meet its total too. */
  readonly probabilityPaid: number;
  /** Mean this fund paid this member over every trial (£m). */
  readonly meanPaid: number;
  /** The fund's part paid on performance, when it has one: its share, and whether it is earned from the organisation's modelled A&E 4-hour quarters. */
  readonly performance?: { readonly share: number; readonly fourHour: boolean };
}

/**
 * An entity's trials in £m of outturn: before risk share the outturn itself;
 * after it, the post-share variance moved onto the outturn axis by the
 * (median) control total, so the control total line splits the trials
 * exactly by whether they met it. (A system's transfers sum to zero, so its
 * position is the same before and after risk share, and is drawn after.)
 */
function positionHistogram(row: EntityYearResult, basis: 'beforeRiskShare' | 'afterRiskShare'): Histogram | undefined {
  const histograms = row as Partial<Pick<EntityYearResult, 'outturnHistogram' | 'postShareVarianceHistogram'>>;
  if (basis === 'beforeRiskShare') return histograms.outturnHistogram;
  return histograms.postShareVarianceHistogram && shiftHistogram(histograms.postShareVarianceHistogram, row.metrics.controlTotal.p50);
}

/**
 * Where each incentive fund's cliff falls for one year, as the engine
 * reports each fund × member outcome: whose control total decides, the
 * spread of the position against it, how often it is met and what the fund
 * pays. Results stored before the engine reported outcomes show any
 * organisation that received incentive money, with its condition unknown.
 */
export function cliffs(results: Pick<Results, 'entities' | 'table'> & Partial<Pick<Results, 'incentiveFunds'>>, year: number): Cliff[] {
  if (!results.incentiveFunds) return cliffsFromPayments(results, year);
  return results.incentiveFunds.flatMap((outcome): Cliff[] => {
    const deciding = outcome.year === year ? rowFor(results, outcome.decidingEntityId, year) : undefined;
    if (!deciding) return [];
    const decidedBySystem = results.entities.find((entity) => entity.id === outcome.decidingEntityId)?.kind === 'system';
    return [
      {
        entityId: outcome.entityId,
        name: entityName(results, outcome.entityId),
        fundName: outcome.fundName,
        amount: outcome.amountAvailable,
        upTo: outcome.amountAvailable,
        condition: outcome.condition,
        basis: outcome.basis,
        controlTotal: deciding.metrics.controlTotal.p50,
        controlTotalVaries: deciding.metrics.controlTotal.sd > 1e-9,
        variance: outcome.decidingPosition === 'beforeRiskShare' ? deciding.metrics.variance : deciding.metrics.postShareVariance,
        histogram: positionHistogram(deciding, decidedBySystem ? 'afterRiskShare' : outcome.decidingPosition),
        probabilityMeets: outcome.probabilityDecidingTotalMet,
        probabilityPaid: outcome.probabilityPaid,
        meanPaid: outcome.meanPaid,
        performance: outcome.performanceShare > 0 ? { share: outcome.performanceShare, fourHour: outcome.performanceFromFourHour } : undefined,
      },
    ];
  });
}

/** Cliffs of results without fund outcomes: each organisation paid any incentive money, judged after risk share. */
function cliffsFromPayments(results: Pick<Results, 'entities' | 'table'>, year: number): Cliff[] {
  const list: Cliff[] = [];
  for (const row of results.table) {
    if (row.year !== year || row.metrics.incentive.max <= 0) continue;
    const entity = results.entities.find((candidate) => candidate.id === row.entityId);
    if (!entity || entity.kind !== 'organisation') continue;
    list.push({
      entityId: row.entityId,
      name: entity.name,
      fundName: 'Incentive funding',
      amount: undefined,
      upTo: row.metrics.incentive.max,
      condition: 'unknown',
      basis: 'afterRiskShare',
      controlTotal: row.metrics.controlTotal.p50,
      controlTotalVaries: row.metrics.controlTotal.sd > 1e-9,
      variance: row.metrics.postShareVariance,
      histogram: positionHistogram(row, 'afterRiskShare'),
      probabilityMeets: row.probabilityMeetsAfterRiskShare,
      probabilityPaid: (row as Partial<Pick<EntityYearResult, 'probabilityIncentivePaid'>>).probabilityIncentivePaid ?? row.probabilityMeetsAfterRiskShare,
      meanPaid: row.metrics.incentive.mean,
    });
  }
  return list;
}

/** Statistics as a range row for a chart. */
export function rangeRow(label: string, stats: SummaryStatistics): RangeRow {
  return { label, p5: stats.p5, p25: stats.p25, p50: stats.p50, p75: stats.p75, p95: stats.p95 };
}

/**
 * The engine's daily occupancy histogram (share of days in each 1% band of
 * core beds, the last band 150% and above) as a step outline over occupancy
 * as a fraction, trimmed to the bands that hold any days.
 */
export function occupancyOutline(shares: readonly number[]): Point[] {
  let first = shares.findIndex((share) => share > 0);
  if (first < 0) return [];
  let last = shares.length - 1;
  while (last > first && !(shares[last] > 0)) last--;
  first = Math.max(0, first - 1);
  last = Math.min(shares.length - 1, last + 1);
  const points: Point[] = [{ x: first / 100, y: 0 }];
  for (let band = first; band <= last; band++) points.push({ x: (band + 1) / 100, y: shares[band] });
  points.push({ x: (last + 1) / 100, y: 0 });
  return points;
}
