import { readCsv } from './read-csv.ts';

/** One Integrated Care Board from scenarios/reference/ics_reference.csv. */
export interface IcbReference {
  readonly code: string;
  readonly name: string;
  /** GP-registered population, projected 2024/25. */
  readonly population: number;
  /** 2024/25 allocation, £m (core + primary medical + other delegated primary care + running costs). */
  readonly allocation: number;
  readonly allocationYear: string;
  readonly source: string;
}

/** One acute trust's general and acute beds from scenarios/reference/trust_beds.csv. */
export interface TrustBeds {
  readonly code: string;
  readonly name: string;
  readonly icbCode: string;
  readonly month: string;
  /** Mean of the daily counts of G&A beds available and occupied in the month. */
  readonly bedsAvailable: number;
  readonly bedsOccupied: number;
  readonly source: string;
}

/** Both reference tables. */
export interface ReferenceData {
  readonly icbs: readonly IcbReference[];
  readonly trusts: readonly TrustBeds[];
}

function number(row: Record<string, string>, column: string, line: number, integer: boolean): number {
  const value = Number(row[column]);
  if (row[column] === '' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`line ${line}: ${column} must be a ${integer ? 'whole ' : ''}number >= 0, not ${JSON.stringify(row[column])}`);
  }
  return value;
}

/** Parses ics_reference.csv; every number is checked, naming its line and column. */
export function parseIcbReference(text: string): IcbReference[] {
  return readCsv(text).map((row, index) => ({
    code: row.icb_code,
    name: row.icb_name,
    population: number(row, 'population', index + 2, true),
    allocation: number(row, 'allocation_gbp_m', index + 2, false),
    allocationYear: row.allocation_year,
    source: row.source,
  }));
}

/** Parses trust_beds.csv; occupied beds may not exceed beds available. */
export function parseTrustBeds(text: string): TrustBeds[] {
  return readCsv(text).map((row, index) => {
    const trust = {
      code: row.trust_code,
      name: row.trust_name,
      icbCode: row.icb_code,
      month: row.month,
      bedsAvailable: number(row, 'ga_beds_available', index + 2, true),
      bedsOccupied: number(row, 'ga_beds_occupied', index + 2, true),
      source: row.source,
    };
    if (trust.bedsAvailable < 1 || trust.bedsOccupied > trust.bedsAvailable) throw new Error(`line ${index + 2}: ${trust.code} needs 1 <= occupied <= available beds`);
    return trust;
  });
}

/** Both tables from their CSV texts; every trust's ICB must be among the ICBs. */
export function parseReferenceData(icbText: string, trustText: string): ReferenceData {
  const icbs = parseIcbReference(icbText);
  const trusts = parseTrustBeds(trustText);
  const codes = new Set(icbs.map((icb) => icb.code));
  const orphan = trusts.find((trust) => !codes.has(trust.icbCode));
  if (orphan) throw new Error(`trust ${orphan.code} names ICB ${orphan.icbCode}, which is not in the ICB table`);
  return { icbs, trusts };
}
