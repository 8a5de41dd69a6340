import type { RunResults } from '../../engine/index.ts';

const whole = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : '-');
const weeks = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-');

function aligned(header: string[], rows: string[][]): string[] {
  const widths = header.map((_, column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
  const format = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...rows.map(format)];
}

/**
 * Elective waiting lists for the command line: per year, each trust's list at the
 * start and the end (mean, and P5–P95 at the end), referrals added, operations done,
 * removed without treatment, rebooked, patients waiting 18 and 52 weeks or more and
 * the median wait at the year end (means over trials), then each alternative's
 * difference in the list at the year end and its 52-week waiters. Empty without a list.
 */
export function waitingListTable(results: RunResults): string[] {
  const lists = results.waitingLists ?? [];
  if (lists.length === 0) return [];
  const names = new Map(results.entities.map((entity) => [entity.id, entity.name]));
  const lines: string[] = ['', 'Elective waiting lists (means over trials; start + added − done − removed = end in every trial)'];
  for (let year = 0; year < results.meta.years; year++) {
    const rows = lists.filter((row) => row.year === year);
    if (rows.length === 0) continue;
    lines.push('', results.meta.yearLabels[year]);
    lines.push(
      ...aligned(
        [results.meta.yearLabels[year], 'start', 'added', 'done', 'removed', 'end (P5-P95)', 'rebooked', '18+ weeks', '52+ weeks', 'median weeks'],
        rows.map(({ entityId, metrics }) => [
          names.get(entityId) ?? entityId,
          whole(metrics.listStart.mean),
          whole(metrics.referralsAdded.mean),
          whole(metrics.treated.mean),
          whole(metrics.removedUntreated.mean),
          `${whole(metrics.listEnd.mean)} (${whole(metrics.listEnd.p5)}-${whole(metrics.listEnd.p95)})`,
          whole(metrics.rebooked.mean),
          whole(metrics.over18Weeks.mean),
          whole(metrics.over52Weeks.mean),
          weeks(metrics.medianWeeks.mean),
        ]),
      ),
    );
  }
  for (const alternative of results.alternatives ?? []) {
    const rows = (alternative.comparison.waitingListRows ?? []).filter((row) => row.metric === 'listEnd' || row.metric === 'over52Weeks');
    if (rows.length === 0) continue;
    lines.push('', `${alternative.name} − scenario, same trials: waiting list at the year end and 52-week waiters (mean difference, P5 to P95)`);
    lines.push(
      ...aligned(
        ['trust', 'year', 'figure', 'difference (P5 to P95)'],
        rows.map((row) => [names.get(row.entityId) ?? row.entityName, row.yearLabel, row.metric, `${whole(row.difference.mean)} (${whole(row.difference.p5)} to ${whole(row.difference.p95)})`]),
      ),
    );
  }
  return lines;
}
