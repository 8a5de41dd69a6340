import { BED_METRIC_CATALOGUE, FINANCE_METRIC_CATALOGUE, financialYearLabel, type CompiledModel, type Lever, type Measure } from '../../engine/index.ts';
import type { DecisionLabels } from '../wire/decisions.ts';

type MeasureLabel = DecisionLabels['measures'][number];
type InputLabel = DecisionLabels['inputs'][number];

const nameOf = (model: CompiledModel | undefined, id: string) => model?.entities.find((entity) => entity.id === id && entity.kind !== 'reserve')?.name ?? id;

/**
 * A lever in words, with its unit: `extra funding to Riverside ICB` (£m a
 * year), or a field's path led by its organisation's name when it has one
 * (`Riverside Hospital: cip.plan`); a field keeps its own unit (empty).
 */
export function leverLabel(lever: Lever, model?: CompiledModel): InputLabel {
  if (lever.kind === 'extraFunding') return { label: `extra funding to ${nameOf(model, lever.organisation)}`, unit: '£m a year' };
  const organisation = /^systems\[(\d+)\]\.organisations\[(\d+)\]\.(.+)$/.exec(lever.path);
  if (organisation && model) {
    const found = model.scenario.systems[Number(organisation[1])]?.organisations[Number(organisation[2])];
    if (found) return { label: `${found.name}: ${organisation[3]}`, unit: '' };
  }
  return { label: lever.path, unit: '' };
}

const statisticWords = (statistic: string) => (statistic === 'mean' ? 'mean' : statistic.toUpperCase());

/**
 * A measure in words, with its unit and the way to write it:
 * `Riverside ICS: chance of meeting the control total after risk share, 2025/26`
 * (a probability), `Riverside ICS: Variance after risk share, P10, 2025/26`
 * (£m), `Riverside Hospital: Days over 92% full, mean, 2025/26` (days).
 * Units and formats are the engine catalogues'.
 */
export function measureLabel(measure: Measure, model: CompiledModel): MeasureLabel {
  const where = `${nameOf(model, measure.entity)}`;
  const year = financialYearLabel(model.firstYear, measure.year);
  const { quantity } = measure;
  if (quantity.kind === 'probability') {
    const basis = quantity.basis === 'afterRiskShare' ? 'after' : 'before';
    const words = `chance of meeting the control total ${basis} risk share`;
    return { label: `${where}: ${words}, ${year}`, entity: where, quantity: words, year, unit: 'probability', format: 'percent' };
  }
  const info = quantity.kind === 'money' ? FINANCE_METRIC_CATALOGUE[quantity.metric] : BED_METRIC_CATALOGUE[quantity.metric];
  const format = info.format === 'money' || info.format === 'count' ? info.format : 'percent';
  const words = `${info.label}, ${statisticWords(quantity.statistic)}`;
  return { label: `${where}: ${words}, ${year}`, entity: where, quantity: words, year, unit: info.unit, format };
}

/** A column heading with its unit: `extra funding to Riverside ICB (£m a year)`. */
export const withUnit = (label: { label: string; unit: string }) => (label.unit === '' ? label.label : `${label.label} (${label.unit})`);
