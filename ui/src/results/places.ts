// Shaping the places of a run for the places section: each budget-holding
// place's budget, spend, position and chances, what it holds, in words; and
// each place's organisations together. Every figure is the engine's
// (results.placeBudgets, results.places): nothing is recomputed here.
import type { RunResults, SummaryStatistics } from '../api/types.ts';
import { formatMoney, formatCount, formatProbability, inTrials } from '../lib/format.ts';

type PlaceBudgetRow = NonNullable<RunResults['placeBudgets']>[number];
type PlaceOrganisationsRow = RunResults['places'][number];

/** A budget-holding place in one year, ready to print. */
export interface PlaceBudgetLine {
  readonly placeId: string;
  readonly name: string;
  /** What it pays for, by name: its care services (the NHS part) and its providers' contracts. */
  readonly holds: string;
  readonly budget: string;
  readonly spend: string;
  /** P5 to P95 of the delegated spend: the middle 90% of trials. */
  readonly spendRange: string;
  readonly position: string;
  readonly positionRange: string;
  /** Share of trials in which what it holds costs no more than its budget (before it acts). */
  readonly withinBudget: string;
  /** Share of trials in which it ends over budget after the reserve or its cuts. */
  readonly leftOverBudget: string;
  /** What it does when it overspends, with the engine's mean. */
  readonly onOverspend: string;
}

/** A place's organisations together in one year. */
export interface PlaceOrganisationsLine {
  readonly placeId: string;
  readonly name: string;
  readonly organisations: string;
  readonly delegatedBudget: string;
  readonly outturn: string;
  readonly outturnRange: string;
  readonly meets: string;
}

const range = (statistics: SummaryStatistics) => `${formatMoney(statistics.p5)} to ${formatMoney(statistics.p95)}`;

/** "A, B and C". */
function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The year's budget-holding places of one system (all systems without one), in the engine's order. */
export function placeBudgetLines(results: Pick<RunResults, 'placeBudgets' | 'careServices' | 'entities'>, year: number, systemId?: string): PlaceBudgetLine[] {
  const serviceNames = new Map((results.careServices ?? []).map((row) => [row.serviceId, row.name]));
  const entityNames = new Map(results.entities.map((entity) => [entity.id, entity.name]));
  return (results.placeBudgets ?? [])
    .filter((row) => row.year === year && (systemId === undefined || row.systemId === systemId))
    .map((row: PlaceBudgetRow) => {
      const services = row.careServiceIds.map((id) => serviceNames.get(id) ?? id);
      const contracts = row.contractIds.map((id) => `${entityNames.get(id) ?? id}’s contract`);
      const { metrics } = row;
      return {
        placeId: row.placeId,
        name: row.name,
        holds: list([...services.map((name) => `${name} (NHS part)`), ...contracts]),
        budget: formatMoney(metrics.placeBudget.mean),
        spend: formatMoney(metrics.placeSpend.mean),
        spendRange: range(metrics.placeSpend),
        position: formatMoney(metrics.placePosition.mean),
        positionRange: range(metrics.placePosition),
        withinBudget: formatProbability(1 - row.probabilityPlaceOverspend),
        leftOverBudget: formatProbability(row.probabilityPlaceUnfunded),
        onOverspend:
          row.overspend === 'cutServices'
            ? `Cuts ${list(row.cutServiceIds.map((id) => serviceNames.get(id) ?? id))}: ${formatMoney(metrics.placeCuts.mean)} and ${formatCount(metrics.placePeopleCut.mean)} people on average`
            : `Draws on the system reserve: ${formatMoney(metrics.placeReserveDrawn.mean)} on average`,
      };
    });
}

/** One sentence for the year's budget-holding places: how often each stays within its budget, and how often it is left over it. */
export function placeBudgetsReading(results: Pick<RunResults, 'placeBudgets' | 'careServices' | 'entities' | 'meta'>, year: number, systemId?: string): string {
  const rows = (results.placeBudgets ?? []).filter((row) => row.year === year && (systemId === undefined || row.systemId === systemId));
  const sentences = rows.map((row) => {
    const after = row.overspend === 'cutServices' ? 'after its cuts' : 'after drawing on the reserve';
    return `${row.name} spends within its budget of ${formatMoney(row.metrics.placeBudget.mean)} ${inTrials(1 - row.probabilityPlaceOverspend)}, and is left over it, ${after}, ${inTrials(row.probabilityPlaceUnfunded)}`;
  });
  return sentences.length === 0 ? '' : `In ${results.meta.yearLabels[year]}, ${sentences.join('; ')}.`;
}

/** The year's places with organisations of one system (all systems without one). */
export function placeOrganisationsLines(results: Pick<RunResults, 'places' | 'entities'>, year: number, systemId?: string): PlaceOrganisationsLine[] {
  const entityNames = new Map(results.entities.map((entity) => [entity.id, entity.name]));
  return results.places
    .filter((row) => row.year === year && (systemId === undefined || row.systemId === systemId))
    .map((row: PlaceOrganisationsRow) => ({
      placeId: row.placeId,
      name: row.name,
      organisations: list(row.organisationIds.map((id) => entityNames.get(id) ?? id)),
      delegatedBudget: formatMoney(row.delegatedBudget),
      outturn: formatMoney(row.outturn.mean),
      outturnRange: range(row.outturn),
      meets: formatProbability(row.probabilityMeets),
    }));
}
