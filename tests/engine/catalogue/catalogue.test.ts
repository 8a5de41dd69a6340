import { PLACE_METRIC_CATALOGUE } from '../../../engine/model/places/place-metrics.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excelFormatOf, METRIC_CATALOGUE, metricInfo } from '../../../engine/catalogue/index.ts';
import { BED_METRIC_CATALOGUE, BED_METRICS, HEADLINE_BED_METRICS } from '../../../engine/model/beds/bed-metrics.ts';
import { FIRST_EXPENDITURE_LINE, LEDGER_LINE_CATALOGUE, LEDGER_LINES } from '../../../engine/model/ledger-lines.ts';
import { FINANCE_METRIC_CATALOGUE, INDICATOR_METRICS, MONEY_METRICS } from '../../../engine/model/metrics.ts';
import { REPORTED_FIGURE_CATALOGUE } from '../../../engine/results/reported-figures.ts';
import { CARE_METRIC_CATALOGUE } from '../../../engine/model/care/care-metrics.ts';
import { POOL_METRIC_CATALOGUE, POOL_PARTNER_METRIC_CATALOGUE } from '../../../engine/model/care/pool-metrics.ts';
import { WAITING_LIST_METRIC_CATALOGUE } from '../../../engine/model/beds/waiting-list-metrics.ts';
import { runScenario } from '../../../engine/run-scenario.ts';
import { parseScenarioText } from '../../../engine/scenario/parse-scenario-text.ts';

const preset = (file: string) => {
  const text = parseScenarioText(readFileSync(join(import.meta.dirname, '../../../scenarios', file), 'utf8'));
  if (!text.ok) throw new Error(`${file} does not parse`);
  return text.document;
};

/**
 * Every numeric field of an object, and the metric names `metrics` and
 * `central` hold. Not into statistics (mean, P5 ...), histograms (start,
 * width, counts) or the daily occupancy quantiles, whose fields are
 * statistics of a catalogued figure rather than figures.
 */
function numericFields(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return into;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'number') into.add(key);
    else if (key === 'metrics' || key === 'central') Object.keys(child as object).forEach((name) => into.add(name));
    else if (child && typeof child === 'object' && !Array.isArray(child) && !('mean' in child) && !('counts' in child) && key !== 'dailyOccupancyQuantiles') numericFields(child, into);
  }
  return into;
}

describe('the metric catalogues', () => {
  const catalogues = [
    FINANCE_METRIC_CATALOGUE,
    BED_METRIC_CATALOGUE,
    LEDGER_LINE_CATALOGUE,
    REPORTED_FIGURE_CATALOGUE,
    CARE_METRIC_CATALOGUE,
    POOL_METRIC_CATALOGUE,
    POOL_PARTNER_METRIC_CATALOGUE,
    WAITING_LIST_METRIC_CATALOGUE,
    PLACE_METRIC_CATALOGUE,
  ];

  it('name every figure once across all of them', () => {
    const names = catalogues.flatMap((entries) => Object.keys(entries));
    expect(names.length).toBe(new Set(names).size);
    expect(Object.keys(METRIC_CATALOGUE).length).toBe(names.length);
  });

  it('give every figure its kind’s unit and number format unless it declares its own', () => {
    expect(metricInfo('outturn')).toMatchObject({ kind: 'money', unit: '£m', format: 'money' });
    expect(metricInfo('patientsNotAdmitted')).toMatchObject({ kind: 'patients', unit: 'patients', format: 'count' });
    expect(metricInfo('occupancy')).toMatchObject({ kind: 'share', unit: 'share of core beds', format: 'percent' });
    expect(metricInfo('fourHourPointsLost')).toMatchObject({ kind: 'share', unit: 'share of A&E patients', format: 'points' });
    expect(excelFormatOf('probabilityMeetsAfterRiskShare')).toBe('0.0%');
    expect(excelFormatOf('delayedBedDays')).toBe('#,##0.0');
  });

  it('refuse a name none of them declares, saying where to declare it', () => {
    expect(() => metricInfo('bedsOnFire')).toThrow(/not in any catalogue/);
    expect(() => metricInfo('toString')).toThrow(/not in any catalogue/);
  });

  it('split the finance metrics into money and 0/1 indicators', () => {
    expect([...INDICATOR_METRICS]).toEqual(['meetsBeforeRiskShare', 'meetsAfterRiskShare', 'systemMetWhileOrganisationMissed']);
    expect(MONEY_METRICS.length + INDICATOR_METRICS.size).toBe(Object.keys(FINANCE_METRIC_CATALOGUE).length);
  });

  it('list every income line before the first expenditure line, as ledger arrays need', () => {
    LEDGER_LINES.forEach((line, index) => expect([line, LEDGER_LINE_CATALOGUE[line].side]).toEqual([line, index < FIRST_EXPENDITURE_LINE ? 'income' : 'expenditure']));
  });

  it('keep the headline bed figures in column order', () => {
    expect(HEADLINE_BED_METRICS).toEqual(BED_METRICS.filter((metric) => BED_METRIC_CATALOGUE[metric].headline));
    expect(HEADLINE_BED_METRICS).toContain('fourHourPointsLost');
  });

  it('declare every number the results report', () => {
    const beds = runScenario(preset('bed-cuts.yaml'), { trials: 4, seed: 3 }).results;
    const shares = runScenario(preset('system-control-total.yaml'), { trials: 4, seed: 3 }).results;
    const care = runScenario(preset('care-boundary.yaml'), { trials: 4, seed: 3 }).results;
    const rows = [
      ...beds.table,
      ...beds.beds,
      ...beds.places,
      ...beds.centralStatements.map((statement) => statement.lines),
      ...beds.alternatives.flatMap((alternative) => [...alternative.comparison.rows, ...alternative.comparison.bedRows]),
      ...shares.riskShareComparison.flatMap((comparison) => comparison.rules.flatMap((rule) => rule.rows)),
      ...shares.sensitivity.flatMap((system) => system.entries),
      ...shares.incentiveFunds,
      ...(care.careServices ?? []),
      ...(care.pooledBudgets ?? []),
      ...(care.pooledBudgets ?? []).flatMap((pool) => pool.partners),
      ...care.centralStatements.map((statement) => statement.lines),
    ];
    expect(care.careServices?.length).toBeGreaterThan(0);
    expect(beds.beds.length).toBeGreaterThan(0);
    expect(shares.incentiveFunds.length).toBeGreaterThan(0);
    const fields = new Set(rows.flatMap((row) => [...numericFields(row)]));
    for (const row of [...beds.alternatives[0].comparison.rows, ...beds.alternatives[0].comparison.bedRows]) fields.add(row.metric);
    // Positions, not figures: which year, which bin.
    for (const position of ['year']) fields.delete(position);
    expect([...fields].filter((name) => !Object.hasOwn(METRIC_CATALOGUE, name))).toEqual([]);
  }, 60_000);
});
