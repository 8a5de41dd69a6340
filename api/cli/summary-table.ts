import { BED_METRIC_CATALOGUE, HEADLINE_BED_METRICS, type BedMetric, type RunResults, type SummaryStatistics } from '../../engine/index.ts';

import { careTable } from './care-table.ts';
import { waitingListTable } from './waiting-list-table.ts';

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
  for (const note of meta.notes ?? []) lines.push(`Note: ${note}`);
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
        return [
          label,
          percent(row.probabilityMeetsBeforeRiskShare),
          percent(row.probabilityMeetsAfterRiskShare),
          money(variance.mean),
          money(variance.p5),
          money(variance.p50),
          money(variance.p95),
          money(row.expectedShortfall5),
        ];
      });
    const widths = header.map((_, column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
    const format = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
    lines.push('', meta.yearLabels[year], format([meta.yearLabels[year], ...header.slice(1)]), format(widths.map((width) => '-'.repeat(width))));
    rows.forEach((row) => lines.push(format(row)));
    for (const row of results.table) {
      if (row.year === year && row.probabilitySystemMetWhileOrganisationMissed !== undefined) {
        lines.push(
          `${names.get(row.entityId)?.name}: meets its system control total while at least one organisation misses its own in ${percent(row.probabilitySystemMetWhileOrganisationMissed)} of trials`,
        );
      }
    }
  }
  lines.push(...bedTable(results), ...waitingListTable(results), ...alternativesTable(results), ...riskShareTable(results), ...nationalTable(results), ...careTable(results));
  const checks = results.accountingChecks;
  lines.push(
    '',
    `Accounting checks over every trial: largest |sum of risk-share transfers| £${checks.largestTransferImbalance.toExponential(1)}m; largest |system − sum of organisations| £${checks.largestSystemSumError.toExponential(1)}m` +
      (checks.largestCareSplitError === undefined ? '' : `; largest |NHS + council + people − care cost| £${checks.largestCareSplitError.toExponential(1)}m`) +
      (checks.largestPoolImbalance === undefined ? '' : `; largest |partners' net cost − pool spend| £${checks.largestPoolImbalance.toExponential(1)}m`) +
      (checks.largestPlaceImbalance === undefined ? '' : `; largest error in a place's books (spend = contracts + cuts + care held; position) £${checks.largestPlaceImbalance.toExponential(1)}m`),
  );
  return lines.join('\n');
}

const whole = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : '-');

function alignedTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((_, column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
  const format = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...rows.map(format)];
}

/** A bed figure as the table writes it: a share as a percentage or in points, a count whole. */
function bedCell(metric: BedMetric, value: number): string {
  const format = BED_METRIC_CATALOGUE[metric].format;
  if (format === 'percent') return percent(value);
  if (format === 'points') return `${(value * 100).toFixed(1)} pts`;
  return whole(value);
}

/** Patients (not admitted, cancelled) show their worst trials too: the P95 in brackets. */
function bedStatistics(metric: BedMetric, statistics: SummaryStatistics): string {
  const mean = bedCell(metric, statistics.mean);
  return BED_METRIC_CATALOGUE[metric].kind === 'patients' ? `${mean} (${bedCell(metric, statistics.p95)})` : mean;
}

/** Beds: the headline bed figures of the catalogue (means over trials; for patients, P95 in brackets). */
function bedTable(results: RunResults): string[] {
  if (results.beds.length === 0) return [];
  const names = new Map(results.entities.map((entity) => [entity.id, entity.name]));
  // Runs stored before a figure existed do not carry it.
  const metrics = HEADLINE_BED_METRICS.filter((metric) => results.beds.every((row) => metric in row.metrics));
  const lines = ['', `Beds (${results.meta.bedModel} bed model): means over trials, P95 in brackets`];
  for (let year = 0; year < results.meta.years; year++) {
    const rows = results.beds.filter((row) => row.year === year).map((row) => [names.get(row.entityId) ?? row.entityId, ...metrics.map((metric) => bedStatistics(metric, row.metrics[metric]))]);
    lines.push('', results.meta.yearLabels[year], ...alignedTable([results.meta.yearLabels[year], ...metrics.map((metric) => BED_METRIC_CATALOGUE[metric].short)], rows));
  }
  return lines;
}

/**
 * Each alternative against the scenario, on the same trials: differences are
 * alternative − scenario. The system's outturn; what people pay for each care
 * service whose cost to them differs; for the headline bed figures,
 * patients added up over each system's trusts (trial by trial) and shares lost (in points) averaged over them.
 */
function alternativesTable(results: RunResults): string[] {
  const lines: string[] = [];
  for (const alternative of results.alternatives) {
    lines.push('', `Alternative "${alternative.name}" compared with the scenario (alternative − scenario, same trials; mean [P5, P95])`);
    const rows: string[][] = [];
    for (const row of alternative.comparison.rows) {
      if (row.metric !== 'outturn' || !results.entities.some((entity) => entity.id === row.entityId && entity.kind === 'system')) continue;
      rows.push([`${row.entityName} outturn, £m (${row.yearLabel})`, `${money(row.difference.mean)} [${money(row.difference.p5)}, ${money(row.difference.p95)}]`]);
    }
    for (const row of alternative.comparison.careRows ?? []) {
      if (row.metric !== 'carePeopleCost' || (row.difference.min === 0 && row.difference.max === 0)) continue;
      rows.push([`${row.serviceName}: paid by people, £m (${row.yearLabel})`, `${money(row.difference.mean)} [${money(row.difference.p5)}, ${money(row.difference.p95)}]`]);
    }
    const headline = alternative.comparison.bedRows.filter((row) => HEADLINE_BED_METRICS.includes(row.metric));
    // Patients added up over each system's trusts trial by trial (the engine's system totals), with their spread.
    const several = new Set(alternative.comparison.systemBedRows?.map((row) => row.systemId)).size > 1;
    for (const row of alternative.comparison.systemBedRows ?? []) {
      const info = BED_METRIC_CATALOGUE[row.metric];
      if (!info.headline || info.kind !== 'patients') continue;
      const label = `${several ? `${row.systemName}: ` : ''}${info.counted}, all trusts (${row.yearLabel})`;
      rows.push([label, `${whole(row.difference.mean)} [${whole(row.difference.p5)}, ${whole(row.difference.p95)}]`]);
    }
    const averages = new Map<string, { sum: number; trusts: number; metric: BedMetric; label: string }>();
    for (const row of headline) {
      const info = BED_METRIC_CATALOGUE[row.metric];
      if (info.format !== 'points') continue;
      const key = `${row.metric} ${row.yearLabel}`;
      const entry = averages.get(key) ?? { sum: 0, trusts: 0, metric: row.metric, label: `${info.label}, mean of trusts (${row.yearLabel})` };
      averages.set(key, { ...entry, sum: entry.sum + row.difference.mean, trusts: entry.trusts + 1 });
    }
    for (const { sum, trusts, metric, label } of averages.values()) rows.push([label, bedCell(metric, sum / trusts)]);
    lines.push(...alignedTable(['', 'difference'], rows));
  }
  return lines;
}

/** Every risk-share rule a system compares: chance of meeting the control total after risk share. */
function riskShareTable(results: RunResults): string[] {
  const lines: string[] = [];
  const names = new Map(results.entities.map((entity) => [entity.id, entity.name]));
  for (const comparison of results.riskShareComparison) {
    for (let year = 0; year < results.meta.years; year++) {
      const ids = [...new Set(comparison.rules[0].rows.filter((row) => row.year === year).map((row) => row.entityId))];
      const header = [
        `Chance of meeting the control total after risk share, ${results.meta.yearLabels[year]}`,
        ...comparison.rules.map((rule) => (rule.isScenarioRule ? `${rule.label} *` : rule.label)),
      ];
      const rows = ids.map((id) => [
        names.get(id) ?? id,
        ...comparison.rules.map((rule) => percent(rule.rows.find((row) => row.entityId === id && row.year === year)?.probabilityMeetsAfterRiskShare ?? Number.NaN)),
      ]);
      lines.push('', ...alignedTable(header, rows));
    }
    lines.push('* the rule the scenario uses');
  }
  return lines;
}

/** Runs of several systems: how many miss, the national outturn and the contingency each year, and the systems most likely to miss in the last year. */
function nationalTable(results: RunResults): string[] {
  const national = results.national;
  if (!national) return [];
  const lines = ['', `All ${national.systemCount} systems together (£m)`];
  const header = ['year', 'systems missing: mean', 'P5-P95', 'national outturn: mean', 'P5', 'P95', 'contingency for every system: 50%', '90%', '95%'];
  const rows = national.years.map((year) => [
    year.yearLabel,
    year.systemsMissing.statistics.mean.toFixed(1),
    `${year.systemsMissing.statistics.p5.toFixed(0)}-${year.systemsMissing.statistics.p95.toFixed(0)}`,
    money(year.outturn.mean),
    money(year.outturn.p5),
    money(year.outturn.p95),
    money(year.contingency.gross.p50),
    money(year.contingency.gross.p90),
    money(year.contingency.gross.p95),
  ]);
  const widths = header.map((_, column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
  const format = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  lines.push(format(header), format(widths.map((width) => '-'.repeat(width))), ...rows.map(format));
  const lastYear = national.years.length - 1;
  const ranked = national.ranking.filter((row) => row.year === lastYear).slice(0, 10);
  lines.push('', `Most likely to miss in ${national.years[lastYear].yearLabel}: ${ranked.map((row) => `${row.rank}. ${row.name} ${percent(row.probabilityMissing)}`).join('; ')}`);
  return lines;
}
