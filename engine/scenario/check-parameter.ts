import { checkDistributionSpec } from '../distributions/spec.ts';

/**
 * Checks the shape of one numeric parameter: a finite number, a non-empty
 * formula (its names are checked later, once every name is known), or a
 * distribution whose parameters obey its rules. Returns every problem.
 */
export function checkParameterShape(value: unknown): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : ['must be a finite number'];
  if (typeof value === 'string') return value.trim() === '' ? ['formula is empty'] : [];
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if (!('dist' in value)) return ['must be a number, a formula (text) or a distribution {dist: ...}; this object has no dist'];
    return checkDistributionSpec(value);
  }
  return ['must be a number, a formula (text) or a distribution {dist: ...}'];
}
