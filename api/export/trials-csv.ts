import { BED_METRICS, bedColumnOf, columnOf, FINANCE_METRICS, WAITING_LIST_METRICS, waitingListColumnOf, type CompiledModel } from '../../engine/index.ts';
import { trialColumnCount } from '../runs/trial-columns.ts';
import { CSV_BOM, csvLine } from './csv.ts';

/** One scenario's per-trial figures: the compiled model gives the column layout of `values`. */
export interface TrialTable {
  /** `scenario` for a run; `baseline` / `alternative` for a comparison. */
  readonly role: string;
  readonly scenarioName: string;
  readonly model: CompiledModel;
  readonly values: Float64Array;
}

/**
 * The raw year-end figures of every trial, for an audit trail: one row per
 * trial, entity (organisation, reserve, system) and year, one column per
 * money metric (£m; the `meets…` columns are 0/1), then, for acute trusts
 * with beds, one `beds_` column per bed metric (blank for other entities),
 * and, when a scenario has an elective waiting list, one `waiting_list_`
 * column per waiting-list metric (blank for trusts without one).
 * Generated line by line, so a large run streams instead of building one
 * huge string. Check {@link trialColumnCount} against the stored figures first.
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
  const noBeds = BED_METRICS.map(() => undefined);
  const noList = withLists ? WAITING_LIST_METRICS.map(() => undefined) : [];
  for (const { role, scenarioName, model, values } of tables) {
    const columnCount = trialColumnCount(model);
    const bedIndexOf = new Map(model.bedTrusts.map((trust) => [trust.organisation, trust.bedIndex]));
    const listIndexOf = new Map(model.bedTrusts.flatMap((trust) => (trust.waitingList ? [[trust.organisation, trust.waitingList.listIndex] as const] : [])));
    for (let trial = 0; trial < provenance.trials; trial++) {
      let lines = '';
      const row = trial * columnCount;
      for (const entity of model.entities) {
        const bedIndex = entity.kind === 'organisation' ? bedIndexOf.get(entity.index) : undefined;
        for (let year = 0; year < model.years; year++) {
          const money = FINANCE_METRICS.map((metric) => values[row + columnOf(model, entity.index, year, metric)]);
          const beds = bedIndex === undefined ? noBeds : BED_METRICS.map((metric) => values[row + bedColumnOf(model, bedIndex, year, metric)]);
          const listIndex = entity.kind === 'organisation' ? listIndexOf.get(entity.index) : undefined;
          const list = listIndex === undefined ? noList : WAITING_LIST_METRICS.map((metric) => values[row + waitingListColumnOf(model, listIndex, year, metric)]);
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
      yield lines;
    }
  }
}
