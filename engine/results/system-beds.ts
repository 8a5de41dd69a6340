import { SUMMED_BED_METRICS, type BedMetric } from '../model/beds/bed-metrics.ts';
import type { CompiledBedTrust } from '../model/beds/compiled-beds.ts';
import type { CompiledModel } from '../model/compiled-model.ts';
import { bedColumnOf } from '../montecarlo/column-layout.ts';
import type { TrialBlock } from '../montecarlo/trial-block.ts';
import { columnMean } from './column-reading.ts';
import type { SummaryStatistics } from './run-results.ts';
import { summaryStatistics } from './summary-statistics.ts';

/**
 * A system's beds in one year, added up over its acute trusts trial by
 * trial: the spread is the spread of the system's total, not a sum of the
 * trusts' spreads (their busy years need not coincide).
 */
export interface SystemBedYearResult {
  readonly systemId: string;
  readonly year: number;
  readonly yearLabel: string;
  /** The system's acute trusts with beds, in the scenario's order: core beds before any closure or opening, and open on the year's last day. */
  readonly trusts: ReadonlyArray<{ readonly entityId: string; readonly coreBedsAtStart: number; readonly coreBedsAtYearEnd: number }>;
  /** Σ the trusts' core beds as the scenario gives them, before any closure or opening. */
  readonly coreBedsAtStart: number;
  /** Σ the trusts' core beds open on the year's last day (after the closures and openings dated up to it). */
  readonly coreBedsAtYearEnd: number;
  /** Σ the trusts' figure in each trial, for the figures that add up (SUMMED_BED_METRICS). */
  readonly metrics: Readonly<Partial<Record<BedMetric, SummaryStatistics>>>;
}

/**
 * The trial-by-trial total over a system's bed trusts of one bed figure
 * in one year (meaningful for SUMMED_BED_METRICS).
 */
export function systemBedColumn(model: CompiledModel, block: TrialBlock, systemIndex: number, year: number, metric: BedMetric): Float64Array {
  const totals = new Float64Array(block.trialCount);
  for (const trust of model.bedTrusts) {
    if (model.organisations[trust.organisation].systemIndex !== systemIndex) continue;
    const column = bedColumnOf(model, trust.bedIndex, year, metric);
    for (let trial = 0; trial < block.trialCount; trial++) totals[trial] += block.values[trial * block.columnCount + column];
  }
  return totals;
}

/** A trust's core beds open on a day of the horizon: its own, less the closures (plus the openings) dated on or before it; never below 0, as the bed model takes them. */
function coreBedsOn(trust: CompiledBedTrust, day: number): number {
  let beds = trust.coreBeds;
  for (const change of trust.changes) if (change.fromDay <= day) beds -= change.beds;
  return Math.max(0, beds);
}

/**
 * The statistics of a system's total of one bed figure in one year. With
 * every trial's row kept, exactly those of the trial-by-trial totals. In a
 * long run (a reservoir of rows, column-reading.ts) the mean is the sum of
 * the trusts' exact means over every trial, and the spread, the quantiles,
 * the minimum and the maximum are the reservoir's totals' (a total's extremes
 * over every trial are not kept).
 */
export function systemBedStatistics(model: CompiledModel, block: TrialBlock, systemIndex: number, year: number, metric: BedMetric): SummaryStatistics {
  const statistics = summaryStatistics(systemBedColumn(model, block, systemIndex, year, metric));
  if (!block.reservoir) return statistics;
  let mean = 0;
  for (const trust of model.bedTrusts) if (model.organisations[trust.organisation].systemIndex === systemIndex) mean += columnMean(block, bedColumnOf(model, trust.bedIndex, year, metric));
  return { ...statistics, mean };
}

/** Each system with at least one bed trust, per year: its beds added up over its trusts. */
export function systemBedResults(model: CompiledModel, block: TrialBlock): SystemBedYearResult[] {
  const results: SystemBedYearResult[] = [];
  for (const system of model.systems) {
    const trusts = model.bedTrusts.filter((trust) => model.organisations[trust.organisation].systemIndex === system.index);
    if (trusts.length === 0) continue;
    for (let year = 0; year < model.years; year++) {
      const lastDay = model.calendar.monthStart[year * 12 + 12] - 1;
      const beds = trusts.map((trust) => ({
        entityId: model.organisations[trust.organisation].id,
        coreBedsAtStart: trust.coreBeds,
        coreBedsAtYearEnd: coreBedsOn(trust, lastDay),
      }));
      results.push({
        systemId: system.id,
        year,
        yearLabel: model.yearLabels[year],
        trusts: beds,
        coreBedsAtStart: beds.reduce((total, trust) => total + trust.coreBedsAtStart, 0),
        coreBedsAtYearEnd: beds.reduce((total, trust) => total + trust.coreBedsAtYearEnd, 0),
        metrics: Object.fromEntries(SUMMED_BED_METRICS.map((metric) => [metric, systemBedStatistics(model, block, system.index, year, metric)])),
      });
    }
  }
  return results;
}
