// The results CSV in long format: the scenario as run, every risk-share rule
// compared and every alternative, each row saying which it belongs to.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseScenarioText, runScenario, type RunResults, type Scenario } from '../../../engine/index.ts';
import { comparisonToCsv } from '../../../api/export/comparison-csv.ts';
import { resultsToCsv } from '../../../api/export/results-csv.ts';
import { roundForCsv } from '../../../api/export/units.ts';

const preset = (stem: string) => (parseScenarioText(readFileSync(`scenarios/${stem}.yaml`, 'utf8')) as { document: Scenario }).document;

/** One CSV line's cells (RFC 4180: quoted cells may hold commas and doubled quotes). */
function cells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((match) => (match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]));
}

/** The CSV's rows as records keyed by the header. */
function records(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.replace('\uFEFF', '').split('\r\n').filter(Boolean);
  const columns = cells(header);
  return lines.map((line) => Object.fromEntries(cells(line).map((cell, index) => [columns[index], cell])));
}

let rules: RunResults;
let bedCuts: RunResults;

beforeAll(() => {
  rules = runScenario(preset('system-control-total'), { trials: 40, seed: 3 }).results;
  bedCuts = runScenario(preset('bed-cuts'), { trials: 8, seed: 1 }).results;
});

// The checks of values against the results compare with roundForCsv(value): they asserted full
// precision, which wrote float noise such as 1359.5999999999997; the CSV now rounds to 6 decimals.
describe('resultsToCsv', () => {
  test('names in every row which results it holds: the scenario, a risk-share rule or an alternative', () => {
    const csv = resultsToCsv(rules);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFscenario,engine_version,seed,trials,variant_kind,variant,entity_id,entity_name,entity_kind,system_id,year,metric,statistic,value,unit');
    const rows = records(csv);
    expect(new Set(rows.map((row) => row.variant_kind))).toEqual(new Set(['scenario', 'riskShareRule']));
    expect(rows.filter((row) => row.variant_kind === 'scenario').every((row) => row.variant === '')).toBe(true);
  });

  test("has one row per risk-share rule, organisation, year, metric and statistic, with the rule's own numbers", () => {
    const rows = records(resultsToCsv(rules)).filter((row) => row.variant_kind === 'riskShareRule');
    const [comparison] = rules.riskShareComparison;
    expect([...new Set(rows.map((row) => row.variant))]).toEqual(comparison.rules.map((rule) => rule.label));
    for (const rule of comparison.rules) {
      for (const ruleRow of rule.rows) {
        const cell = (metric: string, statistic: string) =>
          rows.filter(
            (row) => row.variant === rule.label && row.entity_id === ruleRow.entityId && row.year === rules.meta.yearLabels[ruleRow.year] && row.metric === metric && row.statistic === statistic,
          );
        expect(cell('meetsControlTotal', 'probabilityAfterRiskShare').map((row) => Number(row.value))).toEqual([roundForCsv(ruleRow.probabilityMeetsAfterRiskShare)]);
        expect(cell('postShareVariance', 'p5').map((row) => Number(row.value))).toEqual([roundForCsv(ruleRow.postShareVariance.p5)]);
        expect(cell('postShareVariance', 'expectedShortfall5').map((row) => Number(row.value))).toEqual([roundForCsv(ruleRow.expectedShortfall5)]);
        expect(cell('incentive', 'mean').map((row) => Number(row.value))).toEqual([roundForCsv(ruleRow.incentiveMean)]);
      }
    }
    // Each rule row names its organisation and system as the scenario's rows do.
    const scenarioRow = records(resultsToCsv(rules)).find((row) => row.variant_kind === 'scenario' && row.entity_id === rows[0].entity_id)!;
    expect([rows[0].entity_name, rows[0].entity_kind, rows[0].system_id]).toEqual([scenarioRow.entity_name, scenarioRow.entity_kind, scenarioRow.system_id]);
  });

  test("has each alternative's own figures and its difference from the scenario, money and beds", () => {
    const rows = records(resultsToCsv(bedCuts));
    const [keepBeds] = bedCuts.alternatives;
    expect(keepBeds.name).toBe('Keep the beds');
    const ofAlternative = rows.filter((row) => row.variant === 'Keep the beds');
    expect(new Set(ofAlternative.map((row) => row.variant_kind))).toEqual(new Set(['alternative', 'alternativeMinusScenario']));

    const money = keepBeds.comparison.rows.find((row) => row.metric === 'postShareVariance')!;
    const find = (kind: string, metric: string, statistic: string, entityId: string) =>
      ofAlternative.filter((row) => row.variant_kind === kind && row.metric === metric && row.statistic === statistic && row.entity_id === entityId && row.year === money.yearLabel);
    expect(find('alternative', 'postShareVariance', 'mean', money.entityId).map((row) => Number(row.value))).toEqual([roundForCsv(money.alternative.mean)]);
    expect(find('alternativeMinusScenario', 'postShareVariance', 'p95', money.entityId).map((row) => Number(row.value))).toEqual([roundForCsv(money.difference.p95)]);
    expect(find('alternativeMinusScenario', 'postShareVariance', 'probabilityAlternativeHigher', money.entityId).map((row) => Number(row.value))).toEqual([
      roundForCsv(money.probabilityAlternativeHigher),
    ]);
    expect(find('alternativeMinusScenario', 'postShareVariance', 'probabilityAlternativeLower', money.entityId).map((row) => Number(row.value))).toEqual([
      roundForCsv(money.probabilityAlternativeLower),
    ]);
    const meets = keepBeds.comparison.probabilities.find((item) => item.entityId === money.entityId && item.year === money.year)!;
    expect(find('alternative', 'meetsControlTotal', 'probabilityAfterRiskShare', money.entityId).map((row) => Number(row.value))).toEqual([roundForCsv(meets.alternativeMeets)]);

    const beds = keepBeds.comparison.bedRows.find((row) => row.metric === 'patientsNotAdmitted')!;
    const bedCells = ofAlternative.filter((row) => row.metric === 'beds.patientsNotAdmitted' && row.entity_id === beds.entityId && row.year === beds.yearLabel && row.statistic === 'mean');
    expect(bedCells.map((row) => [row.variant_kind, Number(row.value), row.unit])).toEqual([
      ['alternative', roundForCsv(beds.alternative.mean), 'patients'],
      ['alternativeMinusScenario', roundForCsv(beds.difference.mean), 'patients'],
    ]);
    // Every alternative is there; the scenario's own rows are unchanged by them.
    expect(new Set(rows.filter((row) => row.variant_kind.startsWith('alternative')).map((row) => row.variant))).toEqual(new Set(bedCuts.alternatives.map((item) => item.name)));
    const scenarioOnly = records(resultsToCsv({ ...bedCuts, alternatives: [] }));
    expect(rows.filter((row) => row.variant_kind === 'scenario')).toEqual(scenarioOnly.filter((row) => row.variant_kind === 'scenario'));
  });
});

describe('rounding in the results CSVs', () => {
  test("has each system's trusts added up, under the system's id, in the scenario and against each alternative", () => {
    const rows = records(resultsToCsv(bedCuts));
    const total = bedCuts.systemBeds!.find((row) => row.year === 0)!;
    const cell = (kind: string, statistic: string) =>
      rows.filter((row) => row.variant_kind === kind && row.entity_id === 'nw-london' && row.metric === 'beds.patientsWhoWaited' && row.year === total.yearLabel && row.statistic === statistic);
    expect(cell('scenario', 'p95').map((row) => [Number(row.value), row.unit, row.entity_kind])).toEqual([[roundForCsv(total.metrics.patientsWhoWaited!.p95), 'patients', 'system']]);
    const keep = bedCuts.alternatives[0].comparison.systemBedRows!.find((row) => row.year === 0 && row.metric === 'patientsWhoWaited')!;
    expect(cell('alternativeMinusScenario', 'mean').map((row) => [row.variant, Number(row.value)])).toEqual(
      bedCuts.alternatives.map((alternative) => [
        alternative.name,
        roundForCsv(alternative.comparison.systemBedRows!.find((row) => row.year === 0 && row.metric === 'patientsWhoWaited')!.difference.mean),
      ]),
    );
    expect(keep.difference.mean).toBeLessThan(0);
    // Figures that do not add across trusts have no system total.
    expect(rows.some((row) => row.entity_id === 'nw-london' && row.metric === 'beds.occupancy')).toBe(false);
  });

  test('roundForCsv rounds £m to £1 (6 decimals) and drops float noise', () => {
    expect(roundForCsv(1359.5999999999997)).toBe(1359.6);
    expect(roundForCsv(-3.430020653391582)).toBe(-3.430021);
    expect(roundForCsv(0.1 + 0.2)).toBe(0.3);
    expect(roundForCsv(-0.0000001)).toBe(0);
    expect(Object.is(roundForCsv(-0.0000001), -0)).toBe(false);
    expect(roundForCsv(2400)).toBe(2400);
    expect(roundForCsv(Number.NaN)).toBeNaN();
  });

  test('every value of the results and comparison CSVs has at most 6 decimals, and matches the JSON rounded', () => {
    const csv = resultsToCsv(bedCuts);
    const rows = records(csv);
    const decimals = (text: string) => (text.includes('e') ? Number.POSITIVE_INFINITY : (text.split('.')[1] ?? '').length);
    expect(rows.filter((row) => row.value !== '' && decimals(row.value) > 6)).toEqual([]);
    const [first] = bedCuts.table;
    const income = rows.find((row) => row.variant_kind === 'scenario' && row.entity_id === first.entityId && row.year === first.yearLabel && row.metric === 'income' && row.statistic === 'mean')!;
    expect(Number(income.value)).toBe(roundForCsv(first.metrics.income.mean));
    expect(Math.abs(Number(income.value) - first.metrics.income.mean)).toBeLessThanOrEqual(5e-7);
    // The results themselves keep full precision.
    expect(JSON.parse(JSON.stringify(bedCuts)).table[0].metrics.income.mean).toBe(first.metrics.income.mean);

    const comparisonRows = records(comparisonToCsv(bedCuts.alternatives[0].comparison));
    expect(comparisonRows.length).toBeGreaterThan(10);
    expect(comparisonRows.filter((row) => row.value !== '' && decimals(row.value) > 6)).toEqual([]);
  });
});
