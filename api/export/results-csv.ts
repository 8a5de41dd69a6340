import type { RunResults } from '../../engine/index.ts';
import { toCsv, type CsvCell } from './csv.ts';
import { bedUnit } from './units.ts';

const STATISTICS = ['mean', 'sd', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'min', 'max'] as const;

/**
 * Results in long format, one row per organisation (or system), year, metric
 * and statistic, with the run's provenance repeated on every row so that a
 * filtered or pasted extract still says where it came from. Money in £m.
 */
export function resultsToCsv(results: RunResults): string {
  const names = new Map(results.entities.map((entity) => [entity.id, entity]));
  const { meta } = results;
  const rows: CsvCell[][] = [
    ['scenario', 'engine_version', 'seed', 'trials', 'entity_id', 'entity_name', 'entity_kind', 'system_id', 'year', 'metric', 'statistic', 'value', 'unit'],
  ];
  for (const row of results.table) {
    const entity = names.get(row.entityId);
    const prefix: CsvCell[] = [meta.scenarioName, meta.engineVersion, meta.seed, meta.trials, row.entityId, entity?.name, entity?.organisationKind ?? entity?.kind, entity?.systemId, row.yearLabel];
    for (const [metric, statistics] of Object.entries(row.metrics)) {
      for (const statistic of STATISTICS) rows.push([...prefix, metric, statistic, statistics[statistic], '£m']);
      rows.push([...prefix, metric, 'central', row.central[metric as keyof typeof row.central], '£m']);
    }
    rows.push([...prefix, 'meetsControlTotal', 'probabilityBeforeRiskShare', row.probabilityMeetsBeforeRiskShare, 'probability']);
    rows.push([...prefix, 'meetsControlTotal', 'probabilityAfterRiskShare', row.probabilityMeetsAfterRiskShare, 'probability']);
    if (row.probabilitySystemMetWhileOrganisationMissed !== undefined) {
      rows.push([...prefix, 'systemMetWhileOrganisationMissed', 'probability', row.probabilitySystemMetWhileOrganisationMissed, 'probability']);
    }
    rows.push([...prefix, 'postShareVariance', 'expectedShortfall5', row.expectedShortfall5, '£m']);
    rows.push([...prefix, 'postShareVariance', 'expectedShortfall10', row.expectedShortfall10, '£m']);
  }
  // Beds, per acute trust and year: every metric the results carry, in its own unit.
  for (const row of results.beds ?? []) {
    const entity = names.get(row.entityId);
    const prefix: CsvCell[] = [meta.scenarioName, meta.engineVersion, meta.seed, meta.trials, row.entityId, entity?.name, entity?.organisationKind ?? entity?.kind, entity?.systemId, row.yearLabel];
    const central = row.central as Readonly<Record<string, number>>;
    for (const [metric, statistics] of Object.entries(row.metrics)) {
      for (const statistic of STATISTICS) rows.push([...prefix, `beds.${metric}`, statistic, statistics[statistic], bedUnit(metric)]);
      rows.push([...prefix, `beds.${metric}`, 'central', central[metric], bedUnit(metric)]);
    }
    rows.push([...prefix, 'beds.anyPatientNotAdmitted', 'probability', row.probabilityAnyPatientNotAdmitted, 'probability']);
    rows.push([...prefix, 'beds.anyDayAbove100', 'probability', row.probabilityAnyDayAbove100, 'probability']);
  }
  return toCsv(rows);
}
