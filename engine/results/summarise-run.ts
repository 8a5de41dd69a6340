import { placeBudgetResults } from './place-budget-results.ts';
import type { CompiledModel } from '../model/compiled-model.ts';
import { MONEY_METRICS, type FinanceMetric, type MoneyMetric } from '../model/metrics.ts';
import { monthLabel } from '../calendar/financial-calendar.ts';
import { bedColumnOf, columnOf, fundPaymentColumnOf, occupancyOffset } from '../montecarlo/column-layout.ts';
import { systemBedResults } from './system-beds.ts';
import { BED_METRICS, OCCUPANCY_BINS, type BedMetric } from '../model/beds/bed-metrics.ts';
import { trialsRun, type TrialBlock } from '../montecarlo/trial-block.ts';
import { columnMean, columnShare, columnStatistics } from './column-reading.ts';
import { reservoirNote } from './reservoir-note.ts';
import { expectedShortfall } from '../stats/expected-shortfall.ts';
import { SCHEMA_VERSION } from '../scenario/schema/scenario.ts';
import { ENGINE_VERSION } from '../version.ts';
import { centralCase } from './central-case.ts';
import { runNotes } from './run-notes.ts';
import { fanCharts } from './fan-charts.ts';
import { sensitivity } from './sensitivity.ts';
import { extractColumn, summaryStatistics } from './summary-statistics.ts';
import { equalWidthHistogram } from './histogram.ts';
import { nationalResults, nationalTrialFigures } from './national-results.ts';
import { careServiceResults, pooledBudgetResults } from './care-results.ts';
import { accountingChecks } from './accounting-checks.ts';
import type { BedYearResult, EntityYearResult, IncentiveFundOutcome, PlaceYearResult, RunResults, SummaryStatistics } from './run-results.ts';
import type { CentralCase } from './central-case.ts';
import { waitingListMonths, waitingListResults } from './waiting-list-results.ts';
import { waitingListCount } from '../montecarlo/column-layout.ts';

/**
 * Turns the trials of a run (all of them, merged in trial order) into the
 * reported results: statistics and probabilities per entity and year, fan
 * charts, the sensitivity ranking, the central case and the accounting checks.
 * A run longer than RESERVOIR_TRIALS reads its means, spreads, extremes and
 * probabilities from every trial and the rest from its reservoir (see
 * {@link columnStatistics}; `meta.reservoir` says which).
 *
 * @param block every trial of the run (or its reservoir), from {@link mergeTrialBlocks} or a TrialBlockAccumulator
 * @param seed the master seed the trials were run with
 */
export function summariseRun(model: CompiledModel, block: TrialBlock, seed: number): RunResults {
  const trials = trialsRun(block);
  const central = centralCase(model, seed);
  const at = (entity: number, year: number, metric: FinanceMetric) => columnOf(model, entity, year, metric);
  const column = (entity: number, year: number, metric: FinanceMetric) => extractColumn(block.values, block.columnCount, at(entity, year, metric), block.trialCount);

  const table: EntityYearResult[] = [];
  for (const entity of model.entities) {
    for (let year = 0; year < model.years; year++) {
      const metrics = Object.fromEntries(MONEY_METRICS.map((metric) => [metric, columnStatistics(block, at(entity.index, year, metric))])) as Record<MoneyMetric, SummaryStatistics>;
      const postShare = column(entity.index, year, 'postShareVariance');
      table.push({
        entityId: entity.id,
        year,
        yearLabel: model.yearLabels[year],
        metrics,
        probabilityMeetsBeforeRiskShare: columnMean(block, at(entity.index, year, 'meetsBeforeRiskShare')),
        probabilityMeetsAfterRiskShare: columnMean(block, at(entity.index, year, 'meetsAfterRiskShare')),
        probabilitySystemMetWhileOrganisationMissed: entity.kind === 'system' ? columnMean(block, at(entity.index, year, 'systemMetWhileOrganisationMissed')) : undefined,
        probabilityIncentivePaid: columnShare(block, at(entity.index, year, 'incentive'), 'paid'),
        expectedShortfall5: expectedShortfall(postShare, 0.05),
        expectedShortfall10: expectedShortfall(postShare, 0.1),
        central: central.yearEnd[year][entity.index],
        outturnHistogram: equalWidthHistogram(column(entity.index, year, 'outturn')),
        postShareVarianceHistogram: equalWidthHistogram(postShare),
      });
    }
  }

  return {
    meta: {
      engineVersion: ENGINE_VERSION,
      schemaVersion: SCHEMA_VERSION,
      scenarioName: model.scenario.name,
      seed,
      trials,
      firstYear: model.firstYear,
      years: model.years,
      yearLabels: model.yearLabels,
      monthLabels: Array.from({ length: model.monthCount }, (_, month) => monthLabel(model.firstYear, month)),
      moneyUnit: '£m',
      bedModel: model.bedTrusts.length > 0 ? model.bedModel : null,
      fanChartResolution: 'fan-chart quantiles are read from 2%-wide log buckets: within ±1% of the exact value, or £5k of zero',
      notes: runNotes(model),
      ...(block.reservoir ? { reservoir: { rows: block.trialCount, note: reservoirNote(block.trialCount, trials) } } : {}),
    },
    entities: model.entities.map(({ id, name, kind, organisationKind, systemId }) => ({ id, name, kind, organisationKind, systemId })),
    table,
    fanCharts: fanCharts(model, block),
    sensitivity: sensitivity(model, block),
    centralStatements: central.statements,
    accountingChecks: block.reservoir?.accountingChecks ?? accountingChecks(model, block),
    riskShareComparison: [],
    beds: bedResults(model, block, central),
    ...(model.bedTrusts.length > 0 ? { systemBeds: systemBedResults(model, block) } : {}),
    places: placeResults(model, block, central),
    incentiveFunds: incentiveFundOutcomes(model, block),
    ...(model.careServices.length > 0 ? { careServices: careServiceResults(model, block, central) } : {}),
    ...(model.pools.length > 0 ? { pooledBudgets: pooledBudgetResults(model, block, central) } : {}),
    ...(model.placeBudgets.length > 0 ? { placeBudgets: placeBudgetResults(model, block, central) } : {}),
    ...(waitingListCount(model) > 0 ? { waitingLists: waitingListResults(model, block, central), waitingListMonths: waitingListMonths(model, block, central) } : {}),
    alternatives: [],
    ...(model.systems.length > 1 ? { national: nationalResults(nationalTrialFigures(model, block)) } : {}),
  };
}

/** Bed figures per acute trust and year. */
function bedResults(model: CompiledModel, block: TrialBlock, central: CentralCase): BedYearResult[] {
  const results: BedYearResult[] = [];
  for (const trust of model.bedTrusts) {
    for (let year = 0; year < model.years; year++) {
      const column = (metric: BedMetric) => bedColumnOf(model, trust.bedIndex, year, metric);
      const offset = occupancyOffset(model, trust.bedIndex, year);
      let days = 0;
      for (let bin = 0; bin < OCCUPANCY_BINS; bin++) days += block.fan[offset + bin];
      const share = (bin: number) => (days > 0 ? block.fan[offset + bin] / days : 0);
      // The smallest band whose cumulative share reaches p, read at its lower edge.
      const dailyQuantile = (p: number) => {
        let cumulative = 0;
        for (let bin = 0; bin < OCCUPANCY_BINS; bin++) {
          cumulative += share(bin);
          if (cumulative >= p) return bin / 100;
        }
        return (OCCUPANCY_BINS - 1) / 100;
      };
      results.push({
        entityId: model.organisations[trust.organisation].id,
        year,
        yearLabel: model.yearLabels[year],
        metrics: Object.fromEntries(BED_METRICS.map((metric) => [metric, columnStatistics(block, column(metric))])) as Record<BedMetric, SummaryStatistics>,
        probabilityAnyPatientNotAdmitted: columnShare(block, column('patientsNotAdmitted'), 'positive'),
        probabilityAnyDayAbove100: columnShare(block, column('daysAbove100'), 'positive'),
        occupancyDistribution: Array.from({ length: OCCUPANCY_BINS }, (_, bin) => share(bin)),
        dailyOccupancyQuantiles: { p5: dailyQuantile(0.05), p25: dailyQuantile(0.25), p50: dailyQuantile(0.5), p75: dailyQuantile(0.75), p95: dailyQuantile(0.95) },
        central: central.beds[trust.bedIndex][year],
      });
    }
  }
  return results;
}

/** Each place's organisations added up, trial by trial. */
function placeResults(model: CompiledModel, block: TrialBlock, central: CentralCase): PlaceYearResult[] {
  const results: PlaceYearResult[] = [];
  const trials = block.trialCount;
  for (const system of model.systems) {
    for (const place of system.places) {
      const members = system.organisations.filter((o) => model.organisations[o].place === place.id);
      if (members.length === 0) continue;
      for (let year = 0; year < model.years; year++) {
        const outturn = new Float64Array(trials);
        const variance = new Float64Array(trials);
        for (const o of members) {
          const outturnColumn = columnOf(model, o, year, 'outturn');
          const varianceColumn = columnOf(model, o, year, 'postShareVariance');
          for (let trial = 0; trial < trials; trial++) {
            outturn[trial] += block.values[trial * block.columnCount + outturnColumn];
            variance[trial] += block.values[trial * block.columnCount + varianceColumn];
          }
        }
        const icbAllocation = system.organisations.reduce(
          (total, o) => total + (central.statements.find((statement) => statement.entityId === model.organisations[o].id && statement.year === year)?.lines.allocation ?? 0),
          0,
        );
        results.push({
          systemId: system.id,
          placeId: place.id,
          name: place.name,
          year,
          yearLabel: model.yearLabels[year],
          delegatedBudget: icbAllocation * place.share,
          organisationIds: members.map((o) => model.organisations[o].id),
          outturn: summaryStatistics(outturn),
          postShareVariance: summaryStatistics(variance),
          probabilityMeets: variance.reduce((count, value) => count + (value >= -1e-6 ? 1 : 0), 0) / trials,
        });
      }
    }
  }
  return results;
}

/** What each incentive fund paid each member, year by year, from the payments recorded in every trial. */
function incentiveFundOutcomes(model: CompiledModel, block: TrialBlock): IncentiveFundOutcome[] {
  const outcomes: IncentiveFundOutcome[] = [];
  const trials = trialsRun(block);
  const firstSystemEntity = model.entities.length - model.systems.length;
  let payment = 0;
  for (const system of model.systems) {
    const systemEntity = firstSystemEntity + system.index;
    for (const fund of system.incentiveFunds) {
      for (const { organisation, amount, fourHourTrust } of fund.amounts) {
        const bySystem = fund.condition === 'system';
        const decidingEntity = bySystem ? systemEntity : organisation;
        // The engine judges the system by its outturn against its total, before risk share, whatever the basis.
        const decidingPosition = bySystem ? 'beforeRiskShare' : fund.basis;
        for (let year = 0; year < model.years; year++) {
          const paid = fundPaymentColumnOf(model, payment, year);
          const met = columnOf(model, decidingEntity, year, decidingPosition === 'beforeRiskShare' ? 'meetsBeforeRiskShare' : 'meetsAfterRiskShare');
          outcomes.push({
            systemId: system.id,
            fundName: fund.name,
            entityId: model.organisations[organisation].id,
            year,
            yearLabel: model.yearLabels[year],
            amountAvailable: amount,
            condition: fund.condition,
            basis: fund.basis,
            decidingEntityId: model.entities[decidingEntity].id,
            decidingPosition,
            probabilityDecidingTotalMet: trials > 0 ? columnMean(block, met) : Number.NaN,
            probabilityPaid: trials > 0 ? columnShare(block, paid, 'paid') : Number.NaN,
            meanPaid: trials > 0 ? columnMean(block, paid) : Number.NaN,
            performanceShare: fund.performanceShare,
            performanceFromFourHour: fourHourTrust >= 0 && fund.fourHourTrajectory !== undefined,
          });
        }
        payment++;
      }
    }
  }
  return outcomes;
}
