import { ALLOWED_FUNCTIONS, FORMULA_CONSTANTS } from '../../formula/allowed-functions.ts';

/** Names every formula may read besides drivers and named parameters. */
export const YEAR_NAMES = ['year', 'financialYear'] as const;

/** Names that a driver or parameter may not take. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([...YEAR_NAMES, ...FORMULA_CONSTANTS.keys(), ...ALLOWED_FUNCTIONS.keys()]);
