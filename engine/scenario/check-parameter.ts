import { checkDistributionSpec } from '../distributions/spec.ts';

/** Largest size of a number written in a scenario: £1,000,000,000m is far beyond any NHS budget. */
const LARGEST_NUMBER = 1e9;

/**
 * Checks the shape of one numeric parameter: a finite number, a non-empty
 * formula (its names are checked later, once every name is known), or a
 * distribution whose parameters obey its rules. Returns every problem.
 */
export function checkParameterShape(value: unknown): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return ['must be a finite number'];
    return Math.abs(value) <= LARGEST_NUMBER ? [] : [`must be between -1e9 and 1e9 (money is in £ million), got ${value}`];
  }
  if (typeof value === 'string') return value.trim() === '' ? ['formula is empty'] : [];
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if (!('dist' in value)) return ['must be a number, a formula (text) or a distribution {dist: ...}; this object has no dist'];
    return checkDistributionSpec(value);
  }
  return ['must be a number, a formula (text) or a distribution {dist: ...}'];
}
