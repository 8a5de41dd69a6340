import type ExcelJS from 'exceljs';
import { newExcelWorkbook } from './excel.ts';
import { EXCEL_NUMBER_FORMATS, excelFormatOf, HEADLINE_BED_METRICS, METRIC_CATALOGUE, metricInfo, type Comparison, type RunResults } from '../../engine/index.ts';
import type { RunView } from '../runs/run-view.ts';
import type { Assumption } from './assumptions.ts';
import { addCareSheet } from './care-sheet.ts';
import { addHeading, addTable, exportCell, formatsOf, sameFormat, type Cell } from './workbook-tables.ts';

const STATISTICS = ['mean', 'sd', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'min', 'max'] as const;
/** Parts of RunResults with a sheet or section of their own; any other list in the results gets a generic sheet. */
const HANDLED_RESULTS = new Set([
  'meta',
  'entities',
  'table',
  'fanCharts',
  'sensitivity',
  'centralStatements',
  'accountingChecks',
  'riskShareComparison',
  'beds',
  'systemBeds',
  'waitingLists',
  'waitingListMonths',
  'alternatives',
  'national',
]);

/** A system, for one sheet each. */
export interface SystemInfo {
  readonly id: string;
  readonly name: string;
}

/**
 * The results of a run as a workbook: a Summary sheet (provenance, and each
 * organisation's and system's chance of meeting its control total), one sheet
 * per system (every statistic of every money, bed and waiting-list metric, the
 * waiting lists month by month, probabilities,
 * risk-share rules, sensitivity), a Social care sheet laid out for a reader
 * when the scenario has care services, an Alternatives sheet when the scenario has
 * alternatives, an Assumptions sheet listing every input and its
 * distribution, and a generic sheet for any further list in the results, so
 * additions to RunResults appear without a change here.
 * Text is written as text, never as a formula.
 */
export async function runWorkbook(run: RunView, results: RunResults, assumptions: readonly Assumption[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  const names = new SheetNames();
  const entities = new Map(results.entities.map((entity) => [entity.id, entity]));
  const systems = results.entities.filter((entity) => entity.kind === 'system');
  const systemName = new Map(systems.map((system) => [system.id, system.name]));

  const summary = workbook.addWorksheet(names.take('Summary'));
  const assumptionsName = names.take('Assumptions');
  addProvenance(summary, run, [
    ['Scenario', results.meta.scenarioName],
    ['Years', results.meta.yearLabels.join(', ')],
    ['Money', `${results.meta.moneyUnit} (positive is a surplus or better than plan)`],
    ['Check: largest risk-share imbalance in any trial (should be ~0)', results.accountingChecks.largestTransferImbalance],
    ['Check: largest system ≠ sum of its organisations (should be ~0)', results.accountingChecks.largestSystemSumError],
  ]);
  addTable(
    summary,
    [
      'System',
      'Organisation',
      'Kind',
      'Year',
      'P(meets control total) before risk share',
      'P(meets) after risk share',
      'Mean outturn',
      'Mean variance vs control total',
      'Post-share variance P5',
      'Median',
      'P95',
      'Mean of worst 5%',
      'Mean incentive funding',
      'Mean reported position',
    ],
    results.table.map((row) => {
      const entity = entities.get(row.entityId);
      const metrics = row.metrics as unknown as Record<string, Record<string, number>>;
      return [
        systemName.get(entity?.systemId ?? '') ?? entity?.systemId,
        entity?.name ?? row.entityId,
        entity?.organisationKind ?? entity?.kind,
        row.yearLabel,
        row.probabilityMeetsBeforeRiskShare,
        row.probabilityMeetsAfterRiskShare,
        metrics.outturn?.mean,
        metrics.variance?.mean,
        metrics.postShareVariance?.p5,
        metrics.postShareVariance?.p50,
        metrics.postShareVariance?.p95,
        row.expectedShortfall5,
        metrics.incentive?.mean,
        metrics.reportedPosition?.mean,
      ];
    }),
    formatsOf(4, [
      'probabilityMeetsBeforeRiskShare',
      'probabilityMeetsAfterRiskShare',
      'outturn',
      'variance',
      'postShareVariance',
      'postShareVariance',
      'postShareVariance',
      'expectedShortfall5',
      'incentive',
      'reportedPosition',
    ]),
  );

  const beds = results.beds ?? [];
  if (beds.length > 0) {
    summary.addRow([]);
    addHeading(summary, `Beds: means across trials (bed model: ${results.meta.bedModel ?? 'none'})`);
    addTable(
      summary,
      ['System', 'Acute trust', 'Year', ...HEADLINE_BED_METRICS.map((metric) => `${metric} (${metricInfo(metric).unit})`), 'P(any patient not admitted)', 'P(any day above 100%)'],
      beds.map((row) => {
        const entity = entities.get(row.entityId);
        const metrics = row.metrics as unknown as Record<string, Record<string, number>>;
        return [
          systemName.get(entity?.systemId ?? ''),
          entity?.name ?? row.entityId,
          row.yearLabel,
          ...HEADLINE_BED_METRICS.map((metric) => metrics[metric]?.mean),
          row.probabilityAnyPatientNotAdmitted,
          row.probabilityAnyDayAbove100,
        ];
      }),
      formatsOf(3, [...HEADLINE_BED_METRICS, 'probabilityAnyPatientNotAdmitted', 'probabilityAnyDayAbove100']),
    );
  }

  if (results.national) addNationalSheet(workbook.addWorksheet(names.take('National')), results);

  for (const system of systems) {
    const sheet = workbook.addWorksheet(names.take(system.name));
    const rows = results.table.filter((row) => entities.get(row.entityId)?.systemId === system.id);
    addHeading(sheet, `${system.name}: every statistic (£m) across ${results.meta.trials} trials`);
    const statisticRows: Cell[][] = [];
    for (const row of rows) {
      const entity = entities.get(row.entityId);
      const central = row.central as unknown as Record<string, number>;
      for (const [metric, statistics] of Object.entries(row.metrics as unknown as Record<string, Record<string, number>>)) {
        statisticRows.push([entity?.name ?? row.entityId, entity?.organisationKind ?? entity?.kind, row.yearLabel, metric, ...STATISTICS.map((statistic) => statistics[statistic]), central[metric]]);
      }
    }
    addTable(sheet, ['Entity', 'Kind', 'Year', 'Metric', ...STATISTICS, 'central case'], statisticRows, (row) => sameFormat(4, STATISTICS.length + 1, String(row[3])));
    sheet.addRow([]);
    addHeading(sheet, 'Chance of meeting the control total, and the worst trials');
    addTable(
      sheet,
      ['Entity', 'Year', 'P(meets) before risk share', 'P(meets) after risk share', 'P(system meets while an organisation misses)', 'Mean of worst 5%', 'Mean of worst 10%'],
      rows.map((row) => [
        entities.get(row.entityId)?.name ?? row.entityId,
        row.yearLabel,
        row.probabilityMeetsBeforeRiskShare,
        row.probabilityMeetsAfterRiskShare,
        row.probabilitySystemMetWhileOrganisationMissed,
        row.expectedShortfall5,
        row.expectedShortfall10,
      ]),
      formatsOf(2, ['probabilityMeetsBeforeRiskShare', 'probabilityMeetsAfterRiskShare', 'probabilitySystemMetWhileOrganisationMissed', 'expectedShortfall5', 'expectedShortfall10']),
    );
    const systemBeds = beds.filter((row) => entities.get(row.entityId)?.systemId === system.id);
    if (systemBeds.length > 0) {
      sheet.addRow([]);
      addHeading(sheet, 'Beds: every statistic across trials');
      addTable(
        sheet,
        ['Acute trust', 'Year', 'Metric', 'Unit', ...STATISTICS, 'central case'],
        [
          ...systemBeds.flatMap((row) => {
            const central = row.central as unknown as Record<string, number>;
            return Object.entries(row.metrics as unknown as Record<string, Record<string, number>>).map(([metric, statistics]) => [
              entities.get(row.entityId)?.name ?? row.entityId,
              row.yearLabel,
              metric,
              metricInfo(metric).unit,
              ...STATISTICS.map((statistic) => statistics[statistic]),
              central[metric],
            ]);
          }),
          // The trusts added up trial by trial, for the figures that add up (no central case: it is one simulated year per trust).
          ...(results.systemBeds ?? [])
            .filter((row) => row.systemId === system.id)
            .flatMap((row) =>
              Object.entries(row.metrics as Record<string, Record<string, number>>).map(([metric, statistics]) => [
                allTrusts(system.name),
                row.yearLabel,
                metric,
                metricInfo(metric).unit,
                ...STATISTICS.map((statistic) => statistics[statistic]),
                undefined,
              ]),
            ),
        ],
        // The statistics and the central case, in the row's metric's format.
        (row) => sameFormat(4, STATISTICS.length + 1, String(row[2])),
      );
    }
    addWaitingListTables(
      sheet,
      results,
      (entityId) => entities.get(entityId)?.systemId === system.id,
      (entityId) => entities.get(entityId)?.name ?? entityId,
    );
    const comparison = results.riskShareComparison.find((entry) => entry.systemId === system.id);
    if (comparison) {
      sheet.addRow([]);
      addHeading(sheet, 'Risk-share rules compared on the same trials');
      addTable(
        sheet,
        [
          'Rule',
          "Scenario's rule",
          'Entity',
          'Year',
          'P(meets) after risk share',
          'Mean post-share variance',
          'Post-share P5',
          'Post-share P95',
          'Mean of worst 5%',
          'Mean incentive funding',
          'Mean risk-share transfer',
        ],
        comparison.rules.flatMap((rule) =>
          rule.rows.map((row) => [
            rule.label,
            rule.isScenarioRule,
            entities.get(row.entityId)?.name ?? row.entityId,
            results.meta.yearLabels[row.year],
            row.probabilityMeetsAfterRiskShare,
            row.postShareVariance.mean,
            row.postShareVariance.p5,
            row.postShareVariance.p95,
            row.expectedShortfall5,
            row.incentiveMean,
            row.transferMean,
          ]),
        ),
        formatsOf(4, ['probabilityMeetsAfterRiskShare', 'postShareVariance', 'postShareVariance', 'postShareVariance', 'expectedShortfall5', 'incentiveMean', 'transferMean']),
      );
    }
    const sensitivity = results.sensitivity.find((entry) => entry.systemId === system.id);
    if (sensitivity && sensitivity.entries.length > 0) {
      sheet.addRow([]);
      addHeading(sheet, "Inputs that drive the system's result (variance summed over the years)");
      addTable(
        sheet,
        ['Input', 'Rank correlation', 'Mean when input in lowest tenth', 'Mean when input in highest tenth'],
        sensitivity.entries.map((entry) => [entry.input, entry.rankCorrelation, entry.lowDecileMean, entry.highDecileMean]),
        formatsOf(1, ['rankCorrelation', 'lowDecileMean', 'highDecileMean']),
      );
    }
  }

  if ((results.careServices ?? []).length > 0) addCareSheet(workbook.addWorksheet(names.take('Social care')), results);

  const alternatives = results.alternatives ?? [];
  if (alternatives.length > 0) {
    const sheet = workbook.addWorksheet(names.take('Alternatives'));
    addHeading(sheet, 'Alternatives to the scenario, on the same trials: alternative − scenario');
    addTable(
      sheet,
      ['Alternative', 'Without interventions', 'Entity', 'Year', 'Metric', 'Scenario mean', 'Alternative mean', 'Difference mean', 'Difference P5', 'Difference P95', 'P(alternative higher)'],
      alternatives.flatMap((alternative) =>
        [...alternative.comparison.rows, ...(alternative.comparison.bedRows ?? []), ...systemTotalRows(alternative.comparison)].map((row) => [
          alternative.name,
          alternative.withoutInterventions.join(', '),
          row.entityName,
          row.yearLabel,
          row.metric,
          row.baseline.mean,
          row.alternative.mean,
          row.difference.mean,
          row.difference.p5,
          row.difference.p95,
          row.probabilityAlternativeHigher,
        ]),
      ),
      (row) => ({ ...sameFormat(5, 5, String(row[4])), ...formatsOf(10, ['probabilityAlternativeHigher']) }),
    );
  }

  addAssumptions(workbook.addWorksheet(assumptionsName), [{ role: undefined, assumptions }]);

  for (const [key, value] of Object.entries(results)) {
    if (HANDLED_RESULTS.has(key) || !Array.isArray(value) || value.length === 0) continue;
    const rows = value.map((item) => flatten(item));
    const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    // A field the catalogues declare gets its number format.
    const formats = Object.fromEntries(headers.flatMap((header, column) => (Object.hasOwn(METRIC_CATALOGUE, header) ? [[column, excelFormatOf(header)]] : [])));
    addTable(
      workbook.addWorksheet(names.take(key)),
      headers,
      rows.map((row) => headers.map((header) => row[header])),
      formats,
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A comparison as a workbook: a Summary sheet (provenance and each
 * organisation's chance of meeting its control total in both scenarios), one
 * sheet per system of the baseline (every compared metric, both scenarios and
 * their trial-by-trial difference; then its trusts' waiting lists, when both
 * have them), and an Assumptions sheet with both
 * scenarios' inputs.
 */
export async function comparisonWorkbook(
  run: RunView,
  comparison: Comparison,
  layout: { systems: readonly SystemInfo[]; systemOf: ReadonlyMap<string, string> },
  assumptions: { baseline: readonly Assumption[]; alternative: readonly Assumption[] },
): Promise<Buffer> {
  const workbook = await newWorkbook();
  const names = new SheetNames();
  const entityNames = new Map(comparison.rows.map((row) => [row.entityId, row.entityName]));
  const yearLabels = new Map(comparison.rows.map((row) => [row.year, row.yearLabel]));
  const summary = workbook.addWorksheet(names.take('Summary'));
  const assumptionsName = names.take('Assumptions');
  addProvenance(summary, run, [
    ['Baseline', comparison.meta.baselineName],
    ['Alternative', comparison.meta.alternativeName],
    ['Alternative scenario id', run.alternative?.scenarioId ?? '(sent inline)'],
    ['Alternative scenario version', run.alternative?.scenarioVersion],
    ['Method', 'both scenarios run on the same seed and trials (common random numbers); differences are trial by trial'],
    ['Not compared (in one scenario only)', comparison.unmatched.join(', ') || 'none'],
  ]);
  addTable(
    summary,
    ['System', 'Entity', 'Year', 'P(meets) baseline', 'P(meets) alternative', 'Change'],
    comparison.probabilities.map((row) => [
      layout.systems.find((system) => system.id === layout.systemOf.get(row.entityId))?.name,
      entityNames.get(row.entityId) ?? row.entityId,
      yearLabels.get(row.year),
      row.baselineMeets,
      row.alternativeMeets,
      row.alternativeMeets - row.baselineMeets,
    ]),
    formatsOf(3, ['probabilityMeetsAfterRiskShare', 'probabilityMeetsAfterRiskShare', 'probabilityMeetsAfterRiskShare']),
  );
  for (const system of layout.systems) {
    const sheet = workbook.addWorksheet(names.take(system.name));
    addHeading(sheet, `${system.name}: alternative − baseline, trial by trial (money in £m; bed metrics in their own units)`);
    addTable(
      sheet,
      ['Entity', 'Year', 'Metric', 'Baseline mean', 'Alternative mean', 'Difference mean', 'Difference sd', 'Difference P5', 'Difference P50', 'Difference P95', 'P(alternative higher)'],
      [...comparison.rows, ...(comparison.bedRows ?? []), ...systemTotalRows(comparison)]
        .filter((row) => layout.systemOf.get(row.entityId) === system.id || row.entityId === system.id)
        .map((row) => [
          row.entityName,
          row.yearLabel,
          row.metric,
          row.baseline.mean,
          row.alternative.mean,
          row.difference.mean,
          row.difference.sd,
          row.difference.p5,
          row.difference.p50,
          row.difference.p95,
          row.probabilityAlternativeHigher,
        ]),
      (row) => ({ ...sameFormat(3, 7, String(row[2])), ...formatsOf(10, ['probabilityAlternativeHigher']) }),
    );
    addWaitingListDifferences(
      sheet,
      (comparison.waitingListRows ?? []).filter((row) => layout.systemOf.get(row.entityId) === system.id),
    );
  }
  addAssumptions(workbook.addWorksheet(assumptionsName), [
    { role: 'baseline', assumptions: assumptions.baseline },
    { role: 'alternative', assumptions: assumptions.alternative },
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = await newExcelWorkbook();
  workbook.creator = 'ICS money and beds';
  workbook.created = new Date();
  return workbook;
}

/** How a system's trusts added up are named in a table's entity column. */
function allTrusts(systemName: string): string {
  return `${systemName}: all trusts`;
}

/** A comparison's system bed totals as rows of the entity-keyed tables (entity = the system, named for its trusts added up). */
function systemTotalRows(comparison: Comparison) {
  return (comparison.systemBedRows ?? []).map((row) => ({ ...row, entityId: row.systemId, entityName: allTrusts(row.systemName) }));
}

function addProvenance(sheet: ExcelJS.Worksheet, run: RunView, extra: readonly (readonly [string, Cell])[]): void {
  addHeading(sheet, run.kind === 'compare' ? 'ICS money and beds: comparison' : 'ICS money and beds: run results');
  const rows: [string, Cell][] = [
    ['Run id', run.id],
    ['Scenario id', run.scenarioId ?? '(sent inline; the document is stored with the run)'],
    ['Scenario version', run.scenarioVersion],
    ['Seed', run.seed],
    ['Trials', run.trials],
    ['Engine version', run.engineVersion],
    ['Scenario schema version', run.schemaVersion],
    ['Started', run.startedAt],
    ['Finished', run.finishedAt],
    // Only on a server with sign-in on: who started it.
    ...(run.startedBy ? [['Started by', run.startedBy] as [string, Cell]] : []),
    ...extra.map(([label, value]) => [label, value] as [string, Cell]),
    ['To reproduce', 'run the same scenario version with the same seed and trials on the same engine version'],
  ];
  for (const [label, value] of rows) sheet.addRow([label, exportCell(value) ?? '']).getCell(1).font = { bold: true };
  sheet.getColumn(1).width = Math.max(sheet.getColumn(1).width ?? 0, 28);
  sheet.addRow([]);
}

/**
 * A header row and data rows. `formats` maps a 0-based column to an Excel
 * number format, for every row or (where rows mix units) for each row; a
 * column without one shows in Excel's General format. Numbers are rounded
 * (see {@link exportCell}) except in `exactColumns`.
 */
/** Runs of several systems: the nation year by year, the contingency, and the systems ranked by their chance of missing. */
function addNationalSheet(sheet: ExcelJS.Worksheet, results: RunResults): void {
  const national = results.national as NonNullable<RunResults['national']>;
  addHeading(sheet, `All ${national.systemCount} systems together, across ${results.meta.trials} trials (money in £m)`);
  addTable(
    sheet,
    [
      'Year',
      'Systems missing: mean',
      'P5',
      'Median',
      'P95',
      'National outturn: mean',
      'P5',
      'Median',
      'P95',
      'P(systems together meet the sum of control totals)',
      'Contingency covering every system: 50%',
      '90%',
      '95%',
      'Contingency covering the national total: 50%',
      '90%',
      '95%',
      `Systems running hot (a trust above ${national.hotOccupancy * 100}% on more than ${national.hotDays} days): mean`,
    ],
    national.years.map((year) => [
      year.yearLabel,
      year.systemsMissing.statistics.mean,
      year.systemsMissing.statistics.p5,
      year.systemsMissing.statistics.p50,
      year.systemsMissing.statistics.p95,
      year.outturn.mean,
      year.outturn.p5,
      year.outturn.p50,
      year.outturn.p95,
      year.probabilityNationalTotalMet,
      year.contingency.gross.p50,
      year.contingency.gross.p90,
      year.contingency.gross.p95,
      year.contingency.net.p50,
      year.contingency.net.p90,
      year.contingency.net.p95,
      year.systemsRunningHot.statistics.mean,
    ]),
    { 1: COUNT, 2: COUNT, 3: COUNT, 4: COUNT, 5: MONEY, 6: MONEY, 7: MONEY, 8: MONEY, 9: PROBABILITY, 10: MONEY, 11: MONEY, 12: MONEY, 13: MONEY, 14: MONEY, 15: MONEY, 16: COUNT },
  );
  sheet.addRow([]);
  addHeading(sheet, 'Share of trials in which exactly this many systems miss their control totals');
  addTable(
    sheet,
    ['Systems missing', ...national.years.map((year) => year.yearLabel)],
    Array.from({ length: national.systemCount + 1 }, (_, count) => [count, ...national.years.map((year) => year.systemsMissing.distribution[count])]),
    Object.fromEntries(national.years.map((_, index) => [index + 1, PROBABILITY])),
  );
  sheet.addRow([]);
  addHeading(sheet, 'Systems ranked by their chance of missing the control total, each year');
  addTable(
    sheet,
    ['Year', 'Rank', 'System', 'P(misses)', 'Mean variance vs control total', `P(running hot)`],
    national.ranking.map((row) => [results.meta.yearLabels[row.year], row.rank, row.name, row.probabilityMissing, row.meanVariance, row.probabilityRunningHot]),
    { 3: PROBABILITY, 4: MONEY, 5: PROBABILITY },
  );
}

/** The national tables' formats: their figures (counts of systems, £m, chances) are not per-entity metrics of a catalogue, so by kind. */
const COUNT = EXCEL_NUMBER_FORMATS.count;
const MONEY = EXCEL_NUMBER_FORMATS.money;
const PROBABILITY = EXCEL_NUMBER_FORMATS.percent;

function addAssumptions(sheet: ExcelJS.Worksheet, groups: readonly { role: string | undefined; assumptions: readonly Assumption[] }[]): void {
  const withRole = groups.some((group) => group.role !== undefined);
  addHeading(sheet, 'Every numeric input and its distribution (money in £m, rates as fractions)');
  addTable(
    sheet,
    [...(withRole ? ['Scenario'] : []), 'Input (path in the scenario)', 'Kind', 'As written', 'Distribution', 'Drawn each year', 'Mean', 'SD', 'P5', 'P95'],
    groups.flatMap(({ role, assumptions }) =>
      // A constant as written is a number: stored as one (not as text, which Excel flags), exactly as written.
      assumptions.map((row) => [
        ...(withRole ? [role] : []),
        row.path,
        row.kind,
        row.kind === 'constant' ? row.mean : row.specification,
        row.distribution,
        row.perYear,
        row.mean,
        row.sd,
        row.p5,
        row.p95,
      ]),
    ),
    {},
    new Set([withRole ? 3 : 2]),
  );
  sheet.getColumn(withRole ? 2 : 1).width = 60;
  sheet.getColumn(withRole ? 4 : 3).width = 40;
}

/** `{a: {b: 1}, c: [1, 2]}` → `{'a.b': 1, c: '[1,2]'}`, for generic sheets. */
function flatten(value: unknown, prefix = '', into: Record<string, Cell> = {}): Record<string, Cell> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (Array.isArray(value)) {
    into[prefix || 'value'] = JSON.stringify(value);
  } else {
    into[prefix || 'value'] = value as Cell;
  }
  return into;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique ignoring case. */
class SheetNames {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    const base =
      wanted
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim()
        .slice(0, 31) || 'Sheet';
    let name = base;
    for (let index = 2; this.used.has(name.toLowerCase()); index++) name = `${base.slice(0, 31 - String(index).length - 1)} ${index}`;
    this.used.add(name.toLowerCase());
    return name;
  }
}

/** A comparison's elective waiting lists in one system: each figure per trust and year, both sides' means and the trial-by-trial difference, labelled and in units from the catalogue. */
function addWaitingListDifferences(sheet: ExcelJS.Worksheet, rows: NonNullable<Comparison['waitingListRows']>): void {
  if (rows.length === 0) return;
  sheet.addRow([]);
  addHeading(sheet, 'Waiting lists: alternative − baseline, trial by trial');
  addTable(
    sheet,
    [
      'Acute trust',
      'Year',
      'Metric',
      'Figure',
      'Unit',
      'Baseline mean',
      'Alternative mean',
      'Difference mean',
      'Difference sd',
      'Difference P5',
      'Difference P50',
      'Difference P95',
      'P(alternative higher)',
      'P(alternative lower)',
    ],
    rows.map((row) => [
      row.entityName,
      row.yearLabel,
      row.metric,
      metricInfo(row.metric).label,
      metricInfo(row.metric).unit,
      row.baseline.mean,
      row.alternative.mean,
      row.difference.mean,
      row.difference.sd,
      row.difference.p5,
      row.difference.p50,
      row.difference.p95,
      row.probabilityAlternativeHigher,
      row.probabilityAlternativeLower,
    ]),
    (row) => ({ ...sameFormat(5, 7, String(row[2])), ...formatsOf(12, ['probabilityAlternativeHigher', 'probabilityAlternativeLower']) }),
  );
}

/** A system's elective waiting lists: every statistic per trust and year, then each list month by month (its size across trials and the central case's months). */
function addWaitingListTables(sheet: ExcelJS.Worksheet, results: RunResults, inSystem: (entityId: string) => boolean, nameOf: (entityId: string) => string): void {
  const years = (results.waitingLists ?? []).filter((row) => inSystem(row.entityId));
  if (years.length === 0) return;
  sheet.addRow([]);
  addHeading(sheet, 'Waiting lists: every statistic across trials (the list balances: start + referrals added − operations done − removed = end)');
  addTable(
    sheet,
    ['Acute trust', 'Year', 'Metric', 'Unit', ...STATISTICS, 'central case'],
    years.flatMap((row) => {
      const central = row.central as unknown as Record<string, number>;
      return Object.entries(row.metrics as unknown as Record<string, Record<string, number>>).map(([metric, statistics]) => [
        nameOf(row.entityId),
        row.yearLabel,
        metric,
        metricInfo(metric).unit,
        ...STATISTICS.map((statistic) => statistics[statistic]),
        central[metric],
      ]);
    }),
    (row) => sameFormat(4, STATISTICS.length + 1, String(row[2])),
  );
  const months = (results.waitingListMonths ?? []).filter((row) => inSystem(row.entityId));
  sheet.addRow([]);
  addHeading(sheet, "Waiting lists month by month: patients waiting at each month's end across trials, and the central case");
  const quantiles = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const;
  const central = ['endSize', 'over18Weeks', 'over52Weeks', 'medianWeeks', 'added', 'treated', 'removed', 'cancelled', 'rebooked'] as const;
  addTable(
    sheet,
    ['Acute trust', 'Month', ...quantiles.map((q) => `list ${q.toUpperCase()}`), ...central.map((field) => `central ${field}`)],
    months.flatMap((list) =>
      results.meta.monthLabels.map((monthLabel, month) => [nameOf(list.entityId), monthLabel, ...quantiles.map((q) => list.listSize[q][month]), ...central.map((field) => list.central[field][month])]),
    ),
    Object.fromEntries(Array.from({ length: quantiles.length + central.length }, (_, index) => [index + 2, EXCEL_NUMBER_FORMATS.count])),
  );
}
