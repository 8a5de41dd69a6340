// The campaigner's answer first: what the run says about one system's beds and
// money in one year, as big numbers and plain sentences, from the engine's
// system totals (systemBeds: the trusts added up trial by trial) and its
// comparison with each alternative on the same trials.
import type { Results, SummaryStatistics } from '../api/types.ts';
import { formatCount, formatMoney } from '../lib/format.ts';
import { entityName } from './shape.ts';

/** One big number with what it counts, and its spread across trials. */
export interface HeadlineFigure {
  readonly value: string;
  readonly label: string;
  readonly detail: string;
}

export interface BedHeadline {
  readonly title: string;
  readonly figures: readonly HeadlineFigure[];
  /** One sentence per acute trust. */
  readonly trusts: readonly string[];
  /** One sentence per alternative: the money, and the waits, against it. */
  readonly alternatives: readonly string[];
}

const whole = (value: number) => formatCount(Math.round(value));
/** "(90% of trials: 8 to 21,602)" */
const range = (stats: SummaryStatistics) => `90% of trials: ${whole(stats.p5)} to ${whole(stats.p95)}`;

/**
 * The headline of a system's beds in a year, or undefined when the run has
 * no beds there (or was stored before the engine added the systems' totals).
 * Counts are means over trials (so the trusts' add up to the system's, and
 * a difference against an alternative is the difference of the means) with
 * the range that holds in 90% of trials; the money against an alternative
 * with the 90% range of its trial-by-trial difference.
 */
export function bedHeadline(results: Results, systemId: string, year: number): BedHeadline | undefined {
  const total = results.systemBeds?.find((row) => row.systemId === systemId && row.year === year);
  if (!total) return undefined;
  const yearLabel = results.meta.yearLabels[year];
  const systemName = entityName(results, systemId);
  const { metrics } = total;
  const figures: HeadlineFigure[] = [];
  const change = total.coreBedsAtStart - total.coreBedsAtYearEnd;
  const trustCount = total.trusts.length;
  const across = `across ${trustCount === 1 ? 'its acute trust' : `its ${trustCount} acute trusts`}`;
  figures.push(
    change > 0
      ? { value: whole(change), label: 'core beds closed', detail: `${whole(total.coreBedsAtStart)} before, ${whole(total.coreBedsAtYearEnd)} open at the end of ${yearLabel}, ${across}` }
      : change < 0
        ? { value: whole(-change), label: 'core beds opened', detail: `${whole(total.coreBedsAtStart)} before, ${whole(total.coreBedsAtYearEnd)} open at the end of ${yearLabel}, ${across}` }
        : { value: whole(total.coreBedsAtStart), label: 'core beds, none closed', detail: `${across}, all year` },
  );
  const waited = metrics.patientsWhoWaited;
  const turnedAway = metrics.patientsNotAdmitted;
  // Under the trolley queue patients wait; under the loss front door (or before the queue existed) they are not admitted.
  if (waited && (waited.max > 0 || !turnedAway || turnedAway.max === 0)) {
    figures.push({ value: whole(waited.mean), label: 'emergency patients wait for a bed', detail: `a year on average, on a trolley or in a corridor (${range(waited)})` });
    if (metrics.waitsOver12Hours)
      figures.push({ value: whole(metrics.waitsOver12Hours.mean), label: '12-hour trolley waits', detail: `a year on average, from the decision to admit (${range(metrics.waitsOver12Hours)})` });
  } else if (turnedAway) {
    figures.push({ value: whole(turnedAway.mean), label: 'emergency patients not admitted', detail: `a year on average, no bed free on arrival (${range(turnedAway)})` });
  }
  if (metrics.electivesCancelled)
    figures.push({ value: whole(metrics.electivesCancelled.mean), label: 'operations cancelled', detail: `a year on average, for want of a bed (${range(metrics.electivesCancelled)})` });

  const trusts = total.trusts.flatMap(({ entityId, coreBedsAtStart, coreBedsAtYearEnd }) => {
    const row = results.beds.find((candidate) => candidate.entityId === entityId && candidate.year === year);
    if (!row) return [];
    const closed = coreBedsAtStart - coreBedsAtYearEnd;
    const beds = closed > 0 ? `${whole(closed)} of ${whole(coreBedsAtStart)} beds closed` : closed < 0 ? `${whole(-closed)} beds opened` : `${whole(coreBedsAtStart)} beds, none closed`;
    const parts = [`${whole(row.metrics.daysAbove92.mean)} days and over 100% on ${whole(row.metrics.daysAbove100.mean)} days`];
    if (row.metrics.waitsOver12Hours && (row.metrics.waitsOver12Hours.max > 0 || row.metrics.patientsNotAdmitted.max === 0)) parts.push(`${whole(row.metrics.waitsOver12Hours.mean)} 12-hour waits`);
    else parts.push(`${whole(row.metrics.patientsNotAdmitted.mean)} patients not admitted`);
    parts.push(`${whole(row.metrics.electivesCancelled.mean)} operations cancelled`);
    return [`${entityName(results, entityId)}: ${beds}; a year on average, over 92% full on ${parts.join('; ')}.`];
  });

  const alternatives = (results.alternatives ?? []).flatMap((alternative) => {
    const money = alternative.comparison.rows.find((row) => row.entityId === systemId && row.year === year && row.metric === 'outturn');
    if (!money) return [];
    // difference = alternative − scenario, so the scenario's gain over the alternative is its negation (and the range flips).
    const gain = -money.difference.mean;
    const low = -money.difference.p95;
    const high = -money.difference.p5;
    const side = (value: number) => `${formatMoney(Math.abs(value))} ${value >= 0 ? 'better' : 'worse'}`;
    const verdict = Math.abs(gain) < 0.05 ? `leaves ${systemName} where it would be` : `leaves ${systemName} ${formatMoney(Math.abs(gain))} ${gain > 0 ? 'better' : 'worse'} off`;
    const spread = low >= 0 || high <= 0 ? `between ${side(low)} and ${formatMoney(Math.abs(high))} ${high >= 0 ? 'better' : 'worse'}` : `between ${side(low)} and ${side(high)}`;
    const rowOf = (metric: string) => alternative.comparison.systemBedRows?.find((row) => row.systemId === systemId && row.year === year && row.metric === metric);
    const patients = [
      ['patientsWhoWaited', 'patients waiting for a bed'],
      ['waitsOver12Hours', '12-hour waits'],
      ['patientsNotAdmitted', 'patients not admitted'],
      ['electivesCancelled', 'operations cancelled'],
    ].flatMap(([metric, words]) => {
      const row = rowOf(metric);
      // Scenario − alternative, a year on average.
      const more = row ? -row.difference.mean : 0;
      return Math.round(more) === 0 ? [] : [`${whole(Math.abs(more))} ${more > 0 ? 'more' : 'fewer'} ${words}`];
    });
    const against = alternative.description ? `“${alternative.name}” (${alternative.description.replace(/\.$/, '')})` : `“${alternative.name}”`;
    const beds = patients.length > 0 ? `, with ${patients.join(', ')} a year on average` : '';
    return [`Against ${against}, the scenario ${verdict} in ${yearLabel} on average (90% of trials ${spread})${beds}.`];
  });

  return { title: `${systemName}, ${yearLabel}: the beds and the money`, figures, trusts, alternatives };
}

/** Whether every organisation's and the system's chance of meeting its control total after risk share reads 0% in the year: then those charts say little and come after the beds. */
export function chancesAllNil(results: Results, systemId: string, year: number): boolean {
  const rows = results.table.filter((row) => row.year === year && results.entities.some((entity) => entity.id === row.entityId && entity.systemId === systemId && entity.kind !== 'reserve'));
  return rows.length > 0 && rows.every((row) => row.probabilityMeetsAfterRiskShare < 0.005);
}
