// Shaping a comparison's care services for the compare page: per service and
// year, what the alternative changes in the cost and in what the NHS, the
// council and people pay (the engine's trial-by-trial differences,
// comparison.careRows), and one reading across the services.
import type { Comparison } from '../api/types.ts';
import { formatCount, formatMoney, formatSignedMoney } from '../lib/format.ts';

type CareRow = NonNullable<Comparison['careRows']>[number];
type CareFigure = CareRow['metric'];

/** The figures the section shows, in its columns' order. */
export const CARE_DIFFERENCE_FIGURES = ['careTotalCost', 'careNhsCost', 'careCouncilCost', 'carePeopleCost', 'careUnmetNeed'] as const satisfies readonly CareFigure[];

/** One care service in one year: each figure's mean difference (alternative − baseline) and its middle 90% of trials. */
export interface CareDifferenceLine {
  readonly serviceId: string;
  readonly name: string;
  readonly cells: ReadonlyArray<{ readonly mean: string; readonly range: string }>;
}

const signedCount = (value: number) => (Math.round(value) > 0 ? `+${formatCount(value)}` : formatCount(value));
const format = (figure: CareFigure, value: number) => (figure === 'careUnmetNeed' ? signedCount(value) : formatSignedMoney(value));

/** The year's care services present in both runs, in the engine's order. */
export function careDifferenceLines(comparison: Pick<Comparison, 'careRows'>, year: number): CareDifferenceLine[] {
  const rows = (comparison.careRows ?? []).filter((row) => row.year === year);
  const services = [...new Map(rows.map((row) => [row.serviceId, row.serviceName])).entries()];
  return services.map(([serviceId, name]) => ({
    serviceId,
    name,
    cells: CARE_DIFFERENCE_FIGURES.map((figure) => {
      const row = rows.find((candidate) => candidate.serviceId === serviceId && candidate.metric === figure);
      return row ? { mean: format(figure, row.difference.mean), range: `${format(figure, row.difference.p5)} to ${format(figure, row.difference.p95)}` } : { mean: '–', range: '–' };
    }),
  }));
}

/** "£1.6m more", "£0.9m less", "the same" (to the £0.1m shown). */
function change(millions: number): string {
  const text = formatMoney(Math.abs(millions));
  return text === '£0.0m' ? 'the same' : `${text} ${millions > 0 ? 'more' : 'less'}`;
}

/**
 * One sentence: what the NHS, councils and people pay for care under the
 * alternative against the baseline, on average over the year's services (the
 * sum of the services' mean differences), and the change in the cost.
 */
export function careDifferenceReading(comparison: Pick<Comparison, 'careRows'>, year: number, yearLabel: string, labels: { readonly baseline: string; readonly alternative: string }): string {
  const rows = (comparison.careRows ?? []).filter((row) => row.year === year);
  if (rows.length === 0) return '';
  const total = (figure: CareFigure) => rows.filter((row) => row.metric === figure).reduce((sum, row) => sum + row.difference.mean, 0);
  return (
    `Against ${labels.baseline}, under ${labels.alternative} in ${yearLabel} the NHS pays ${change(total('careNhsCost'))} for care on average, ` +
    `councils ${change(total('careCouncilCost'))} and people ${change(total('carePeopleCost'))} of their own money; the care costs ${change(total('careTotalCost'))} in all.`
  );
}
