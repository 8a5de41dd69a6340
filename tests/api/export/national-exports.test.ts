// A run of several systems carries its national tables into the CSV and the
// workbook: Cornwall and Somerset, generated from the reference data, one year.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, parseScenarioText, runScenario, type Scenario } from '../../../engine/index.ts';
import { resultsToCsv } from '../../../api/export/results-csv.ts';
import { runWorkbook } from '../../../api/export/results-xlsx.ts';
import { generatePlaceScenario } from '../../../api/scenarios/real-places/generate-scenario.ts';
import { loadReferenceData } from '../../../api/scenarios/real-places/load-reference-data.ts';

const reference = loadReferenceData();
const pair = new Set(['E54000036', 'E54000038']);
const parsed = parseScenarioText(
  generatePlaceScenario({ icbs: reference.icbs.filter((icb) => pair.has(icb.code)), trusts: reference.trusts.filter((trust) => pair.has(trust.icbCode)) }, { england: true }),
);
if (!parsed.ok) throw new Error('the generated pair does not parse');
const document = parsed.document as Scenario;
document.horizon = { firstYear: 2025, years: 1 };
const { results } = runScenario(document, { trials: 40, seed: 3 });
const national = results.national as NonNullable<typeof results.national>;

describe('national tables in the exports', () => {
  it('the CSV has the nation and each system ranked, with the same numbers as the results', () => {
    const lines = resultsToCsv(results).split('\r\n');
    const find = (fragment: string) => lines.filter((line) => line.includes(fragment));
    expect(find(',national,All systems,nation,,2025/26,national.systemsMissing,mean,')).toEqual([expect.stringMatching(new RegExp(`,${national.years[0].systemsMissing.statistics.mean},systems$`))]);
    expect(find('national.systemsMissing,share_of_trials_with_')).toHaveLength(3);
    expect(find('national.contingency.gross,p95,')).toHaveLength(1);
    expect(find('national.rank,rank,')).toHaveLength(2);
    const first = national.ranking[0];
    expect(find(`,${first.systemId},`).filter((line) => line.includes('national.rank,rank,'))[0]).toMatch(/,1,rank$/);
  });

  it('the workbook has a National sheet with the years, the count distribution and the ranking', async () => {
    const view = {
      id: 'x',
      kind: 'run' as const,
      status: 'done' as const,
      trials: 40,
      seed: 3,
      scenarioName: results.meta.scenarioName,
      engineVersion: ENGINE_VERSION,
      schemaVersion: 1,
      progress: { done: 40, total: 40 },
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await runWorkbook(view, results, [])) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('National');
    expect(sheet).toBeDefined();
    const text: string[] = [];
    sheet?.eachRow((row) => text.push((row.values as unknown[]).slice(1).map(String).join('|')));
    expect(text.some((line) => line.startsWith(`2025/26|${national.years[0].systemsMissing.statistics.mean}|`))).toBe(true);
    expect(text.filter((line) => /^2025\/26\|[12]\|/.test(line))).toHaveLength(2);
    expect(workbook.worksheets.map((worksheet) => worksheet.name).indexOf('National')).toBe(1);
  });
});

describe('national lines in the CLI table', () => {
  it('gives each year the mean number of systems missing and names the most likely to miss', async () => {
    const { formatSummaryTable } = await import('../../../api/cli/summary-table.ts');
    const text = formatSummaryTable(results);
    expect(text).toContain('All 2 systems together (£m)');
    expect(text).toMatch(new RegExp(`^2025/26 +${national.years[0].systemsMissing.statistics.mean.toFixed(1)} `, 'm'));
    expect(text).toContain(`Most likely to miss in 2025/26: 1. ${national.ranking[0].name}`);
  });
});
