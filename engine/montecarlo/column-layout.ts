import type { CompiledModel } from '../model/compiled-model.ts';
import { FINANCE_METRIC_COUNT, type FinanceMetric, METRIC } from '../model/metrics.ts';

/**
 * Where a figure sits in a trial's row: entity by entity, year by year, metric
 * by metric. Rows grow with entities × years × metrics, never with months.
 */
export function columnCount(model: CompiledModel): number {
  return model.entities.length * model.years * FINANCE_METRIC_COUNT;
}

/** Column of (entity, year, metric). */
export function columnOf(model: CompiledModel, entity: number, year: number, metric: FinanceMetric): number {
  return (entity * model.years + year) * FINANCE_METRIC_COUNT + METRIC[metric];
}

/** Fan-chart series: one per entity (organisations, reserves, systems), same order. */
export function fanSeriesCount(model: CompiledModel): number {
  return model.entities.length;
}
