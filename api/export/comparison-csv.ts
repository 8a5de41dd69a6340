import { REPORTED_QUANTILES, type Comparison } from '../../engine/index.ts';
import { toCsv, type CsvCell } from './csv.ts';
import { bedUnit, withRoundedValues } from './units.ts';

const STATISTICS = ['mean', 'sd', ...REPORTED_QUANTILES.map((q) => `p${Math.round(q * 100)}`), 'min', 'max'] as const;

/**
 * A comparison in long format, one row per entity, year, metric, side
 * (baseline, alternative, or their trial-by-trial difference) and statistic,
 * bed figures of the acute trusts in both (metric `beds.<name>`), then the
 * probability of meeting the control total in each scenario. Money in £m,
 * rounded to £1 (6 decimals); probabilities and other figures to 6 decimals.
 */
export function comparisonToCsv(comparison: Comparison): string {
  const { meta } = comparison;
  const header = ['baseline', 'alternative', 'engine_version', 'seed', 'trials', 'entity_id', 'entity_name', 'year', 'metric', 'side', 'statistic', 'value', 'unit'];
  const rows: CsvCell[][] = [header];
  const prefix = (entityId: string, entityName: string, year: string): CsvCell[] => [meta.baselineName, meta.alternativeName, meta.engineVersion, meta.seed, meta.trials, entityId, entityName, year];
  const names = new Map<string, { name: string; yearLabel: string[] }>();
  for (const row of comparison.rows) {
    const entry = names.get(row.entityId) ?? { name: row.entityName, yearLabel: [] };
    entry.yearLabel[row.year] = row.yearLabel;
    names.set(row.entityId, entry);
    for (const side of ['baseline', 'alternative', 'difference'] as const) {
      const statistics = row[side] as unknown as Record<string, number>;
      for (const statistic of STATISTICS) rows.push([...prefix(row.entityId, row.entityName, row.yearLabel), row.metric, side, statistic, statistics[statistic], '£m']);
    }
    rows.push([...prefix(row.entityId, row.entityName, row.yearLabel), row.metric, 'difference', 'probabilityAlternativeHigher', row.probabilityAlternativeHigher, 'probability']);
  }
  for (const row of comparison.bedRows ?? []) {
    for (const side of ['baseline', 'alternative', 'difference'] as const) {
      const statistics = row[side] as unknown as Record<string, number>;
      for (const statistic of STATISTICS) rows.push([...prefix(row.entityId, row.entityName, row.yearLabel), `beds.${row.metric}`, side, statistic, statistics[statistic], bedUnit(row.metric)]);
    }
    rows.push([...prefix(row.entityId, row.entityName, row.yearLabel), `beds.${row.metric}`, 'difference', 'probabilityAlternativeHigher', row.probabilityAlternativeHigher, 'probability']);
  }
  for (const probability of comparison.probabilities) {
    const entity = names.get(probability.entityId);
    const head = prefix(probability.entityId, entity?.name ?? probability.entityId, entity?.yearLabel[probability.year] ?? String(probability.year));
    rows.push([...head, 'meetsControlTotal', 'baseline', 'probabilityAfterRiskShare', probability.baselineMeets, 'probability']);
    rows.push([...head, 'meetsControlTotal', 'alternative', 'probabilityAfterRiskShare', probability.alternativeMeets, 'probability']);
  }
  return toCsv(withRoundedValues(rows, header.indexOf('value')));
}
