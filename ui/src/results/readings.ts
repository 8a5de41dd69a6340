// One plain-English sentence under every chart: what a non-specialist should
// take from it. Each function reads shaped results and returns the sentence.
import { BED_METRIC_CATALOGUE } from '../../../engine/model/beds/bed-metrics.ts';
import { WAITING_LIST_METRIC_CATALOGUE } from '../../../engine/model/beds/waiting-list-catalogue.ts';
import type { BedMetric, ComparisonRow, SummaryStatistics, WaitingListMetric } from '../api/types.ts';
import { formatCount, formatMoney, formatPoints, formatSignedMoney, inTrials, percentInWords } from '../lib/format.ts';
import { sentence, startLower } from '../lib/text.ts';
import { isNamedInput, type Cliff, type RiskShareMatrix } from './shape.ts';

/** "31%" of trials, phrased to start a sentence: "In 31% of trials", "In fewer than 1% of trials", "In no trial". */
function inShare(probability: number): string {
  return sentence(inTrials(probability));
}

export interface ProbabilityEntry {
  readonly name: string;
  readonly isSystem: boolean;
  readonly probability: number;
}

/** "In 31% of trials the system misses its control total; Hillside misses its own in 64%." */
export function probabilityReading(entries: readonly ProbabilityEntry[]): string {
  const system = entries.find((entry) => entry.isSystem);
  const organisations = entries.filter((entry) => !entry.isSystem);
  const worst = [...organisations].sort((a, b) => a.probability - b.probability)[0];
  const parts: string[] = [];
  if (system) parts.push(`${inShare(1 - system.probability)} ${system.name} misses its control total`);
  if (worst && 1 - worst.probability > 0) {
    parts.push(
      system
        ? `the organisation most at risk, ${worst.name}, misses its own in ${percentInWords(1 - worst.probability)}`
        : `${inShare(1 - worst.probability)} ${worst.name}, the organisation most at risk, misses its control total`,
    );
  } else if (worst) parts.push('every organisation meets its own in every trial');
  return `${parts.join('; ')}.`;
}

/** "In 31% of trials the system misses its control total of −£16.0m; the middle trial ends at −£12.3m, and 90% end between −£38.2m and £8.8m." */
export function outturnReading(name: string, outturn: SummaryStatistics, controlTotal: number, probabilityMeets: number): string {
  return (
    `${inShare(1 - probabilityMeets)} ${name} ends below its control total of ${formatSignedMoney(controlTotal)}; ` +
    `the middle trial ends at ${formatSignedMoney(outturn.p50)}, and 90% of trials end between ${formatSignedMoney(outturn.p5)} and ${formatSignedMoney(outturn.p95)}.`
  );
}

/** Reading of a fan chart from its last month. */
export function fanReading(name: string, monthLabel: string, p5: number, p50: number, p95: number): string {
  const position = (value: number) => (Math.abs(value) < 0.05 ? 'on plan' : value < 0 ? `${formatMoney(-value)} behind plan` : `${formatMoney(value)} ahead of plan`);
  return `By ${monthLabel}, the middle trial has ${name} ${position(p50)}; in 90% of trials it is somewhere between ${position(p5)} and ${position(p95)}.`;
}

/**
 * A tornado input's label inside a sentence. Only a driver or parameter put
 * in words (`Pay award (2025/26)`, where the capital is the label's own) loses
 * its capital, and not when it starts with an acronym (`CIP delivery`). Other
 * labels start with the name of an organisation, a system or an intervention,
 * or are the engine's own path with its ids: they keep their case.
 */
function labelInSentence(row: { label: string; path?: string }): string {
  return row.path !== undefined && isNamedInput(row.path) ? startLower(row.label) : row.label;
}

/** "Inflation drives the spread most: ...; next comes pay award." */
export function tornadoReading(rows: ReadonlyArray<{ label: string; path?: string; low: number; high: number }>, name: string): string {
  if (rows.length === 0) return `No uncertain input moves ${name}'s result: every input is a fixed number.`;
  const [top, second] = rows;
  const swing = top.high - top.low;
  const direction = swing < 0 ? 'worse' : 'better';
  const first = `${sentence(top.label)} drives the spread most: when it is in its highest tenth, ${name} ends ${formatMoney(Math.abs(swing))} ${direction} on average than when it is in its lowest tenth`;
  return second ? `${first}; next comes ${labelInSentence(second)}.` : `${first}.`;
}

/** "Hillside loses all of its £6.0m fund if it ends even £1 below its control total of −£10.0m: that happens in 58% of trials, so on average it receives £2.5m." */
export function cliffReading(cliff: Cliff): string {
  const amount = cliff.amount !== undefined ? formatMoney(cliff.amount) : `(up to ${formatMoney(cliff.upTo)})`;
  const whose = cliff.condition === 'system' ? 'the system ends' : 'it ends';
  const basis = cliff.basis === 'beforeRiskShare' ? ' before risk share' : '';
  if (cliff.condition === 'both') {
    return (
      `${cliff.name} loses all of its ${amount} ${cliff.fundName} if it ends even £1 below its control total of ${formatSignedMoney(cliff.controlTotal)}${basis}, or if the system misses its own: ` +
      `it misses its own ${inTrials(1 - cliff.probabilityMeets)}, and is paid in ${percentInWords(cliff.probabilityPaid)}, so on average it receives ${formatMoney(cliff.meanPaid)}.` +
      performancePart(cliff)
    );
  }
  return (
    `${cliff.name} loses all of its ${amount} ${cliff.fundName} if ${whose} even £1 below its control total of ${formatSignedMoney(cliff.controlTotal)}${basis}: ` +
    `that happens ${inTrials(1 - cliff.probabilityMeets)}, so on average it receives ${formatMoney(cliff.meanPaid)}.` +
    performancePart(cliff)
  );
}

/**
 * " Of it, 30% (£1.8m) is paid on A&E 4-hour performance quarter by quarter: when paid, it earns 50% of that part on average."
 * The part earned is read back from this fund's mean payment to this member (the engine reports each fund apart): mean paid ÷ chance paid = amount × (1 − share + share × earned).
 */
function performancePart(cliff: Cliff): string {
  const { performance, amount } = cliff;
  if (!performance || amount === undefined || amount <= 0) return '';
  const on = performance.fourHour ? 'A&E 4-hour performance quarter by quarter' : 'performance';
  const part = ` Of it, ${Math.round(performance.share * 100)}% (${formatMoney(amount * performance.share)}) is paid on ${on}`;
  if (cliff.probabilityPaid <= 0) return `${part}.`;
  const earned = Math.min(1, Math.max(0, (cliff.meanPaid / cliff.probabilityPaid / amount - (1 - performance.share)) / performance.share));
  return `${part}: when paid, it earns ${Math.round(earned * 100)}% of that part on average.`;
}

/** Which organisation's chances move most between risk-share rules. */
export function riskShareReading(matrix: RiskShareMatrix, systemId: string): string {
  let best: { name: string; low: number; lowRule: string; high: number; highRule: string } | undefined;
  matrix.entities.forEach((entity, entityIndex) => {
    if (entity.id === systemId) return;
    const values = matrix.probability.map((row) => row[entityIndex]);
    const low = Math.min(...values);
    const high = Math.max(...values);
    if (!best || high - low > best.high - best.low) {
      best = { name: entity.name, low, lowRule: matrix.rules[values.indexOf(low)].label, high, highRule: matrix.rules[values.indexOf(high)].label };
    }
  });
  if (!best || best.high - best.low < 0.005) return 'The rules make no difference here: every organisation has the same chance under each.';
  // "in only" reads for a plain percentage, not for "fewer than 1%" or none.
  const low = best.low <= 0 ? 'in no trial' : best.low < 0.005 ? `in ${percentInWords(best.low)}` : `in only ${percentInWords(best.low)}`;
  return `The rule matters most to ${best.name}: it meets its control total ${inTrials(best.high)} under “${best.highRule}” but ${low} under “${best.lowRule}”.`;
}

/** One entity's comparison rows for a year: the money and the position against the control total. */
export interface DifferenceRows {
  /** Outturn (income − expenditure, before risk share): money. */
  readonly outturn?: ComparisonRow;
  /** Outturn − control total, before risk share. */
  readonly variance?: ComparisonRow;
  /** Money received (+) or paid (−) under the risk share. */
  readonly transfer?: ComparisonRow;
  /** Position against the control total after risk share (variance + transfer). */
  readonly position: ComparisonRow;
}

/** Whether a difference is more than rounding: a mean of £0.05m or more, or trials spread over £0.1m. */
function moves(row: ComparisonRow): boolean {
  return Math.abs(row.difference.mean) >= 0.05 || row.difference.p95 - row.difference.p5 >= 0.1;
}

/** How often the difference goes the way its mean does: " (worse off in 83% of trials, the same in 10%)". */
function howOften(row: ComparisonRow, higher: string, lower: string): string {
  const up = row.difference.mean >= 0;
  const share = up ? row.probabilityAlternativeHigher : row.probabilityAlternativeLower;
  const same = 1 - row.probabilityAlternativeHigher - row.probabilityAlternativeLower;
  return ` (${up ? higher : lower} ${inTrials(share)}${same >= 0.005 && same < 1 ? `, the same in ${percentInWords(same)}` : ''})`;
}

/** Why the position against the control total moves apart from the money: a new control total, or risk-share transfers. */
function causes(rows: DifferenceRows): string {
  const parts: string[] = [];
  if (rows.outturn && rows.variance) {
    // variance = outturn − control total, so the control total moves by the difference of the two.
    const controlTotal = rows.outturn.difference.mean - rows.variance.difference.mean;
    if (Math.abs(controlTotal) >= 0.05) parts.push(`its control total is ${formatMoney(Math.abs(controlTotal))} ${controlTotal > 0 ? 'higher' : 'lower'}`);
  }
  const transfer = rows.transfer?.difference.mean ?? 0;
  if (Math.abs(transfer) >= 0.05) parts.push(`risk-share transfers leave it ${formatMoney(Math.abs(transfer))} ${transfer > 0 ? 'better' : 'worse'} off`);
  return parts.length > 0 ? `, as ${parts.join(' and ')}` : '';
}

/**
 * Reading of a comparison for one entity. Money (the outturn) is "better or
 * worse off"; the position against the control total after risk share is
 * "further above or below" it. It leads with the money when that differs, and
 * says so when only the position moved (a new control total, a new rule).
 */
export function differenceReading(rows: DifferenceRows, baselineName: string, alternativeName: string): string {
  const { outturn, position } = rows;
  const name = position.entityName;
  const positionMean = position.difference.mean;
  const positionMoves = moves(position);
  const aboveOrBelow = positionMean >= 0 ? 'above' : 'below';
  if (outturn && moves(outturn)) {
    const mean = outturn.difference.mean;
    const money =
      `On the same trials, ${alternativeName} leaves ${name} ${formatMoney(Math.abs(mean))} ${mean >= 0 ? 'better' : 'worse'} off on average than ${baselineName}` +
      howOften(outturn, 'better off', 'worse off');
    if (Math.abs(positionMean - mean) < 0.05) return `${money}, and so ${formatMoney(Math.abs(positionMean))} further ${aboveOrBelow} its control total.`;
    if (!positionMoves) return `${money}; its position against its control total after risk share is unchanged${causes(rows)}.`;
    return (
      `${money}; against its control total after risk share it ends ${formatMoney(Math.abs(positionMean))} further ${aboveOrBelow} on average` +
      `${howOften(position, 'further above', 'further below')}${causes(rows)}.`
    );
  }
  if (!positionMoves) return `On the same trials, ${alternativeName} and ${baselineName} leave ${name} with the same outturn and the same position against its control total.`;
  if (!outturn) {
    return `On the same trials, ${alternativeName} leaves ${name} ${formatMoney(Math.abs(positionMean))} further ${aboveOrBelow} its control total after risk share on average than ${baselineName}${howOften(position, 'further above', 'further below')}.`;
  }
  const identical = outturn.probabilityAlternativeHigher === 0 && outturn.probabilityAlternativeLower === 0;
  return (
    `On the same trials, ${name}'s outturn is the same under ${alternativeName} as under ${baselineName}${identical ? ' in every trial' : ' (to within £0.1m)'}; ` +
    `only its position against its control total after risk share moves: ${formatMoney(Math.abs(positionMean))} further ${aboveOrBelow} it on average${howOften(position, 'further above', 'further below')}${causes(rows)}.`
  );
}

/** "Hillside is above 92% occupancy on 120 days a year in the middle trial (90% of trials: 80 to 160 days)." */
export function bedDaysReading(name: string, threshold: string, days: SummaryStatistics): string {
  const whole = (value: number) => Math.round(value).toLocaleString('en-GB');
  return `${name} is above ${threshold} occupancy on ${whole(days.p50)} days a year in the middle trial (90% of trials: ${whole(days.p5)} to ${whole(days.p95)} days).`;
}

/** "In the middle trial, 1,200 patients cannot be admitted at Hillside (90% of trials: 800 to 2,100)." */
export function bedCountReading(name: string, what: string, stats: SummaryStatistics): string {
  const whole = (value: number) => Math.round(value).toLocaleString('en-GB');
  return `In the middle trial, ${whole(stats.p50)} ${what} at ${name} (90% of trials: ${whole(stats.p5)} to ${whole(stats.p95)}).`;
}

/**
 * "In the middle trial, crowding costs Riverside's A&E 2.7 points of 4-hour performance on average over the year (90% of trials: 1.9 to 3.6)."
 * The share of A&E patients seen within 4 hours falls as occupancy rises (NHS Improvement 2017: about 3 points lower at 88–92% full, up to 8 at 100%).
 */
export function fourHourReading(name: string, lost: SummaryStatistics): string {
  if (lost.max === 0) return `${name} is never crowded enough to slow its A&E: no 4-hour performance is lost in any trial.`;
  if (lost.p95 < 0.0005) return `${name} is rarely crowded enough to slow its A&E: in 95% of trials it loses less than 0.05 points of 4-hour performance on average over the year.`;
  return `In the middle trial, crowding costs ${name}'s A&E ${formatPoints(lost.p50)} points of 4-hour performance on average over the year (90% of trials: ${formatPoints(lost.p5)} to ${formatPoints(lost.p95)}).`;
}

/** Whether a bed figure is a share (occupancy, A&E 4-hour performance lost), so that a difference in it is in percentage points, not a count. */
export function bedDifferenceInPoints(metric: BedMetric): boolean {
  return BED_METRIC_CATALOGUE[metric].kind === 'share';
}

/** "On the same patients, Keep the beds leaves Imperial with 1,200 fewer patients not admitted a year on average (fewer in 97% of trials)." */
export function bedDifferenceReading(
  row: { entityName: string; metric: BedMetric; difference: SummaryStatistics; probabilityAlternativeHigher: number; probabilityAlternativeLower: number },
  alternativeName: string,
): string {
  const inPoints = bedDifferenceInPoints(row.metric);
  return figureDifferenceReading(row, BED_METRIC_CATALOGUE[row.metric].counted, alternativeName, inPoints ? { inPoints, when: 'on average over the year' } : { when: 'a year on average' });
}

/** "On the same patients, Keep the beds gives Imperial 320 fewer patients on the waiting list at the year end on average (fewer in 94% of trials)." */
export function waitingListDifferenceReading(
  row: { entityName: string; metric: WaitingListMetric; difference: SummaryStatistics; probabilityAlternativeHigher: number; probabilityAlternativeLower: number },
  alternativeName: string,
): string {
  const declaration = WAITING_LIST_METRIC_CATALOGUE[row.metric];
  // A median wait moves by fractions of a week; patients are counted whole.
  return figureDifferenceReading(row, declaration.counted, alternativeName, { when: 'on average', decimals: declaration.kind === 'weeks' ? 1 : 0 });
}

/** One figure's trial-by-trial difference at one trust in words: its mean, more or fewer, and in how many trials (ties apart). */
function figureDifferenceReading(
  row: { entityName: string; difference: SummaryStatistics; probabilityAlternativeHigher: number; probabilityAlternativeLower: number },
  counted: string,
  alternativeName: string,
  { inPoints = false, decimals = 0, when }: { inPoints?: boolean; decimals?: number; when: string },
): string {
  const mean = row.difference.mean;
  const rounded = Math.round(mean * 10 ** decimals) / 10 ** decimals;
  const amount = inPoints ? formatPoints(Math.abs(mean)) : Math.abs(rounded).toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  if (Math.abs(mean) < (inPoints ? 0.0005 : 0.5 / 10 ** decimals)) return `On the same patients, ${alternativeName} makes no difference to ${counted} at ${row.entityName}.`;
  const more = mean > 0;
  const share = more ? row.probabilityAlternativeHigher : row.probabilityAlternativeLower;
  const same = 1 - row.probabilityAlternativeHigher - row.probabilityAlternativeLower;
  const ties = same >= 0.005 ? `, the same in ${percentInWords(same)}` : '';
  return `On the same patients, ${alternativeName} gives ${row.entityName} ${amount} ${more ? 'more' : 'fewer'} ${counted} ${when} (${more ? 'more' : 'fewer'} ${inTrials(share)}${ties}).`;
}

/** "In the middle trial Riverside is over 92% full on 107 days; 94 operations are cancelled and no patient is turned away." */
export function occupancyReading(name: string, metrics: Readonly<Record<'daysAbove92' | 'electivesCancelled' | 'patientsNotAdmitted', SummaryStatistics>>): string {
  const whole = (value: number) => Math.round(value).toLocaleString('en-GB');
  const turnedAway = Math.round(metrics.patientsNotAdmitted.p50);
  const patients = turnedAway === 0 ? 'no emergency patient is turned away' : `${whole(turnedAway)} emergency patient${turnedAway === 1 ? ' is' : 's are'} turned away`;
  return `In the middle trial ${name} is over 92% full on ${whole(metrics.daysAbove92.p50)} days of the year; ${whole(metrics.electivesCancelled.p50)} planned operations are cancelled and ${patients}.`;
}

/** Patients turned away: the middle trial's count, or, when that is none, how often any are. */
export function notAdmittedReading(name: string, stats: SummaryStatistics, probabilityAny: number | undefined): string {
  if (Math.round(stats.p50) === 0 && probabilityAny !== undefined) {
    if (probabilityAny <= 0) return `${name} never has to turn an emergency patient away, in any trial.`;
    return `In the middle trial no emergency patient is turned away at ${name}, but at least one is ${inTrials(probabilityAny)} (up to ${Math.round(stats.max).toLocaleString('en-GB')} in the worst).`;
  }
  return bedCountReading(name, 'emergency patients cannot be admitted', stats);
}

/**
 * A waiting list's month-by-month chart in words: where the middle trial ends the
 * year against where it started, the range of 9 in 10 trials, and how many of the
 * central case's patients had waited 18 and 52 weeks or more.
 */
export function waitingListReading(name: string, monthLabel: string, start: number, p5: number, p50: number, p95: number, over18: number, over52: number): string {
  const change = p50 - start;
  const moved = Math.abs(change) < 0.5 ? 'the same as' : change > 0 ? `${formatCount(change)} more than` : `${formatCount(-change)} fewer than`;
  return `By the end of ${monthLabel}, ${formatCount(p50)} patients wait for a planned operation at ${name} in the middle trial, ${moved} at the start of the year (${formatCount(start)}); in 90% of trials between ${formatCount(p5)} and ${formatCount(p95)}. In the central case ${formatCount(over18)} of them have waited 18 weeks or more, and ${formatCount(over52)} a year (52 weeks) or more.`;
}
