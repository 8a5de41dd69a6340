// The golden snapshot cases: every preset run at a fixed seed and trial count,
// and one comparison, rendered to text the way each output reaches a user
// (results JSON, results CSV, the CLI table, the XLSX workbook's cells, the
// comparison JSON and CSV; a preset too large for that, England, at a few
// trials and as a compact national summary: PRESET_CASES). `npm run snapshots:update` writes them to golden/;
// presets.test.ts recomputes them and must find them identical. A refactor
// keeps every file byte for byte; a model change updates them in a commit
// whose diff says what moved.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { compareScenarios, compileModel, ENGINE_VERSION, parseScenarioText, runScenario, type RunResults, type Scenario } from '../../engine/index.ts';
import { listAssumptions } from '../../api/export/assumptions.ts';
import { comparisonToCsv } from '../../api/export/comparison-csv.ts';
import { resultsToCsv } from '../../api/export/results-csv.ts';
import { comparisonWorkbook, runWorkbook } from '../../api/export/results-xlsx.ts';
import type { RunView } from '../../api/runs/run-view.ts';
import { formatSummaryTable } from '../../api/cli/summary-table.ts';

/** Trials and seed of every snapshot: enough trials to exercise every statistic, few enough to run in seconds. */
export const SNAPSHOT_TRIALS = 200;
export const SNAPSHOT_SEED = 20261201;

/**
 * How a preset is snapshotted. By default: {@link SNAPSHOT_TRIALS} trials and
 * every output (results JSON, CSV, CLI table, workbook). A preset too large
 * for that (England: 42 systems, 134 trusts, 5 years) names fewer trials and
 * the compact national summary only, so the golden stays small and the test
 * quick.
 */
interface PresetCase {
  readonly trials: number;
  readonly outputs: 'all' | 'national';
}
const DEFAULT_CASE: PresetCase = { trials: SNAPSHOT_TRIALS, outputs: 'all' };
export const PRESET_CASES: Readonly<Record<string, PresetCase>> = {
  england: { trials: 2, outputs: 'national' },
};

export const GOLDEN_FOLDER = join(import.meta.dirname, 'golden');
const PRESET_FOLDER = join(import.meta.dirname, '../../scenarios');

/** One snapshot file: its name in golden/ and how to make its text. */
export interface SnapshotFile {
  readonly name: string;
  readonly render: () => Promise<string>;
}

/**
 * Numbers written with 6 significant digits (and -0 as 0), so that a snapshot
 * records what a reader would see and not the last bits of a float.
 */
export function roundForSnapshot(value: unknown): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    const rounded = Number(value.toPrecision(6));
    return Object.is(rounded, -0) ? 0 : rounded;
  }
  if (Array.isArray(value)) return value.map(roundForSnapshot);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, roundForSnapshot(inner)]));
  }
  return value;
}

const json = (value: unknown) => `${JSON.stringify(roundForSnapshot(value), null, 1)}\n`;

const view = (kind: 'run' | 'compare', scenarioName: string, trials = SNAPSHOT_TRIALS): RunView => ({
  id: 'snapshot',
  kind,
  status: 'done',
  trials,
  seed: SNAPSHOT_SEED,
  scenarioName,
  engineVersion: ENGINE_VERSION,
  schemaVersion: 1,
  progress: { done: trials, total: trials },
  createdAt: '2026-01-01T00:00:00.000Z',
});

/** Every cell of every sheet as `Sheet!A1<TAB>value<TAB>number format`, one a line. */
async function workbookText(buffer: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const lines: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = typeof cell.value === 'number' ? String(roundForSnapshot(cell.value)) : JSON.stringify(cell.value);
        lines.push(`${sheet.name}!${cell.address}\t${value}\t${cell.numFmt ?? ''}`);
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

function preset(file: string): Scenario {
  const parsed = parseScenarioText(readFileSync(join(PRESET_FOLDER, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.document as Scenario;
}

/** The presets in scenarios/, by file stem. */
export function presetStems(): string[] {
  return readdirSync(PRESET_FOLDER)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''))
    .sort();
}

/** Memoised so the JSON, CSV, table and workbook of one preset come from one run. */
function memo<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The teaching preset against itself with a weaker CIP climate (Beta(7, 3), mean 0.7): a comparison on common random numbers. */
function teachingComparison() {
  const baseline = preset('teaching.yaml');
  const alternative = structuredClone(baseline);
  alternative.name = `${baseline.name}, weaker CIP delivery`;
  (alternative.drivers as Record<string, unknown>).cipDelivery = { dist: 'beta', alpha: 7, beta: 3 };
  const comparison = compareScenarios(baseline, alternative, { trials: SNAPSHOT_TRIALS, seed: SNAPSHOT_SEED });
  const model = compileModel(baseline);
  const layout = {
    systems: model.systems.map((system) => ({ id: system.id, name: system.name })),
    systemOf: new Map(model.entities.map((entity) => [entity.id, entity.systemId])),
  };
  return { comparison, layout, assumptions: { baseline: listAssumptions(baseline), alternative: listAssumptions(alternative) } };
}

/**
 * A compact summary of a multi-system run: its provenance, the national
 * results, and each system's chance of meeting its control total and
 * outturn per year (the organisations' and trusts' figures are left out).
 */
function nationalSummary(results: RunResults) {
  const systems = new Set(results.entities.filter((entity) => entity.kind === 'system').map((entity) => entity.id));
  return {
    meta: results.meta,
    national: results.national,
    systems: results.table
      .filter((row) => systems.has(row.entityId))
      .map((row) => ({ entityId: row.entityId, year: row.year, probabilityMeets: row.probabilityMeetsAfterRiskShare, outturn: row.metrics.outturn, centralOutturn: row.central.outturn })),
    accountingChecks: results.accountingChecks,
  };
}

/** Every snapshot file, in a fixed order. */
export function snapshotFiles(): SnapshotFile[] {
  const files: SnapshotFile[] = [];
  for (const stem of presetStems()) {
    const document = preset(`${stem}.yaml`);
    const { trials, outputs } = PRESET_CASES[stem] ?? DEFAULT_CASE;
    const results = memo(() => runScenario(document, { trials, seed: SNAPSHOT_SEED }).results);
    if (outputs === 'national') {
      files.push({ name: `${stem}.national.json`, render: async () => json(nationalSummary(results())) });
      continue;
    }
    files.push(
      { name: `${stem}.results.json`, render: async () => json(results()) },
      { name: `${stem}.results.csv`, render: async () => resultsToCsv(results()) },
      { name: `${stem}.summary.txt`, render: async () => `${formatSummaryTable(results())}\n` },
      { name: `${stem}.xlsx.tsv`, render: async () => workbookText(await runWorkbook(view('run', results().meta.scenarioName), results(), listAssumptions(document))) },
    );
  }
  const comparison = memo(teachingComparison);
  files.push(
    { name: 'teaching-comparison.json', render: async () => json(comparison().comparison) },
    { name: 'teaching-comparison.csv', render: async () => comparisonToCsv(comparison().comparison) },
    {
      name: 'teaching-comparison.xlsx.tsv',
      render: async () => {
        const { comparison: compared, layout, assumptions } = comparison();
        return workbookText(await comparisonWorkbook(view('compare', compared.meta.baselineName), compared, layout, assumptions));
      },
    },
  );
  return files;
}
