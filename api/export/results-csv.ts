import { metricInfo, type RunResults } from '../../engine/index.ts';
import { toCsv, type CsvCell } from './csv.ts';
import { withRoundedValues } from './units.ts';

const STATISTICS = ['mean', 'sd', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'min', 'max'] as const;
/** The unit column of a catalogued metric or figure. */
const unit = (name: string) => metricInfo(name).unit;

/**
 * Which results a row belongs to (the `variant_kind` column; `variant` names
 * the rule or the alternative):
 * - `scenario`: the scenario as run;
 * - `riskShareRule`: one of the risk-share rules a system compares, on the same trials;
 * - `alternative`: one of the scenario's alternatives (without some interventions), on the same random numbers;
 * - `alternativeMinusScenario`: that alternative less the scenario, trial by trial.
 */
export type VariantKind = 'scenario' | 'riskShareRule' | 'alternative' | 'alternativeMinusScenario';

/**
 * Results in long format, one row per variant (the scenario, each risk-share
 * rule compared, each alternative), organisation (or system), year, metric and
 * statistic, with the run's provenance repeated on every row so that a
 * filtered or pasted extract still says where it came from. Money in £m,
 * rounded to £1 (6 decimals); probabilities and other figures to 6 decimals.
 */
export function resultsToCsv(results: RunResults): string {
  const names = new Map(results.entities.map((entity) => [entity.id, entity]));
  const { meta } = results;
  const header = ['scenario', 'engine_version', 'seed', 'trials', 'variant_kind', 'variant', 'entity_id', 'entity_name', 'entity_kind', 'system_id', 'year', 'metric', 'statistic', 'value', 'unit'];
  const rows: CsvCell[][] = [header];
  const prefixOf = (kind: VariantKind, variant: string, entityId: string, yearLabel: string): CsvCell[] => {
    const entity = names.get(entityId);
    return [meta.scenarioName, meta.engineVersion, meta.seed, meta.trials, kind, variant, entityId, entity?.name, entity?.organisationKind ?? entity?.kind, entity?.systemId, yearLabel];
  };
  const statistics = (prefix: CsvCell[], metric: string, values: Readonly<Record<(typeof STATISTICS)[number], number>>, unit: string) => {
    for (const statistic of STATISTICS) rows.push([...prefix, metric, statistic, values[statistic], unit]);
  };

  for (const row of results.table) {
    const prefix = prefixOf('scenario', '', row.entityId, row.yearLabel);
    for (const [metric, values] of Object.entries(row.metrics)) {
      statistics(prefix, metric, values, unit(metric));
      rows.push([...prefix, metric, 'central', row.central[metric as keyof typeof row.central], unit(metric)]);
    }
    rows.push([...prefix, 'meetsControlTotal', 'probabilityBeforeRiskShare', row.probabilityMeetsBeforeRiskShare, unit('probabilityMeetsBeforeRiskShare')]);
    rows.push([...prefix, 'meetsControlTotal', 'probabilityAfterRiskShare', row.probabilityMeetsAfterRiskShare, unit('probabilityMeetsAfterRiskShare')]);
    if (row.probabilitySystemMetWhileOrganisationMissed !== undefined) {
      rows.push([...prefix, 'systemMetWhileOrganisationMissed', 'probability', row.probabilitySystemMetWhileOrganisationMissed, unit('probabilitySystemMetWhileOrganisationMissed')]);
    }
    rows.push([...prefix, 'postShareVariance', 'expectedShortfall5', row.expectedShortfall5, unit('expectedShortfall5')]);
    rows.push([...prefix, 'postShareVariance', 'expectedShortfall10', row.expectedShortfall10, unit('expectedShortfall10')]);
  }
  // Beds, per acute trust and year: every metric the results carry, in its own unit.
  for (const row of results.beds ?? []) {
    const prefix = prefixOf('scenario', '', row.entityId, row.yearLabel);
    const central = row.central as Readonly<Record<string, number>>;
    for (const [metric, values] of Object.entries(row.metrics)) {
      statistics(prefix, `beds.${metric}`, values, unit(metric));
      rows.push([...prefix, `beds.${metric}`, 'central', central[metric], unit(metric)]);
    }
    rows.push([...prefix, 'beds.anyPatientNotAdmitted', 'probability', row.probabilityAnyPatientNotAdmitted, unit('probabilityAnyPatientNotAdmitted')]);
    rows.push([...prefix, 'beds.anyDayAbove100', 'probability', row.probabilityAnyDayAbove100, unit('probabilityAnyDayAbove100')]);
  }
  // Each system's trusts added up trial by trial (the figures that add up): the system's id, metric `beds.<name>`.
  for (const row of results.systemBeds ?? []) {
    const prefix = prefixOf('scenario', '', row.systemId, row.yearLabel);
    for (const [metric, values] of Object.entries(row.metrics)) statistics(prefix, `beds.${metric}`, values, unit(metric));
  }
  // Elective waiting lists, per trust and year (in the scenario's own unit), then month by month:
  // the list's size at each month's end across trials (P5 … P95) and the central case's months
  // (the `year` column holds the month).
  for (const row of results.waitingLists ?? []) {
    const prefix = prefixOf('scenario', '', row.entityId, row.yearLabel);
    const central = row.central as Readonly<Record<string, number>>;
    for (const [metric, values] of Object.entries(row.metrics)) {
      statistics(prefix, `waitingList.${metric}`, values, unit(metric));
      rows.push([...prefix, `waitingList.${metric}`, 'central', central[metric], unit(metric)]);
    }
  }
  for (const list of results.waitingListMonths ?? []) {
    meta.monthLabels.forEach((monthLabel, month) => {
      const prefix = prefixOf('scenario', '', list.entityId, monthLabel);
      for (const [statistic, values] of Object.entries(list.listSize)) rows.push([...prefix, 'waitingList.monthEndSize', statistic, values[month], 'patients']);
      for (const [field, values] of Object.entries(list.central)) rows.push([...prefix, `waitingList.month.${field}`, 'central', values[month], field === 'medianWeeks' ? 'weeks' : 'patients']);
    });
  }
  // Care services, per service and year: cost by payer, what the boundary shifts moved, unmet need.
  const careRow = (id: string, name: string, kind: string, systemId: string, yearLabel: string): CsvCell[] => [
    meta.scenarioName,
    meta.engineVersion,
    meta.seed,
    meta.trials,
    'scenario',
    '',
    id,
    name,
    kind,
    systemId,
    yearLabel,
  ];
  for (const row of results.careServices ?? []) {
    const prefix = careRow(row.serviceId, row.name, 'careService', row.systemId, row.yearLabel);
    for (const [metric, values] of Object.entries(row.metrics)) {
      statistics(prefix, `care.${metric}`, values, unit(metric));
      rows.push([...prefix, `care.${metric}`, 'central', row.central[metric as keyof typeof row.central], unit(metric)]);
    }
    rows.push([...prefix, 'care.anyUnmetNeed', 'probability', row.probabilityUnmetNeed, unit('probabilityUnmetNeed')]);
  }
  // Pooled budgets, per pool and year, and each partner's part (entity_id pool/partner).
  for (const row of results.pooledBudgets ?? []) {
    const prefix = careRow(row.poolId, row.name, 'pooledBudget', row.systemId, row.yearLabel);
    for (const [metric, values] of Object.entries(row.metrics)) {
      statistics(prefix, `pool.${metric}`, values, unit(metric));
      rows.push([...prefix, `pool.${metric}`, 'central', row.central[metric as keyof typeof row.central], unit(metric)]);
    }
    rows.push([...prefix, 'pool.overspends', 'probability', row.probabilityOverspend, unit('probabilityOverspend')]);
    for (const partner of row.partners) {
      const partnerPrefix = careRow(
        `${row.poolId}/${partner.organisationId}`,
        `${row.name}: ${names.get(partner.organisationId)?.name ?? partner.organisationId}`,
        'poolPartner',
        row.systemId,
        row.yearLabel,
      );
      for (const [metric, values] of Object.entries(partner.metrics)) statistics(partnerPrefix, `pool.${metric}`, values, unit(metric));
    }
  }
  // Places that hold budgets, per place and year: budget, spend, what the reserve met, what was cut (the services cut in order are in the JSON results), position.
  for (const row of results.placeBudgets ?? []) {
    const prefix = careRow(row.placeId, row.name, 'placeBudget', row.systemId, row.yearLabel);
    for (const [metric, values] of Object.entries(row.metrics)) {
      statistics(prefix, `place.${metric}`, values, unit(metric));
      rows.push([...prefix, `place.${metric}`, 'central', row.central[metric as keyof typeof row.central], unit(metric)]);
    }
    rows.push([...prefix, 'place.overspends', 'probability', row.probabilityPlaceOverspend, unit('probabilityPlaceOverspend')]);
    rows.push([...prefix, 'place.leftOverBudget', 'probability', row.probabilityPlaceUnfunded, unit('probabilityPlaceUnfunded')]);
  }
  // Each incentive fund's outcome for each member: whose total decides is in the JSON results and the workbook.
  for (const outcome of results.incentiveFunds ?? []) {
    const prefix = prefixOf('scenario', '', outcome.entityId, outcome.yearLabel);
    const metric = `incentiveFunds.${outcome.fundName}`;
    for (const figure of ['amountAvailable', 'probabilityDecidingTotalMet', 'probabilityPaid', 'meanPaid'] as const) rows.push([...prefix, metric, figure, outcome[figure], unit(figure)]);
  }
  // Every risk-share rule a system compares (the scenario's own among them), on the same trials.
  for (const comparison of results.riskShareComparison ?? []) {
    for (const rule of comparison.rules) {
      for (const row of rule.rows) {
        const prefix = prefixOf('riskShareRule', rule.label, row.entityId, meta.yearLabels[row.year] ?? String(row.year));
        rows.push([...prefix, 'meetsControlTotal', 'probabilityAfterRiskShare', row.probabilityMeetsAfterRiskShare, unit('probabilityMeetsAfterRiskShare')]);
        if (row.probabilitySystemMetWhileOrganisationMissed !== undefined) {
          rows.push([...prefix, 'systemMetWhileOrganisationMissed', 'probability', row.probabilitySystemMetWhileOrganisationMissed, unit('probabilitySystemMetWhileOrganisationMissed')]);
        }
        statistics(prefix, 'postShareVariance', row.postShareVariance, unit('postShareVariance'));
        rows.push([...prefix, 'postShareVariance', 'expectedShortfall5', row.expectedShortfall5, unit('expectedShortfall5')]);
        rows.push([...prefix, 'incentive', 'mean', row.incentiveMean, unit('incentiveMean')]);
        rows.push([...prefix, 'riskShareTransfer', 'mean', row.transferMean, unit('transferMean')]);
      }
    }
  }
  // Each alternative: its own figures, and its difference from the scenario trial by trial.
  for (const alternative of results.alternatives ?? []) {
    const { comparison } = alternative;
    const yearLabels = new Map<number, string>();
    for (const row of comparison.rows) {
      yearLabels.set(row.year, row.yearLabel);
      statistics(prefixOf('alternative', alternative.name, row.entityId, row.yearLabel), row.metric, row.alternative, unit(row.metric));
      const difference = prefixOf('alternativeMinusScenario', alternative.name, row.entityId, row.yearLabel);
      statistics(difference, row.metric, row.difference, unit(row.metric));
      rows.push([...difference, row.metric, 'probabilityAlternativeHigher', row.probabilityAlternativeHigher, unit('probabilityAlternativeHigher')]);
      rows.push([...difference, row.metric, 'probabilityAlternativeLower', row.probabilityAlternativeLower, unit('probabilityAlternativeLower')]);
    }
    for (const row of comparison.bedRows ?? []) {
      statistics(prefixOf('alternative', alternative.name, row.entityId, row.yearLabel), `beds.${row.metric}`, row.alternative, unit(row.metric));
      const difference = prefixOf('alternativeMinusScenario', alternative.name, row.entityId, row.yearLabel);
      statistics(difference, `beds.${row.metric}`, row.difference, unit(row.metric));
      rows.push([...difference, `beds.${row.metric}`, 'probabilityAlternativeHigher', row.probabilityAlternativeHigher, unit('probabilityAlternativeHigher')]);
      rows.push([...difference, `beds.${row.metric}`, 'probabilityAlternativeLower', row.probabilityAlternativeLower, unit('probabilityAlternativeLower')]);
    }
    for (const row of comparison.systemBedRows ?? []) {
      statistics(prefixOf('alternative', alternative.name, row.systemId, row.yearLabel), `beds.${row.metric}`, row.alternative, unit(row.metric));
      const difference = prefixOf('alternativeMinusScenario', alternative.name, row.systemId, row.yearLabel);
      statistics(difference, `beds.${row.metric}`, row.difference, unit(row.metric));
      rows.push([...difference, `beds.${row.metric}`, 'probabilityAlternativeHigher', row.probabilityAlternativeHigher, unit('probabilityAlternativeHigher')]);
      rows.push([...difference, `beds.${row.metric}`, 'probabilityAlternativeLower', row.probabilityAlternativeLower, unit('probabilityAlternativeLower')]);
    }
    for (const row of comparison.waitingListRows ?? []) {
      statistics(prefixOf('alternative', alternative.name, row.entityId, row.yearLabel), `waitingList.${row.metric}`, row.alternative, unit(row.metric));
      const difference = prefixOf('alternativeMinusScenario', alternative.name, row.entityId, row.yearLabel);
      statistics(difference, `waitingList.${row.metric}`, row.difference, unit(row.metric));
      rows.push([...difference, `waitingList.${row.metric}`, 'probabilityAlternativeHigher', row.probabilityAlternativeHigher, unit('probabilityAlternativeHigher')]);
      rows.push([...difference, `waitingList.${row.metric}`, 'probabilityAlternativeLower', row.probabilityAlternativeLower, unit('probabilityAlternativeLower')]);
    }
    for (const row of comparison.careRows ?? []) {
      const head = careRow(row.serviceId, row.serviceName, 'careService', '', row.yearLabel);
      const alternativeHead = [...head.slice(0, 4), 'alternative', alternative.name, ...head.slice(6)];
      const differenceHead = [...head.slice(0, 4), 'alternativeMinusScenario', alternative.name, ...head.slice(6)];
      statistics(alternativeHead, `care.${row.metric}`, row.alternative, unit(row.metric));
      statistics(differenceHead, `care.${row.metric}`, row.difference, unit(row.metric));
    }
    for (const probability of comparison.probabilities) {
      const yearLabel = yearLabels.get(probability.year) ?? meta.yearLabels[probability.year] ?? String(probability.year);
      rows.push([
        ...prefixOf('alternative', alternative.name, probability.entityId, yearLabel),
        'meetsControlTotal',
        'probabilityAfterRiskShare',
        probability.alternativeMeets,
        unit('probabilityMeetsAfterRiskShare'),
      ]);
    }
  }
  // Runs of several systems: the nation (entity_id "national") and each system's place in the ranking.
  if (results.national) {
    const nation = (yearLabel: string): CsvCell[] => [meta.scenarioName, meta.engineVersion, meta.seed, meta.trials, 'scenario', '', 'national', 'All systems', 'nation', '', yearLabel];
    for (const year of results.national.years) {
      const prefix = nation(year.yearLabel);
      for (const [metric, count] of [
        ['national.systemsMissing', year.systemsMissing],
        ['national.systemsRunningHot', year.systemsRunningHot],
      ] as const) {
        statistics(prefix, metric, count.statistics, 'systems');
        count.distribution.forEach((share, systems) => rows.push([...prefix, metric, `share_of_trials_with_${systems}`, share, 'probability']));
      }
      statistics(prefix, 'national.outturn', year.outturn, '£m');
      statistics(prefix, 'national.variance', year.variance, '£m');
      rows.push([...prefix, 'national.meetsSumOfControlTotals', 'probability', year.probabilityNationalTotalMet, 'probability']);
      for (const [basis, contingency] of Object.entries(year.contingency)) {
        for (const [statistic, value] of Object.entries(contingency)) rows.push([...prefix, `national.contingency.${basis}`, statistic, value, '£m']);
      }
    }
    for (const row of results.national.ranking) {
      const prefix = prefixOf('scenario', '', row.systemId, meta.yearLabels[row.year] ?? String(row.year));
      rows.push([...prefix, 'national.rank', 'rank', row.rank, 'rank']);
      rows.push([...prefix, 'national.missesControlTotal', 'probability', row.probabilityMissing, 'probability']);
      if (row.probabilityRunningHot !== undefined) rows.push([...prefix, 'national.runningHot', 'probability', row.probabilityRunningHot, 'probability']);
    }
  }
  return toCsv(withRoundedValues(rows, header.indexOf('value')));
}
