import { metricInfo, REPORTED_QUANTILES, type Comparison, type PairedFigure } from '../../engine/index.ts';
import type { RunView } from '../runs/run-view.ts';
import { toCsv, type CsvCell } from './csv.ts';
import { withRoundedValues } from './units.ts';

const STATISTICS = ['mean', 'sd', ...REPORTED_QUANTILES.map((q) => `p${Math.round(q * 100)}`), 'min', 'max'] as const;

/** The saved scenario (id and version) on each side of a comparison run, as the run's record names them. */
export type ComparedScenarios = Pick<RunView, 'scenarioId' | 'scenarioVersion' | 'alternative'>;

/**
 * A comparison in long format, one row per entity, year, metric, side
 * (baseline, alternative, or their trial-by-trial difference) and statistic,
 * bed figures of the acute trusts in both (metric `beds.<name>`; a system's
 * trusts added up under the system's id), care services' (`care.<name>`) and
 * elective waiting lists' (`waitingList.<name>`), then the probability of
 * meeting the control total in each scenario. Money in £m,
 * rounded to £1 (6 decimals); probabilities and other figures to 6 decimals.
 *
 * Every row ends with the id and version of each side's saved scenario (from
 * `scenarios`, the run's record), which tell apart two versions of one
 * scenario that share a name. They come last so that the earlier columns keep
 * their places; they are empty for a scenario sent inline, and when there is
 * no run record (a scenario's own alternatives).
 */
export function comparisonToCsv(comparison: Comparison, scenarios?: ComparedScenarios): string {
  const { meta } = comparison;
  const header = [
    ...['baseline', 'alternative', 'engine_version', 'seed', 'trials', 'entity_id', 'entity_name', 'year', 'metric', 'side', 'statistic', 'value', 'unit'],
    ...['baseline_scenario_id', 'baseline_scenario_version', 'alternative_scenario_id', 'alternative_scenario_version'],
  ];
  const rows: CsvCell[][] = [header];
  const versions: CsvCell[] = [scenarios?.scenarioId, scenarios?.scenarioVersion, scenarios?.alternative?.scenarioId, scenarios?.alternative?.scenarioVersion];
  const prefix = (entityId: string, entityName: string, year: string): CsvCell[] => [meta.baselineName, meta.alternativeName, meta.engineVersion, meta.seed, meta.trials, entityId, entityName, year];
  const add = (head: CsvCell[], metric: string, side: string, statistic: string, value: number, unit: string) => rows.push([...head, metric, side, statistic, value, unit, ...versions]);
  const names = new Map<string, { name: string; yearLabel: string[] }>();
  // Each side's statistics and the difference's, then the share of trials in which the alternative is higher.
  const addPaired = (head: CsvCell[], metric: string, row: PairedFigure, unit: string) => {
    for (const side of ['baseline', 'alternative', 'difference'] as const) {
      const statistics = row[side] as unknown as Record<string, number>;
      for (const statistic of STATISTICS) add(head, metric, side, statistic, statistics[statistic], unit);
    }
    add(head, metric, 'difference', 'probabilityAlternativeHigher', row.probabilityAlternativeHigher, metricInfo('probabilityAlternativeHigher').unit);
  };
  for (const row of comparison.rows) {
    const entry = names.get(row.entityId) ?? { name: row.entityName, yearLabel: [] };
    entry.yearLabel[row.year] = row.yearLabel;
    names.set(row.entityId, entry);
    addPaired(prefix(row.entityId, row.entityName, row.yearLabel), row.metric, row, metricInfo(row.metric).unit);
  }
  for (const row of comparison.bedRows ?? []) addPaired(prefix(row.entityId, row.entityName, row.yearLabel), `beds.${row.metric}`, row, metricInfo(row.metric).unit);
  // Each system's trusts added up trial by trial, under the system's id.
  for (const row of comparison.systemBedRows ?? []) addPaired(prefix(row.systemId, row.systemName, row.yearLabel), `beds.${row.metric}`, row, metricInfo(row.metric).unit);
  for (const row of comparison.careRows ?? []) addPaired(prefix(row.serviceId, row.serviceName, row.yearLabel), `care.${row.metric}`, row, metricInfo(row.metric).unit);
  for (const row of comparison.waitingListRows ?? []) addPaired(prefix(row.entityId, row.entityName, row.yearLabel), `waitingList.${row.metric}`, row, metricInfo(row.metric).unit);
  for (const probability of comparison.probabilities) {
    const entity = names.get(probability.entityId);
    const head = prefix(probability.entityId, entity?.name ?? probability.entityId, entity?.yearLabel[probability.year] ?? String(probability.year));
    add(head, 'meetsControlTotal', 'baseline', 'probabilityAfterRiskShare', probability.baselineMeets, metricInfo('probabilityMeetsAfterRiskShare').unit);
    add(head, 'meetsControlTotal', 'alternative', 'probabilityAfterRiskShare', probability.alternativeMeets, metricInfo('probabilityMeetsAfterRiskShare').unit);
  }
  return toCsv(withRoundedValues(rows, header.indexOf('value')));
}
