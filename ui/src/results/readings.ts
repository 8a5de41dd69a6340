// One plain-English sentence under every chart: what a non-specialist should
// take from it. Each function reads shaped results and returns the sentence.
import type { ComparisonRow, SummaryStatistics } from '../api/types.ts';
import { formatMoney, formatProbability, formatSignedMoney } from '../lib/format.ts';
import { sentence } from '../lib/text.ts';
import type { Cliff, RiskShareMatrix } from './shape.ts';

/** "31%" of trials, phrased for a sentence: "In 31% of trials", "In under 1% of trials", "In no trial". */
function inShare(probability: number): string {
  if (probability <= 0) return 'In no trial';
  if (probability >= 1) return 'In every trial';
  return `In ${formatProbability(probability)} of trials`;
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
        ? `the organisation most at risk, ${worst.name}, misses its own in ${formatProbability(1 - worst.probability)}`
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

/** "Inflation drives the spread most: ..." */
export function tornadoReading(rows: ReadonlyArray<{ label: string; low: number; high: number }>, name: string): string {
  if (rows.length === 0) return `No uncertain input moves ${name}'s result: every input is a fixed number.`;
  const [top, second] = rows;
  const swing = top.high - top.low;
  const direction = swing < 0 ? 'worse' : 'better';
  const first = `${sentence(top.label)} drives the spread most: when it is in its highest tenth, ${name} ends ${formatMoney(Math.abs(swing))} ${direction} on average than when it is in its lowest tenth`;
  return second ? `${first}; next comes ${second.label}.` : `${first}.`;
}

/** "Hillside loses all of its £6.0m fund if it ends even £1 below its control total of −£10.0m: that happens in 58% of trials, so on average it receives £2.5m." */
export function cliffReading(cliff: Cliff): string {
  const amount = cliff.amount !== undefined ? formatMoney(cliff.amount) : `(up to ${formatMoney(cliff.upTo)})`;
  const whose = cliff.condition === 'system' ? 'the system ends' : 'it ends';
  const basis = cliff.basis === 'beforeRiskShare' ? ' before risk share' : '';
  if (cliff.condition === 'both') {
    return (
      `${cliff.name} loses all of its ${amount} ${cliff.fundName} if it ends even £1 below its control total of ${formatSignedMoney(cliff.controlTotal)}${basis}, or if the system misses its own: ` +
      `it misses its own in ${formatProbability(1 - cliff.probabilityMeets)} of trials, and is paid in ${formatProbability(cliff.probabilityPaid)}, so on average it receives ${formatMoney(cliff.meanPaid)}.`
    );
  }
  return (
    `${cliff.name} loses all of its ${amount} ${cliff.fundName} if ${whose} even £1 below its control total of ${formatSignedMoney(cliff.controlTotal)}${basis}: ` +
    `that happens in ${formatProbability(1 - cliff.probabilityMeets)} of trials, so on average it receives ${formatMoney(cliff.meanPaid)}.`
  );
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
  return `The rule matters most to ${best.name}: it meets its control total in ${formatProbability(best.high)} of trials under “${best.highRule}” but in only ${formatProbability(best.low)} under “${best.lowRule}”.`;
}

/** Reading of a comparison for one entity (post-share variance rows). */
export function differenceReading(row: ComparisonRow, baselineName: string, alternativeName: string): string {
  const mean = row.difference.mean;
  if (Math.abs(mean) < 0.05 && row.difference.p95 - row.difference.p5 < 0.1) return `On the same trials, ${alternativeName} and ${baselineName} leave ${row.entityName} in the same position.`;
  const direction = mean >= 0 ? 'better' : 'worse';
  return (
    `On the same trials, ${alternativeName} leaves ${row.entityName} ${formatMoney(Math.abs(mean))} ${direction} off on average than ${baselineName}, ` +
    `and better off in ${formatProbability(row.probabilityAlternativeHigher)} of trials.`
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

/** Words for bed metrics, as counted things. */
export const BED_METRIC_WORDS: Readonly<Record<string, { readonly label: string; readonly unit: string }>> = {
  occupancy: { label: 'Average occupancy', unit: 'points of occupancy' },
  daysAbove85: { label: 'Days over 85% full', unit: 'days over 85% full' },
  daysAbove92: { label: 'Days over 92% full', unit: 'days over 92% full' },
  daysAbove100: { label: 'Days over 100% (escalation)', unit: 'days over 100% full' },
  escalationBedDays: { label: 'Escalation bed days', unit: 'escalation bed days' },
  patientsNotAdmitted: { label: 'Patients not admitted', unit: 'patients not admitted' },
  electivesCancelled: { label: 'Operations cancelled', unit: 'operations cancelled' },
};

/** "On the same patients, Keep the beds leaves Imperial with 1,200 fewer patients not admitted a year on average (fewer in 97% of trials)." */
export function bedDifferenceReading(
  row: { entityName: string; metric: string; difference: SummaryStatistics; probabilityAlternativeHigher: number; probabilityAlternativeLower: number },
  alternativeName: string,
): string {
  const words = BED_METRIC_WORDS[row.metric] ?? { label: row.metric, unit: row.metric };
  const mean = row.difference.mean;
  const amount = row.metric === 'occupancy' ? `${Math.abs(Math.round(mean * 1000) / 10)}` : Math.abs(Math.round(mean)).toLocaleString('en-GB');
  if (Math.abs(mean) < (row.metric === 'occupancy' ? 0.0005 : 0.5)) return `On the same patients, ${alternativeName} makes no difference to ${words.unit} at ${row.entityName}.`;
  const more = mean > 0;
  const share = more ? row.probabilityAlternativeHigher : row.probabilityAlternativeLower;
  const same = 1 - row.probabilityAlternativeHigher - row.probabilityAlternativeLower;
  const ties = same >= 0.005 ? `, the same in ${formatProbability(same)}` : '';
  return `On the same patients, ${alternativeName} gives ${row.entityName} ${amount} ${more ? 'more' : 'fewer'} ${words.unit} a year on average (${more ? 'more' : 'fewer'} in ${formatProbability(share)} of trials${ties}).`;
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
    return `In the middle trial no emergency patient is turned away at ${name}, but at least one is in ${formatProbability(probabilityAny)} of trials (up to ${Math.round(stats.max).toLocaleString('en-GB')} in the worst).`;
  }
  return bedCountReading(name, 'emergency patients cannot be admitted', stats);
}
