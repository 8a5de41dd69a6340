import type { CompiledModel } from '../model/compiled-model.ts';
import { MEETS_TOLERANCE } from '../model/metrics.ts';
import { bedColumnOf, columnOf } from '../montecarlo/column-layout.ts';
import type { TrialBlock } from '../montecarlo/trial-block.ts';
import { quantiles } from '../stats/quantiles.ts';
import { extractColumn, summaryStatistics } from './summary-statistics.ts';
import type { NationalResults, NationalSystemRow, NationalYearResult } from './run-results.ts';

/** A system counts as running hot in a year when one of its acute trusts is above this occupancy on more than {@link HOT_DAYS_THRESHOLD} days. */
export const HOT_OCCUPANCY_THRESHOLD = 0.92;
/** Days above 92% that make a system count as running hot: a quarter of the year (our choice: a winter's worth of days). */
export const HOT_DAYS_THRESHOLD = 90;
/** Confidence levels of the national contingency. */
export const CONTINGENCY_CONFIDENCE = [0.5, 0.9, 0.95] as const;

/** One system's per-trial figures for one year, trial by trial. */
export interface SystemYearTrials {
  /** The system's outturn and its variance against its control total (£m; the system's variance is the same before and after risk share). */
  readonly outturn: ArrayLike<number>;
  readonly variance: ArrayLike<number>;
  /** Days above 92% of its busiest acute trust with beds, or undefined when it models no beds. */
  readonly busiestTrustDaysAbove92: ArrayLike<number> | undefined;
}

/** The systems of a multi-system run and their per-trial figures: `trials[system][year]`. */
export interface NationalTrialFigures {
  readonly systems: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly yearLabels: readonly string[];
  readonly trialCount: number;
  readonly trials: ReadonlyArray<ReadonlyArray<SystemYearTrials>>;
}

/**
 * National results of a run of several systems, from every trial's figures:
 * for each year, the distribution of the number of systems that miss their
 * control totals, the national outturn (Σ systems) with its quantiles, the
 * national contingency that would cover the systems' shortfalls at 50%, 90%
 * and 95% confidence, and the number of systems running hot (a trust above
 * 92% occupancy on more than 90 days); and a ranking of the systems by their
 * chance of missing.
 *
 * A system misses when its variance is below −£1 (the engine's tolerance).
 * The gross shortfall of a trial is Σ over systems of max(0, −variance):
 * what a national contingency must pay so that every system in deficit
 * meets its total, with no system's surplus used for another's deficit. The
 * net shortfall is max(0, −Σ variance): the national overspend against the
 * sum of the control totals, if surpluses could be moved. The contingency
 * at confidence p is the p-quantile (type 7) of the shortfall over trials:
 * a reserve that large covers the shortfall in at least about p of trials.
 *
 * Cost: O(systems × years × trials log trials).
 *
 * @example
 * // Two systems, one year, two trials: variances [−3, 1] and [−2, −4].
 * // Trial 1: system A misses (gross 3, net 2); trial 2: both miss (gross 4, net 3).
 */
export function nationalResults(figures: NationalTrialFigures): NationalResults {
  const { systems, trialCount } = figures;
  const years: NationalYearResult[] = [];
  const ranking: NationalSystemRow[] = [];
  figures.yearLabels.forEach((yearLabel, year) => {
    const missingCount = new Float64Array(trialCount);
    const hotCount = new Float64Array(trialCount);
    const outturn = new Float64Array(trialCount);
    const variance = new Float64Array(trialCount);
    const grossShortfall = new Float64Array(trialCount);
    const rows: Omit<NationalSystemRow, 'rank'>[] = [];
    systems.forEach((system, index) => {
      const trials = figures.trials[index][year];
      let missed = 0;
      let hot = 0;
      let varianceSum = 0;
      for (let trial = 0; trial < trialCount; trial++) {
        const systemVariance = trials.variance[trial];
        outturn[trial] += trials.outturn[trial];
        variance[trial] += systemVariance;
        varianceSum += systemVariance;
        if (systemVariance < -MEETS_TOLERANCE) {
          missingCount[trial] += 1;
          grossShortfall[trial] -= systemVariance;
          missed += 1;
        }
        if (trials.busiestTrustDaysAbove92 !== undefined && trials.busiestTrustDaysAbove92[trial] > HOT_DAYS_THRESHOLD) {
          hotCount[trial] += 1;
          hot += 1;
        }
      }
      rows.push({
        systemId: system.id,
        name: system.name,
        year,
        probabilityMissing: missed / trialCount,
        meanVariance: varianceSum / trialCount,
        probabilityRunningHot: trials.busiestTrustDaysAbove92 === undefined ? undefined : hot / trialCount,
      });
    });
    const netShortfall = variance.map((value) => (value < -MEETS_TOLERANCE ? -value : 0));
    let nationalMet = 0;
    for (let trial = 0; trial < trialCount; trial++) if (variance[trial] >= -MEETS_TOLERANCE) nationalMet += 1;
    years.push({
      year,
      yearLabel,
      systemsMissing: { distribution: countDistribution(missingCount, systems.length), statistics: summaryStatistics(missingCount) },
      systemsRunningHot: { distribution: countDistribution(hotCount, systems.length), statistics: summaryStatistics(hotCount) },
      outturn: summaryStatistics(outturn),
      variance: summaryStatistics(variance),
      probabilityNationalTotalMet: nationalMet / trialCount,
      contingency: { gross: contingency(grossShortfall), net: contingency(netShortfall) },
    });
    rows
      .sort((a, b) => b.probabilityMissing - a.probabilityMissing || a.meanVariance - b.meanVariance || a.systemId.localeCompare(b.systemId))
      .forEach((row, index) => ranking.push({ ...row, rank: index + 1 }));
  });
  return { systemCount: systems.length, hotOccupancy: HOT_OCCUPANCY_THRESHOLD, hotDays: HOT_DAYS_THRESHOLD, years, ranking };
}

/** Share of trials with exactly k = 0…n of the systems counted. */
function countDistribution(counts: Float64Array, systemCount: number): number[] {
  const distribution = new Array<number>(systemCount + 1).fill(0);
  for (const count of counts) distribution[count] += 1 / counts.length;
  return distribution;
}

function contingency(shortfall: Float64Array): { p50: number; p90: number; p95: number } {
  const [p50, p90, p95] = quantiles(shortfall, CONTINGENCY_CONFIDENCE);
  return { p50, p90, p95 };
}

/** The per-trial figures {@link nationalResults} reads, taken from a run's trial block. */
export function nationalTrialFigures(model: CompiledModel, block: TrialBlock): NationalTrialFigures {
  const firstSystemEntity = model.entities.length - model.systems.length;
  const column = (index: number) => extractColumn(block.values, block.columnCount, index, block.trialCount);
  const trials = model.systems.map((system) => {
    const bedTrusts = model.bedTrusts.filter((trust) => model.organisations[trust.organisation].systemIndex === system.index);
    return Array.from({ length: model.years }, (_, year) => {
      let busiest: Float64Array | undefined;
      for (const trust of bedTrusts) {
        const days = column(bedColumnOf(model, trust.bedIndex, year, 'daysAbove92'));
        busiest = busiest === undefined ? days : busiest.map((value, trial) => Math.max(value, days[trial]));
      }
      return {
        outturn: column(columnOf(model, firstSystemEntity + system.index, year, 'outturn')),
        variance: column(columnOf(model, firstSystemEntity + system.index, year, 'variance')),
        busiestTrustDaysAbove92: busiest,
      };
    });
  });
  return { systems: model.systems.map(({ id, name }) => ({ id, name })), yearLabels: model.yearLabels, trialCount: block.trialCount, trials };
}
