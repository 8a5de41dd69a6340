import { movedOntoPeopleReading, type RunResults } from '../../engine/index.ts';

const money = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '-');
const whole = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : '-');

function aligned(header: string[], rows: string[][]): string[] {
  const widths = header.map((_, column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
  const format = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...rows.map(format)];
}

/**
 * Care services and pooled budgets for the command line: per year, each
 * service's cost by payer (means over trials, £m), what the boundary shifts
 * moved, unmet need, and a sentence on what moved onto people; each pool's
 * overspend and each partner's net cost; each budget-holding place's
 * budget, spend, reserve drawn, cuts and position. Empty without any.
 */
export function careTable(results: RunResults): string[] {
  const services = results.careServices ?? [];
  const pools = results.pooledBudgets ?? [];
  const places = results.placeBudgets ?? [];
  if (services.length === 0 && pools.length === 0 && places.length === 0) return [];
  const lines: string[] = ['', "Care services: who pays, £m a year (means over trials; people's own money is charges and self-funding)"];
  const names = new Map(results.entities.map((entity) => [entity.id, entity.name]));
  for (let year = 0; year < results.meta.years; year++) {
    const rows = services.filter((row) => row.year === year);
    if (rows.length > 0) {
      lines.push('', results.meta.yearLabels[year]);
      lines.push(
        ...aligned(
          [results.meta.yearLabels[year], 'cost', 'NHS', 'council', 'people', 'moved off NHS', 'moved onto people', 'unmet need (P95)'],
          rows.map(({ name, metrics }) => [
            name,
            money(metrics.careTotalCost.mean),
            money(metrics.careNhsCost.mean),
            money(metrics.careCouncilCost.mean),
            money(metrics.carePeopleCost.mean),
            money(metrics.careMovedFromNhs.mean),
            money(metrics.careMovedOntoPeople.mean),
            `${whole(metrics.careUnmetNeed.mean)} (${whole(metrics.careUnmetNeed.p95)})`,
          ]),
        ),
      );
      for (const row of rows) {
        const reading = movedOntoPeopleReading(row);
        if (reading) lines.push(reading);
      }
    }
    for (const pool of pools.filter((row) => row.year === year)) {
      lines.push(
        '',
        `${pool.name} (${results.meta.yearLabels[year]}, hosted by ${names.get(pool.hostId) ?? pool.hostId}): contributions £${money(pool.metrics.poolContributions.mean)}m, spend £${money(pool.metrics.poolSpend.mean)}m, overspend £${money(pool.metrics.poolOverspend.mean)}m (P5 ${money(pool.metrics.poolOverspend.p5)}, P95 ${money(pool.metrics.poolOverspend.p95)}); overspends in ${(pool.probabilityOverspend * 100).toFixed(1)}% of trials`,
      );
      lines.push(
        ...aligned(
          ['partner', 'contribution', 'share of overspend', 'net cost'],
          pool.partners.map((partner) => [
            names.get(partner.organisationId) ?? partner.organisationId,
            money(partner.metrics.partnerContribution.mean),
            money(partner.metrics.partnerShareOfOverspend.mean),
            money(partner.metrics.partnerNetCost.mean),
          ]),
        ),
      );
    }
    const placeRows = places.filter((row) => row.year === year);
    if (placeRows.length > 0) {
      lines.push('', `Places that hold budgets, ${results.meta.yearLabels[year]} (£m, means over trials; position = budget − spend + reserve drawn + cuts)`);
      lines.push(
        ...aligned(
          ['place', 'budget', 'spend', 'overspend', 'reserve drawn', 'cut', 'people cut', 'position', 'left over budget'],
          placeRows.map((row) => [
            row.overspend === 'cutServices' ? `${row.name} (cuts ${row.cutServiceIds.join(', ')})` : `${row.name} (draws on the reserve)`,
            money(row.metrics.placeBudget.mean),
            money(row.metrics.placeSpend.mean),
            money(row.metrics.placeOverspend.mean),
            money(row.metrics.placeReserveDrawn.mean),
            money(row.metrics.placeCuts.mean),
            whole(row.metrics.placePeopleCut.mean),
            money(row.metrics.placePosition.mean),
            `${(row.probabilityPlaceUnfunded * 100).toFixed(1)}% of trials`,
          ]),
        ),
      );
    }
  }
  return lines;
}
