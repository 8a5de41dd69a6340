import { BED_METRICS, bedColumnOf, columnOf, FINANCE_METRICS, WAITING_LIST_METRICS, waitingListColumnOf, type CompiledModel } from '../../engine/index.ts';
import { trialColumnCount } from '../runs/trial-columns.ts';
import { CSV_BOM, csvLine } from './csv.ts';

/** One scenario's per-trial figures: the compiled model gives the column layout of `values`. */
export interface TrialTable {
  /** `scenario` for a run; `baseline` / `alternative` for a comparison. */
  readonly role: string;
  readonly scenarioName: string;
  readonly model: CompiledModel;
  /** Every trial's row in trial order, in pieces of any length (a piece may end inside a row). */
  readonly figures: Iterable<Float64Array>;
}

/**
 * The raw year-end figures of every trial, for an audit trail: one row per
 * trial, entity (organisation, reserve, system) and year, one column per
 * money metric (£m; the `meets…` columns are 0/1), then, for acute trusts
 * with beds, one `beds_` column per bed metric (blank for other entities),
 * and, when a scenario has an elective waiting list, one `waiting_list_`
 * column per waiting-list metric (blank for trusts without one).
 * Generated line by line, so a large run streams instead of building one
 * huge string, reading the stored figures a piece at a time, so neither the
 * file nor the figures are ever all in memory. Check {@link trialColumnCount}
 * against the stored figures first.
 *
 * Unlike the results CSVs and the workbook, numbers are not rounded to 6
 * decimals: this file is the only export of each trial's figures (the JSON
 * results hold statistics, not trials), and an audit recomputes the stored
 * statistics from it exactly (tests/api/runs.test.ts holds a mean to 1e-9);
 * rounding each trial to £1 would move a recomputed mean by up to 5e-7 £m.
 */
export function* trialsCsv(tables: readonly TrialTable[], provenance: { runId: string; seed: number; engineVersion: string; trials: number }): Generator<string> {
  // Waiting-list columns only when a scenario has a list, so other runs' files keep their columns.
  const withLists = tables.some(({ model }) => model.bedTrusts.some((trust) => trust.waitingList !== undefined));
  yield (
    CSV_BOM +
    csvLine([
      'run_id',
      'role',
      'scenario',
      'seed',
      'engine_version',
      'trial',
      'entity_id',
      'entity_name',
      'entity_kind',
      'system_id',
      'year',
      ...FINANCE_METRICS,
      ...BED_METRICS.map((metric) => `beds_${metric}`),
      ...(withLists ? WAITING_LIST_METRICS.map((metric) => `waiting_list_${metric}`) : []),
    ])
  );
  for (const { role, scenarioName, model, figures } of tables) {
    const columnCount = trialColumnCount(model);
    const bedIndexOf = new Map(model.bedTrusts.map((trust) => [trust.organisation, trust.bedIndex]));
    const listIndexOf = withLists ? new Map(model.bedTrusts.flatMap((trust) => (trust.waitingList ? [[trust.organisation, trust.waitingList.listIndex] as const] : []))) : undefined;
    const row = new Float64Array(columnCount);
    let filled = 0;
    let trial = 0;
    for (const piece of figures) {
      for (let at = 0; at < piece.length && trial < provenance.trials;) {
        const take = Math.min(columnCount - filled, piece.length - at);
        row.set(piece.subarray(at, at + take), filled);
        filled += take;
        at += take;
        if (filled < columnCount) continue;
        yield trialLines(model, bedIndexOf, listIndexOf, row, trial, role, scenarioName, provenance);
        filled = 0;
        trial++;
      }
    }
  }
}

/** The CSV lines of one trial's row: one per entity and year. */
function trialLines(
  model: CompiledModel,
  bedIndexOf: ReadonlyMap<number, number>,
  /** Each trust's waiting list, when the file has waiting-list columns (undefined: it has none). */
  listIndexOf: ReadonlyMap<number, number> | undefined,
  values: Float64Array,
  trial: number,
  role: string,
  scenarioName: string,
  provenance: { runId: string; seed: number; engineVersion: string },
): string {
  const noBeds = BED_METRICS.map(() => undefined);
  const noList = listIndexOf ? WAITING_LIST_METRICS.map(() => undefined) : [];
  let lines = '';
  for (const entity of model.entities) {
    const bedIndex = entity.kind === 'organisation' ? bedIndexOf.get(entity.index) : undefined;
    for (let year = 0; year < model.years; year++) {
      const money = FINANCE_METRICS.map((metric) => values[columnOf(model, entity.index, year, metric)]);
      const beds = bedIndex === undefined ? noBeds : BED_METRICS.map((metric) => values[bedColumnOf(model, bedIndex, year, metric)]);
      const listIndex = entity.kind === 'organisation' ? listIndexOf?.get(entity.index) : undefined;
      const list = listIndex === undefined ? noList : WAITING_LIST_METRICS.map((metric) => values[waitingListColumnOf(model, listIndex, year, metric)]);
      lines += csvLine([
        provenance.runId,
        role,
        scenarioName,
        provenance.seed,
        provenance.engineVersion,
        trial,
        entity.id,
        entity.name,
        entity.organisationKind ?? entity.kind,
        entity.systemId,
        model.yearLabels[year],
        ...money,
        ...beds,
        ...list,
      ]);
    }
  }
  return lines;
}
