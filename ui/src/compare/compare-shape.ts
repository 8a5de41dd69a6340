import type { Comparison, ComparisonRow } from '../api/types.ts';

export interface ComparedEntity {
  readonly id: string;
  readonly name: string;
  readonly isSystem: boolean;
}

/**
 * The entities compared, in the engine's order (organisations, then systems),
 * each row saying what kind of entity it is; contingency reserves are left out.
 */
export function comparedEntities(comparison: Pick<Comparison, 'rows' | 'probabilities'>): ComparedEntity[] {
  const rows = new Map(comparison.rows.map((row) => [row.entityId, row]));
  const ids = [...new Set(comparison.probabilities.map((item) => item.entityId))];
  return ids.filter((id) => rows.get(id)?.entityKind !== 'reserve').map((id) => ({ id, name: rows.get(id)?.entityName ?? id, isSystem: rows.get(id)?.entityKind === 'system' }));
}

export function comparisonRow(comparison: Pick<Comparison, 'rows'>, entityId: string, year: number, metric: ComparisonRow['metric']): ComparisonRow | undefined {
  return comparison.rows.find((row) => row.entityId === entityId && row.year === year && row.metric === metric);
}

export function comparisonYears(comparison: Pick<Comparison, 'rows'>): Array<{ year: number; label: string }> {
  const seen = new Map<number, string>();
  for (const row of comparison.rows) if (!seen.has(row.year)) seen.set(row.year, row.yearLabel);
  return [...seen].map(([year, label]) => ({ year, label }));
}
