import { BED_METRIC_CATALOGUE } from '../model/beds/bed-metrics.ts';
import { LEDGER_LINE_CATALOGUE } from '../model/ledger-lines.ts';
import { FINANCE_METRIC_CATALOGUE } from '../model/metrics.ts';
import { REPORTED_FIGURE_CATALOGUE } from '../results/reported-figures.ts';
import { CARE_METRIC_CATALOGUE } from '../model/care/care-metrics.ts';
import { POOL_METRIC_CATALOGUE, POOL_PARTNER_METRIC_CATALOGUE } from '../model/care/pool-metrics.ts';
import { EXCEL_NUMBER_FORMATS, type MetricInfo } from './metric-kind.ts';
import { WAITING_LIST_METRIC_CATALOGUE } from '../model/beds/waiting-list-metrics.ts';
import { PLACE_METRIC_CATALOGUE } from '../model/places/place-metrics.ts';

export { catalogue, EXCEL_NUMBER_FORMATS, METRIC_KINDS, type MetricDeclaration, type MetricInfo, type MetricKind, type NumberFormat } from './metric-kind.ts';

/**
 * Every catalogued name (finance metrics, bed metrics, ledger lines, reported
 * figures, care, pooled-budget, waiting-list and place-budget figures; the names are distinct across them) and what it is: the one place
 * exports, the command line and the UI look up a unit, a label or a number format.
 */
export const METRIC_CATALOGUE: Readonly<Record<string, MetricInfo>> = {
  ...FINANCE_METRIC_CATALOGUE,
  ...BED_METRIC_CATALOGUE,
  ...LEDGER_LINE_CATALOGUE,
  ...REPORTED_FIGURE_CATALOGUE,
  ...CARE_METRIC_CATALOGUE,
  ...POOL_METRIC_CATALOGUE,
  ...POOL_PARTNER_METRIC_CATALOGUE,
  ...WAITING_LIST_METRIC_CATALOGUE,
  ...PLACE_METRIC_CATALOGUE,
};

/**
 * A catalogued figure by name.
 * @throws RangeError for a name no catalogue declares (a figure added without its declaration)
 */
export function metricInfo(name: string): MetricInfo {
  const info = Object.hasOwn(METRIC_CATALOGUE, name) ? METRIC_CATALOGUE[name] : undefined;
  if (!info) throw new RangeError(`"${name}" is not in any catalogue: declare it in the engine (see CONTRIBUTING.md, "Adding a metric")`);
  return info;
}

/** The Excel number format of a catalogued figure. */
export function excelFormatOf(name: string): string {
  return EXCEL_NUMBER_FORMATS[metricInfo(name).format];
}
