import type { RunResults } from '../../engine/index.ts';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const money = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-');

/**
 * A readable table of a run: for each year, each organisation's and each
 * system's chance of meeting its control total (before and after risk share)
 * and the spread of its variance against it after risk share (£m).
 */
export function formatSummaryTable(results: RunResults): string {
  const { meta } = results;
  const lines: string[] = [];
  lines.push(`${meta.scenarioName}: ${meta.trials.toLocaleString('en-GB')} trials, seed ${meta.seed}, engine ${meta.engineVersion}`);
  lines.push('Variance against control total after risk share, £m (positive is better than plan)');
  const header = ['', 'P(meet) before', 'P(meet) after', 'mean', 'P5', 'median', 'P95', 'worst 5%'];
  const names = new Map(results.entities.map((entity) => [entity.id, entity]));
  for (let year = 0; year < meta.years; year++) {
    const rows = results.table
      .filter((row) => row.year === year)
      .map((row) => {
        const entity = names.get(row.entityId);
        const label = entity?.kind === 'system' ? `${entity.name} (system)` : (entity?.name ?? row.entityId);
        const variance = row.metrics.postShareVariance;
        return [label, percent(row.probabilityMeetsBeforeRiskShare), percent(row.probabilityMeetsAfterRiskShare), money(variance.mean), money(variance.p5), money(variance.p50), money(variance.p95), money(row.expectedShortfall5)];
      });
    const widths = header.map((_, column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
    const format = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
    lines.push('', meta.yearLabels[year], format([meta.yearLabels[year], ...header.slice(1)]), format(widths.map((width) => '-'.repeat(width))));
    rows.forEach((row) => lines.push(format(row)));
    for (const row of results.table) {
      if (row.year === year && row.probabilitySystemMetWhileOrganisationMissed !== undefined) {
        lines.push(`${names.get(row.entityId)?.name}: meets its system control total while at least one organisation misses its own in ${percent(row.probabilitySystemMetWhileOrganisationMissed)} of trials`);
      }
    }
  }
  const checks = results.accountingChecks;
  lines.push('', `Accounting checks over every trial: largest |sum of risk-share transfers| £${checks.largestTransferImbalance.toExponential(1)}m; largest |system − sum of organisations| £${checks.largestSystemSumError.toExponential(1)}m`);
  return lines.join('\n');
}
