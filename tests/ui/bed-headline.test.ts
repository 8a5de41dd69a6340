// The campaigner's headline, on a real (small) run of the bed-cuts preset.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { runScenario, type RunResults, type Scenario } from '../../engine/index.ts';
import { parseScenarioText } from '../../engine/scenario/parse-scenario-text.ts';
import { formatMoney } from '../../ui/src/lib/format.ts';
import { bedHeadline, chancesAllNil } from '../../ui/src/results/bed-headline.ts';

const bedCuts = (): Scenario => {
  const text = parseScenarioText(readFileSync(new URL('../../scenarios/bed-cuts.yaml', import.meta.url), 'utf8'));
  if (!text.ok) throw new Error('bed-cuts.yaml does not parse');
  return text.document as Scenario;
};

let results: RunResults;
beforeAll(() => {
  results = runScenario(bedCuts(), { trials: 24, seed: 7 }).results;
});

describe('the bed headline of a system', () => {
  test('leads with the 500 beds closed across the four trusts: 3,173 before, 2,673 open at the end of 2025/26', () => {
    const headline = bedHeadline(results, 'nw-london', 0)!;
    expect(headline.title).toBe('North West London ICS (acute core), 2025/26: the beds and the money');
    expect(headline.figures[0]).toEqual({ value: '500', label: 'core beds closed', detail: '3,173 before, 2,673 open at the end of 2025/26, across its 4 acute trusts' });
  });

  test("gives the system's waits, 12-hour waits and cancellations as means of the trusts added up, with the 90% range", () => {
    const headline = bedHeadline(results, 'nw-london', 0)!;
    const total = results.systemBeds!.find((row) => row.year === 0)!;
    const waited = headline.figures.find((figure) => figure.label === 'emergency patients wait for a bed')!;
    expect(waited.value).toBe(Math.round(total.metrics.patientsWhoWaited!.mean).toLocaleString('en-GB'));
    expect(waited.detail).toContain(
      `90% of trials: ${Math.round(total.metrics.patientsWhoWaited!.p5).toLocaleString('en-GB')} to ${Math.round(total.metrics.patientsWhoWaited!.p95).toLocaleString('en-GB')}`,
    );
    expect(headline.figures.map((figure) => figure.label)).toEqual(['core beds closed', 'emergency patients wait for a bed', '12-hour trolley waits', 'operations cancelled']);
  });

  test('has a sentence for each trust, with its own closure: LNWUH closes 167 of its 1,059 beds', () => {
    const headline = bedHeadline(results, 'nw-london', 0)!;
    expect(headline.trusts).toHaveLength(4);
    expect(headline.trusts[0]).toMatch(
      /^London North West University Healthcare NHS Trust: 167 of 1,059 beds closed; a year on average, over 92% full on [\d,]+ days and over 100% on [\d,]+ days; [\d,]+ 12-hour waits; [\d,]+ operations cancelled\.$/,
    );
  });

  test('says against each alternative how much better or worse off the system is, with the range the right way round, and the extra waits', () => {
    const headline = bedHeadline(results, 'nw-london', 0)!;
    expect(headline.alternatives).toHaveLength(2);
    const keep = results.alternatives[0].comparison.rows.find((row) => row.entityId === 'nw-london' && row.year === 0 && row.metric === 'outturn')!;
    // Keeping the beds costs the system money: the scenario (closing them) is better off by minus the mean difference.
    expect(keep.difference.mean).toBeLessThan(0);
    expect(keep.difference.p5).toBeLessThan(0);
    const gain = formatMoney(-keep.difference.mean);
    expect(headline.alternatives[0]).toContain(
      `Against “Keep the beds” (The out-of-hospital scheme runs as planned, but no beds close), the scenario leaves North West London ICS (acute core) ${gain} better off in 2025/26`,
    );
    expect(headline.alternatives[0]).toContain(`between ${formatMoney(-keep.difference.p95)} better and ${formatMoney(-keep.difference.p5)} better`);
    const waited = results.alternatives[0].comparison.systemBedRows!.find((row) => row.year === 0 && row.metric === 'patientsWhoWaited')!;
    expect(headline.alternatives[0]).toContain(`${Math.round(-waited.difference.mean).toLocaleString('en-GB')} more patients waiting for a bed`);
  });

  test('never says more extra waits against an alternative than the scenario has waits (both are means over the same trials)', () => {
    const headline = bedHeadline(results, 'nw-london', 0)!;
    const waits = Number(headline.figures.find((figure) => figure.label === 'emergency patients wait for a bed')!.value.replaceAll(',', ''));
    for (const text of headline.alternatives) {
      const extra = /([\d,]+) more patients waiting for a bed/.exec(text);
      expect(extra).not.toBeNull();
      expect(Number(extra![1].replaceAll(',', ''))).toBeLessThanOrEqual(waits);
    }
  });

  test('counts patients not admitted instead of waits when every trust turns patients away (the loss front door)', () => {
    const document = bedCuts();
    for (const organisation of document.systems[0].organisations) if (organisation.beds) (organisation.beds as { frontDoor?: string }).frontDoor = 'loss';
    const loss = runScenario(document, { trials: 8, seed: 7 }).results;
    const labels = bedHeadline(loss, 'nw-london', 0)!.figures.map((figure) => figure.label);
    expect(labels).toEqual(['core beds closed', 'emergency patients not admitted', 'operations cancelled']);
  });

  test('is absent for a run without beds, or stored before the systems had bed totals', () => {
    expect(bedHeadline({ ...results, systemBeds: undefined }, 'nw-london', 0)).toBeUndefined();
    expect(bedHeadline(results, 'nowhere', 0)).toBeUndefined();
  });

  test('sends the chance charts lower only when every chance after risk share reads 0%', () => {
    const row = results.table.find((candidate) => candidate.entityId === 'nw-london' && candidate.year === 0)!;
    const expected = results.table.filter((candidate) => candidate.year === 0).every((candidate) => candidate.probabilityMeetsAfterRiskShare < 0.005);
    expect(chancesAllNil(results, 'nw-london', 0)).toBe(expected);
    const oneMeets = { ...results, table: results.table.map((candidate) => (candidate === row ? { ...candidate, probabilityMeetsAfterRiskShare: 0.4 } : candidate)) };
    expect(chancesAllNil(oneMeets, 'nw-london', 0)).toBe(false);
    const noneMeet = { ...results, table: results.table.map((candidate) => ({ ...candidate, probabilityMeetsAfterRiskShare: 0 })) };
    expect(chancesAllNil(noneMeet, 'nw-london', 0)).toBe(true);
  });
});
