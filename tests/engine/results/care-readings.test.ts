import { describe, expect, it } from 'vitest';
import { movedOntoPeopleReading } from '../../../engine/results/care-readings.ts';
import { CARE_METRICS } from '../../../engine/model/care/care-metrics.ts';
import type { CareServiceYearResult, SummaryStatistics } from '../../../engine/results/run-results.ts';

const stats = (values: Partial<SummaryStatistics>): SummaryStatistics => ({ mean: 0, sd: 0, p5: 0, p10: 0, p25: 0, p50: 0, p75: 0, p90: 0, p95: 0, min: 0, max: 0, ...values });
const result = (moved: Partial<SummaryStatistics>): CareServiceYearResult => ({
  systemId: 'sys',
  serviceId: 'chc',
  name: 'Continuing healthcare',
  kind: 'continuingHealthcare',
  year: 1,
  yearLabel: '2027/28',
  metrics: { ...(Object.fromEntries(CARE_METRICS.map((metric) => [metric, stats({})])) as CareServiceYearResult['metrics']), careMovedOntoPeople: stats(moved) },
  probabilityUnmetNeed: 0,
  central: Object.fromEntries(CARE_METRICS.map((metric) => [metric, 0])) as CareServiceYearResult['central'],
});

describe('the reading of what a boundary shift moved onto people', () => {
  it('gives the range of 90% of trials and the middle trial', () => {
    expect(movedOntoPeopleReading(result({ p5: 0.42, p50: 0.624, p95: 0.81, min: 0.3, max: 0.9 }))).toBe(
      'In 90% of trials people pay between £0.42m and £0.81m more for Continuing healthcare in 2027/28 after the boundary shift (middle trial £0.62m).',
    );
  });

  it('says less when the shift moved care back onto the NHS', () => {
    expect(movedOntoPeopleReading(result({ p5: -0.8, p50: -0.6, p95: -0.4, min: -0.9, max: -0.3 }))).toBe(
      'In 90% of trials people pay between £0.40m and £0.80m less for Continuing healthcare in 2027/28 after the boundary shift (middle trial £0.60m).',
    );
  });

  it('says nothing when no shift moved anything in any trial', () => {
    expect(movedOntoPeopleReading(result({}))).toBeUndefined();
  });
});
