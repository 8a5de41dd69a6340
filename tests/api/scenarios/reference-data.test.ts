// The reference data in scenarios/reference/: the counts and totals its
// README states, and that every trust sits in one of the ICBs.
import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../api/scenarios/real-places/load-reference-data.ts';
import { parseReferenceData, parseTrustBeds } from '../../../api/scenarios/real-places/reference-data.ts';
import { readCsv } from '../../../api/scenarios/real-places/read-csv.ts';

const reference = loadReferenceData();
/** Sums in whole tenths of £m, so that float addition cannot blur the check. */
const tenths = (values: readonly number[]) => values.reduce((sum, value) => sum + Math.round(value * 10), 0);

describe('scenarios/reference/ics_reference.csv', () => {
  it('holds the 42 ICBs, each code once', () => {
    expect(reference.icbs).toHaveLength(42);
    expect(new Set(reference.icbs.map((icb) => icb.code)).size).toBe(42);
  });

  it('has allocations summing to £124,378.7m and populations to 62,154,634', () => {
    expect(tenths(reference.icbs.map((icb) => icb.allocation))).toBe(1_243_787);
    expect(reference.icbs.reduce((sum, icb) => sum + icb.population, 0)).toBe(62_154_634);
  });

  it('gives every row its 2024/25 year and a source', () => {
    for (const icb of reference.icbs) {
      expect(icb.allocationYear).toBe('2024/25');
      expect(icb.source).toMatch(/https:\/\//);
    }
  });
});

describe('scenarios/reference/trust_beds.csv', () => {
  it('holds 134 trusts with 100,398 beds available and 91,936 occupied, in August 2025', () => {
    expect(reference.trusts).toHaveLength(134);
    expect(new Set(reference.trusts.map((trust) => trust.code)).size).toBe(134);
    expect(reference.trusts.reduce((sum, trust) => sum + trust.bedsAvailable, 0)).toBe(100_398);
    expect(reference.trusts.reduce((sum, trust) => sum + trust.bedsOccupied, 0)).toBe(91_936);
    expect(new Set(reference.trusts.map((trust) => trust.month))).toEqual(new Set(['2025-08']));
  });

  it('places every trust in an ICB of the ICB table, and every row names its source', () => {
    const codes = new Set(reference.icbs.map((icb) => icb.code));
    for (const trust of reference.trusts) {
      expect(codes.has(trust.icbCode), trust.code).toBe(true);
      expect(trust.source).toMatch(/sitrep/);
    }
  });
});

describe('reading the reference CSVs', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    expect(readCsv('a,b\r\n"x, y","say ""hi"""\n')).toEqual([{ a: 'x, y', b: 'say "hi"' }]);
  });

  it('refuses a row with the wrong number of fields, naming its line', () => {
    expect(() => readCsv('a,b\n1,2\n3\n')).toThrow('CSV line 3: 1 fields, the header has 2');
  });

  it('refuses more beds occupied than available, and a trust whose ICB is missing', () => {
    const header = 'trust_code,trust_name,icb_code,icb_name,month,ga_beds_available,ga_beds_occupied,source\n';
    expect(() => parseTrustBeds(`${header}X1,X,E1,E,2025-08,10,11,s\n`)).toThrow('line 2: X1 needs 1 <= occupied <= available beds');
    expect(() => parseTrustBeds(`${header}X1,X,E1,E,2025-08,ten,1,s\n`)).toThrow('line 2: ga_beds_available must be a whole number >= 0, not "ten"');
    const icbs = 'icb_code,icb_name,population,allocation_gbp_m,allocation_year,source\nE2,F,100,1.5,2024/25,s\n';
    expect(() => parseReferenceData(icbs, `${header}X1,X,E1,E,2025-08,10,9,s\n`)).toThrow('trust X1 names ICB E1, which is not in the ICB table');
  });
});
