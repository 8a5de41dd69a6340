// The real-place generator: a valid scenario for any ICB and for England,
// scenarios/england.yaml as it regenerates, money that adds up to each
// allocation, and beds calibrated to August 2025's occupancy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenarioText, runScenario, validateScenario, type Scenario } from '../../../engine/index.ts';
import { generatePlaceScenario, trustDisplayName, UnknownIcbError } from '../../../api/scenarios/real-places/generate-scenario.ts';
import { loadReferenceData } from '../../../api/scenarios/real-places/load-reference-data.ts';
import { calibrationSeed } from '../../../api/scenarios/real-places/calibrate-beds.ts';

const reference = loadReferenceData();
const ENGLAND_FILE = join(import.meta.dirname, '../../../scenarios/england.yaml');
const englandText = readFileSync(ENGLAND_FILE, 'utf8');

function parse(text: string): Scenario {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  const validation = validateScenario(parsed.document);
  expect(validation.ok ? [] : validation.issues.map(formatIssue)).toEqual([]);
  return parsed.document as Scenario;
}

const england = parse(englandText);

describe('generatePlaceScenario for one ICB', () => {
  const dorset = parse(generatePlaceScenario(reference, { icb: 'E54000041' }));

  it('writes the ICB as one system with its allocation, population and acute trusts', () => {
    expect(dorset.systems).toHaveLength(1);
    const [system] = dorset.systems;
    expect(system.population).toBe(824_079);
    expect(system.allocation.baseline).toBe(1722.7);
    const acute = system.organisations.filter((organisation) => organisation.kind === 'acute');
    expect(acute.map((trust) => [trust.id, trust.beds?.coreBeds])).toEqual([
      ['R0D', 1067],
      ['RBD', 320],
    ]);
    expect(system.organisations.map((organisation) => organisation.kind)).toEqual(['icb', 'acute', 'acute', 'mentalHealth', 'community', 'localAuthority']);
    expect(dorset.horizon).toEqual({ firstYear: 2025, years: 5 });
  });

  it("spends exactly the allocation: the ICB's commissioning plus the contracts it pays", () => {
    const [system] = dorset.systems;
    const contracts = system.organisations.reduce((sum, organisation) => sum + Math.round(((organisation.income?.contract?.baseline as number | undefined) ?? 0) * 10), 0);
    const icb = system.organisations.find((organisation) => organisation.kind === 'icb');
    expect(contracts + Math.round((icb?.costs?.commissioning?.baseline as number) * 10)).toBe(17_227);
    // The acute trusts share 48% of the allocation by beds: 826.9 × 1,067 / 1,387 = 636.1.
    const acuteIncome = system.organisations.filter((organisation) => organisation.kind === 'acute').map((trust) => trust.income?.contract?.baseline);
    expect(acuteIncome).toEqual([636.1, 190.8]);
  });

  it('balances every provider in the baseline year: pay + non-pay = income', () => {
    for (const organisation of dorset.systems[0].organisations.filter((organisation) => organisation.kind !== 'icb')) {
      const income = ((organisation.income?.contract?.baseline as number) ?? 0) + ((organisation.income?.other?.baseline as number | undefined) ?? 0);
      const costs = (organisation.costs?.pay?.baseline as number) + (organisation.costs?.nonPay?.baseline as number);
      expect(Math.round(costs * 10), organisation.id).toBe(Math.round(income * 10));
    }
  });

  it('refuses an ICB code that is not in the reference data', () => {
    expect(() => generatePlaceScenario(reference, { icb: 'E54999999' })).toThrow(UnknownIcbError);
    expect(() => generatePlaceScenario(reference, { icb: 'E54999999' })).toThrow('no ICB with code E54999999');
  });

  it("writes trusts' names as people do", () => {
    expect(trustDisplayName("KING'S COLLEGE HOSPITAL NHS FOUNDATION TRUST")).toBe("King's College Hospital NHS Foundation Trust");
    expect(trustDisplayName('THE NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST')).toBe('The Newcastle Upon Tyne Hospitals NHS Foundation Trust');
  });
});

describe('scenarios/england.yaml', () => {
  it('is exactly what the generator writes today (regenerate with npm run scenario -- --england > scenarios/england.yaml)', () => {
    expect(generatePlaceScenario(reference, { england: true })).toBe(englandText);
  }, 180_000);

  it('holds the 42 systems, their 134 acute trusts and every bed of the reference data', () => {
    expect(england.systems).toHaveLength(42);
    const trusts = england.systems.flatMap((system) => system.organisations.filter((organisation) => organisation.kind === 'acute'));
    expect(trusts).toHaveLength(134);
    expect(trusts.reduce((sum, trust) => sum + (trust.beds?.coreBeds ?? 0), 0)).toBe(100_398);
    expect(england.systems.reduce((sum, system) => sum + Math.round((system.allocation.baseline as number) * 10), 0)).toBe(1_243_787);
    expect(england.systems.reduce((sum, system) => sum + (system.population ?? 0), 0)).toBe(62_154_634);
  });

  it("says how every trust's demand was set, with its own calibration seed", () => {
    for (const trust of reference.trusts) expect(englandText).toContain(`seed ${calibrationSeed(trust.code)}),`);
    expect(englandText.match(/Little's law: /g)).toHaveLength(134);
  });
});

describe("each trust's occupancy against August 2025", () => {
  // 2025/26 only, over 8 trials (each trust's patients come from their own
  // stream, so one year is what the calibration aimed at).
  const firstYear = structuredClone(england);
  firstYear.horizon = { ...firstYear.horizon, years: 1 };
  const trials = 8;
  const beds = runScenario(firstYear, { trials, seed: 20_251_201 }).results.beds;
  const august = new Map(reference.trusts.map((trust) => [trust.code, trust.bedsOccupied / trust.bedsAvailable]));

  it.each(beds.map((row) => [row.entityId, row] as const))('%s: the mean over trials is within 2 points (plus 2 standard errors)', (code, row) => {
    const target = august.get(code) as number;
    const standardError = row.metrics.occupancy.sd / Math.sqrt(trials);
    expect(Math.abs(row.metrics.occupancy.mean - target)).toBeLessThanOrEqual(0.02 + 2 * standardError);
  });

  it.each(beds.map((row) => [row.entityId, row] as const))("%s: the central case is within 2 points, plus one simulated year's noise (2.5 sd)", (code, row) => {
    const target = august.get(code) as number;
    expect(Math.abs(row.central.occupancy - target)).toBeLessThanOrEqual(0.02 + 2.5 * row.metrics.occupancy.sd);
  });

  it('calibrates England as a whole: beds occupied over all trusts within half a point of 91.6%', () => {
    const occupied = beds.reduce((sum, row) => sum + row.metrics.occupancy.mean * row.metrics.coreBeds.mean, 0);
    expect(Math.abs(occupied / 100_398 - 91_936 / 100_398)).toBeLessThan(0.005);
  });
}, 180_000);
