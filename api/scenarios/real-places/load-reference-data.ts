import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReferenceData, type ReferenceData } from './reference-data.ts';

/** scenarios/reference/, where the two CSVs live with their README. */
export const REFERENCE_FOLDER = join(import.meta.dirname, '../../../scenarios/reference');

/** Reads and checks ics_reference.csv and trust_beds.csv from a folder (by default scenarios/reference/). */
export function loadReferenceData(folder: string = REFERENCE_FOLDER): ReferenceData {
  return parseReferenceData(readFileSync(join(folder, 'ics_reference.csv'), 'utf8'), readFileSync(join(folder, 'trust_beds.csv'), 'utf8'));
}
