import { CARE_METRICS, type CareMetric } from '../model/care/care-metrics.ts';
import type { CompiledModel, EntityKind } from '../model/compiled-model.ts';
import type { FinanceMetric } from '../model/metrics.ts';
import { bedColumnOf, careColumnOf, columnOf, waitingListCount } from '../montecarlo/column-layout.ts';
import { BED_METRICS, SUMMED_BED_METRICS, type BedMetric } from '../model/beds/bed-metrics.ts';
import { systemBedColumn, systemBedStatistics } from './system-beds.ts';
import { trialsRun, type TrialBlock } from '../montecarlo/trial-block.ts';
import { columnMean } from './column-reading.ts';
import { pairColumns, pairTrials, type PairedFigure } from './paired-figure.ts';
import { ENGINE_VERSION } from '../version.ts';
import { compareWaitingLists, type WaitingListComparisonRow } from './compare-waiting-lists.ts';

/** Metrics compared between two scenarios. */
export const COMPARED_METRICS = ['outturn', 'variance', 'riskShareTransfer', 'postShareVariance', 'incentive', 'reportedPosition'] as const satisfies readonly FinanceMetric[];
export type ComparedMetric = (typeof COMPARED_METRICS)[number];

export interface ComparisonRow extends PairedFigure {
  readonly entityId: string;
  readonly entityName: string;
  /** 'organisation', 'reserve' or 'system'. */
  readonly entityKind: EntityKind;
  readonly year: number;
  readonly yearLabel: string;
  readonly metric: ComparedMetric;
}

/** A bed figure of one acute trust in one year, in both scenarios and their trial-by-trial difference. */
export interface BedComparisonRow extends PairedFigure {
  readonly entityId: string;
  readonly entityName: string;
  readonly year: number;
  readonly yearLabel: string;
  readonly metric: BedMetric;
}

/** A bed figure added up over one system's trusts in one year, in both scenarios and their trial-by-trial difference. */
export interface SystemBedComparisonRow extends PairedFigure {
  readonly systemId: string;
  readonly systemName: string;
  readonly year: number;
  readonly yearLabel: string;
  readonly metric: BedMetric;
}

/** A figure of one care service in one year, in both scenarios and their trial-by-trial difference (what a boundary shift moved, who pays). */
export interface CareComparisonRow extends PairedFigure {
  readonly serviceId: string;
  readonly serviceName: string;
  readonly year: number;
  readonly yearLabel: string;
  readonly metric: CareMetric;
}

export interface ComparisonProbability {
  readonly entityId: string;
  readonly year: number;
  readonly baselineMeets: number;
  readonly alternativeMeets: number;
}

export interface Comparison {
  readonly meta: {
    readonly engineVersion: string;
    readonly seed: number;
    readonly trials: number;
    readonly baselineName: string;
    readonly alternativeName: string;
  };
  readonly rows: ComparisonRow[];
  /** Acute trusts with beds in both scenarios. */
  readonly bedRows: BedComparisonRow[];
  /** Systems with bed trusts in both scenarios: the figures that add up across trusts (SUMMED_BED_METRICS), totalled; absent when neither has beds. */
  readonly systemBedRows?: SystemBedComparisonRow[];
  /** Care services (matched by id) in both scenarios; absent when neither has any. */
  readonly careRows?: CareComparisonRow[];
  /** Elective waiting lists (matched by trust id) in both scenarios; absent when neither has any. */
  readonly waitingListRows?: WaitingListComparisonRow[];
  /** Probability of meeting the control total after risk share, in each scenario. */
  readonly probabilities: ComparisonProbability[];
  /** Entities present in only one of the scenarios (not compared). */
  readonly unmatched: string[];
}

/**
 * Compares two runs made with the same seed and number of trials. Because
 * every draw comes from a stream named by (seed, trial, input), inputs the two
 * scenarios share take the same values in the same trial (common random
 * numbers), so the trial-by-trial difference isolates the effect of what was
 * changed rather than drowning it in sampling noise.
 *
 * Entities are matched by id and years by index (the horizons must start in
 * the same year).
 *
 * A run longer than RESERVOIR_TRIALS pairs the trials of its reservoir (the
 * same trials on both sides, as the reservoir is chosen from the seed): each
 * side's mean, spread and extremes, the difference's mean and each side's
 * chance of meeting its total are from every trial; the difference's spread
 * and quantiles and the shares higher and lower from the reservoir's pairs.
 *
 * @throws RangeError when the runs differ in seed, trials or first year
 */
export function compareRuns(
  baseline: { model: CompiledModel; block: TrialBlock; seed: number; name?: string },
  alternative: { model: CompiledModel; block: TrialBlock; seed: number; name?: string },
): Comparison {
  if (baseline.seed !== alternative.seed) throw new RangeError('compareRuns: both runs must use the same seed');
  if (baseline.block.trialCount !== alternative.block.trialCount || trialsRun(baseline.block) !== trialsRun(alternative.block)) {
    throw new RangeError('compareRuns: both runs must have the same number of trials');
  }
  if (baseline.model.firstYear !== alternative.model.firstYear) throw new RangeError('compareRuns: both scenarios must start in the same financial year');
  const years = Math.min(baseline.model.years, alternative.model.years);
  const alternativeIndex = new Map(alternative.model.entities.map((entity) => [entity.id, entity.index]));
  const rows: ComparisonRow[] = [];
  const probabilities: ComparisonProbability[] = [];
  for (const entity of baseline.model.entities) {
    const other = alternativeIndex.get(entity.id);
    if (other === undefined) continue;
    for (let year = 0; year < years; year++) {
      for (const metric of COMPARED_METRICS) {
        rows.push({
          entityId: entity.id,
          entityName: entity.name,
          entityKind: entity.kind,
          year,
          yearLabel: baseline.model.yearLabels[year],
          metric,
          ...pairColumns(baseline.block, alternative.block, columnOf(baseline.model, entity.index, year, metric), columnOf(alternative.model, other, year, metric)),
        });
      }
      probabilities.push({
        entityId: entity.id,
        year,
        baselineMeets: columnMean(baseline.block, columnOf(baseline.model, entity.index, year, 'meetsAfterRiskShare')),
        alternativeMeets: columnMean(alternative.block, columnOf(alternative.model, other, year, 'meetsAfterRiskShare')),
      });
    }
  }
  const bedRows: BedComparisonRow[] = [];
  for (const trust of baseline.model.bedTrusts) {
    const id = baseline.model.organisations[trust.organisation].id;
    const other = alternative.model.bedTrusts.find((candidate) => alternative.model.organisations[candidate.organisation].id === id);
    if (!other) continue;
    for (let year = 0; year < years; year++) {
      for (const metric of BED_METRICS) {
        bedRows.push({
          entityId: id,
          entityName: baseline.model.organisations[trust.organisation].name,
          year,
          yearLabel: baseline.model.yearLabels[year],
          metric,
          ...pairColumns(baseline.block, alternative.block, bedColumnOf(baseline.model, trust.bedIndex, year, metric), bedColumnOf(alternative.model, other.bedIndex, year, metric)),
        });
      }
    }
  }
  const systemBedRows = compareSystemBeds(baseline, alternative, years);
  const careRows: CareComparisonRow[] = [];
  for (const service of baseline.model.careServices) {
    const other = alternative.model.careServices.find((candidate) => candidate.id === service.id);
    if (!other) continue;
    for (let year = 0; year < years; year++) {
      for (const metric of CARE_METRICS) {
        careRows.push({
          serviceId: service.id,
          serviceName: service.name,
          year,
          yearLabel: baseline.model.yearLabels[year],
          metric,
          ...pairColumns(baseline.block, alternative.block, careColumnOf(baseline.model, service.careIndex, year, metric), careColumnOf(alternative.model, other.careIndex, year, metric)),
        });
      }
    }
  }
  const baselineIds = new Set(baseline.model.entities.map((entity) => entity.id));
  const unmatched = [
    ...baseline.model.entities.filter((entity) => !alternativeIndex.has(entity.id)).map((entity) => entity.id),
    ...alternative.model.entities.filter((entity) => !baselineIds.has(entity.id)).map((entity) => entity.id),
  ];
  return {
    meta: {
      engineVersion: ENGINE_VERSION,
      seed: baseline.seed,
      trials: trialsRun(baseline.block),
      baselineName: baseline.name ?? baseline.model.scenario.name,
      alternativeName: alternative.name ?? alternative.model.scenario.name,
    },
    rows,
    bedRows,
    ...(baseline.model.bedTrusts.length > 0 || alternative.model.bedTrusts.length > 0 ? { systemBedRows } : {}),
    ...(baseline.model.careServices.length > 0 || alternative.model.careServices.length > 0 ? { careRows } : {}),
    ...(waitingListCount(baseline.model) > 0 || waitingListCount(alternative.model) > 0 ? { waitingListRows: compareWaitingLists(baseline, alternative, years) } : {}),
    probabilities,
    unmatched,
  };
}

/** Systems matched by id, each with bed trusts in both runs: the summed bed figures, trial by trial. */
function compareSystemBeds(baseline: { model: CompiledModel; block: TrialBlock }, alternative: { model: CompiledModel; block: TrialBlock }, years: number): SystemBedComparisonRow[] {
  const rows: SystemBedComparisonRow[] = [];
  const hasBeds = (model: CompiledModel, systemIndex: number) => model.bedTrusts.some((trust) => model.organisations[trust.organisation].systemIndex === systemIndex);
  for (const system of baseline.model.systems) {
    const other = alternative.model.systems.find((candidate) => candidate.id === system.id);
    if (!other || !hasBeds(baseline.model, system.index) || !hasBeds(alternative.model, other.index)) continue;
    for (let year = 0; year < years; year++) {
      for (const metric of SUMMED_BED_METRICS) {
        const sides = {
          baseline: systemBedStatistics(baseline.model, baseline.block, system.index, year, metric),
          alternative: systemBedStatistics(alternative.model, alternative.block, other.index, year, metric),
        };
        rows.push({
          systemId: system.id,
          systemName: system.name,
          year,
          yearLabel: baseline.model.yearLabels[year],
          metric,
          ...pairTrials(
            baseline.block,
            systemBedColumn(baseline.model, baseline.block, system.index, year, metric),
            systemBedColumn(alternative.model, alternative.block, other.index, year, metric),
            sides,
          ),
        });
      }
    }
  }
  return rows;
}
