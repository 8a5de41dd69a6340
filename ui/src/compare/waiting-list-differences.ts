import { WAITING_LIST_METRIC_CATALOGUE } from '../../../engine/model/beds/waiting-list-catalogue.ts';
import type { Comparison, WaitingListComparisonRow, WaitingListMetric } from '../api/types.ts';
import { formatNumber } from '../lib/format.ts';

/** The waiting-list figures the compare page shows, in the order of its choices and its table. */
export const COMPARED_WAITING_LIST_FIGURES = ['listEnd', 'over18Weeks', 'over52Weeks', 'treated', 'medianWeeks'] as const satisfies readonly WaitingListMetric[];

/** How a waiting-list figure (or a difference of one) is written: patients whole, a median wait to a tenth of a week. */
export function waitingListFormat(metric: WaitingListMetric): (value: number) => string {
  return WAITING_LIST_METRIC_CATALOGUE[metric].kind === 'weeks' ? (value) => `${formatNumber(Math.round(value * 10) / 10)} weeks` : (value) => formatNumber(Math.round(value));
}

/** A difference written with its sign: `+320`, `−1.5 weeks`, `0`. */
export function signed(format: (value: number) => string): (value: number) => string {
  // A difference that rounds to nothing is written as nothing, unsigned.
  return (value) => (value > 0 && format(value) !== format(0) ? `+${format(value)}` : format(value));
}

/** The comparison's rows of one figure in one year, a row a trust. */
export function waitingListRowsOf(comparison: Pick<Comparison, 'waitingListRows'>, year: number, metric: WaitingListMetric): WaitingListComparisonRow[] {
  return (comparison.waitingListRows ?? []).filter((row) => row.year === year && row.metric === metric);
}

/** The comparison's rows of one year for the table: trust by trust, each trust's figures in the order of COMPARED_WAITING_LIST_FIGURES. */
export function waitingListTableRows(comparison: Pick<Comparison, 'waitingListRows'>, year: number): WaitingListComparisonRow[] {
  const rows = (comparison.waitingListRows ?? []).filter((row) => row.year === year);
  const trusts = [...new Set(rows.map((row) => row.entityId))];
  return trusts.flatMap((trust) => COMPARED_WAITING_LIST_FIGURES.flatMap((metric) => rows.filter((row) => row.entityId === trust && row.metric === metric)));
}
