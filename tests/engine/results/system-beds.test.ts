import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BED_METRICS, SUMMED_BED_METRICS } from '../../../engine/model/beds/bed-metrics.ts';
import { runScenario } from '../../../engine/run-scenario.ts';
import { parseScenarioText } from '../../../engine/scenario/parse-scenario-text.ts';

const text = parseScenarioText(readFileSync(join(import.meta.dirname, '../../../scenarios/bed-cuts.yaml'), 'utf8'));

describe("a system's beds, added up over its trusts", () => {
  if (!text.ok) throw new Error('bed-cuts.yaml does not parse');
  const trials = 24;
  const { results } = runScenario(text.document, { trials });
  const system = results.systemBeds!.find((row) => row.year === 0)!;
  const trusts = results.beds.filter((row) => row.year === 0);

  it('names the system and its four trusts, and their 1,059 + 1,033 + 766 + 315 = 3,173 core beds at the start, 3,173 − 500 = 2,673 at the end of March', () => {
    expect(system.systemId).toBe('nw-london');
    expect(system.trusts.map((trust) => trust.entityId)).toEqual(trusts.map((row) => row.entityId));
    expect(system.coreBedsAtStart).toBe(3173);
    expect(system.coreBedsAtYearEnd).toBe(2673);
    // LNWUH closes 167 of its 1,059.
    expect(system.trusts.find((trust) => trust.entityId === 'lnwuh')).toEqual({ entityId: 'lnwuh', coreBedsAtStart: 1059, coreBedsAtYearEnd: 892 });
  });

  it('averages 3,173 − 500 × 182 ÷ 365 core beds open in 2025/26: 500 beds close on 1 October, for 182 of the 365 days', () => {
    expect(system.metrics.coreBeds!.mean).toBeCloseTo(3173 - (500 * 182) / 365, 9);
  });

  it("has, for every figure that adds up, the trusts' means summed (the mean is linear) and a spread inside the sums of their extremes", () => {
    for (const metric of SUMMED_BED_METRICS) {
      const total = system.metrics[metric]!;
      const sum = (pick: (row: (typeof trusts)[number]) => number) => trusts.reduce((value, row) => value + pick(row), 0);
      expect(total.mean).toBeCloseTo(
        sum((row) => row.metrics[metric].mean),
        6,
      );
      expect(total.min).toBeGreaterThanOrEqual(sum((row) => row.metrics[metric].min) - 1e-9);
      expect(total.max).toBeLessThanOrEqual(sum((row) => row.metrics[metric].max) + 1e-9);
    }
  });

  it('leaves out the figures that do not add across trusts (occupancy, days over a threshold, hours, the peak queue)', () => {
    for (const metric of ['occupancy', 'daysAbove92', 'decisionToAdmitP90Hours', 'trolleyQueuePeak'] as const) {
      expect(SUMMED_BED_METRICS).not.toContain(metric);
      expect(system.metrics[metric]).toBeUndefined();
    }
    expect(SUMMED_BED_METRICS.length).toBeGreaterThan(0);
    expect(SUMMED_BED_METRICS.length).toBeLessThan(BED_METRICS.length);
  });

  it('compares the totals with each alternative: keeping the beds has 500 × 182 ÷ 365 more beds open and never more waits or cancellations in any trial', () => {
    const keep = results.alternatives.find((alternative) => alternative.name === 'Keep the beds')!.comparison;
    const row = (metric: string) => keep.systemBedRows!.find((candidate) => candidate.year === 0 && candidate.metric === metric)!;
    expect(row('coreBeds').difference.mean).toBeCloseTo((500 * 182) / 365, 9);
    for (const metric of ['patientsWhoWaited', 'waitsOver12Hours', 'electivesCancelled']) {
      expect(row(metric).probabilityAlternativeHigher).toBe(0);
      expect(row(metric).difference.max).toBeLessThanOrEqual(0);
    }
    // The closures do make more patients wait, so the comparison is not vacuous.
    expect(row('patientsWhoWaited').difference.mean).toBeLessThan(0);
  });
});
