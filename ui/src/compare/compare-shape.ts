import type { Comparison, ComparisonRow } from '../api/types.ts';

export interface ComparedEntity {
  readonly id: string;
  readonly name: string;
  readonly isSystem: boolean;
}

/**
 * The entities compared, in the engine's order (organisations, reserves, then
 * systems). A comparison does not say which entity is a system, so the
 * systems are those given, or else the last entity (the engine lists them last).
 */
export function comparedEntities(comparison: Pick<Comparison, 'rows' | 'probabilities'>, systemIds?: readonly string[]): ComparedEntity[] {
  const ids = [...new Set(comparison.probabilities.map((item) => item.entityId))];
  const systems = new Set(systemIds && systemIds.length > 0 ? systemIds : ids.slice(-1));
  return ids
    .filter((id) => !id.endsWith('-reserve') || systems.has(id))
    .map((id) => ({ id, name: comparison.rows.find((row) => row.entityId === id)?.entityName ?? id, isSystem: systems.has(id) }));
}

export function comparisonRow(comparison: Pick<Comparison, 'rows'>, entityId: string, year: number, metric: ComparisonRow['metric']): ComparisonRow | undefined {
  return comparison.rows.find((row) => row.entityId === entityId && row.year === year && row.metric === metric);
}

export function comparisonYears(comparison: Pick<Comparison, 'rows'>): Array<{ year: number; label: string }> {
  const seen = new Map<number, string>();
  for (const row of comparison.rows) if (!seen.has(row.year)) seen.set(row.year, row.yearLabel);
  return [...seen].map(([year, label]) => ({ year, label }));
}
