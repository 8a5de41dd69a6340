import { factorCorrelation } from '../../correlation/correlation-factor.ts';
import { SCENARIO_LIMITS } from '../limits.ts';
import type { ValidationIssue } from '../validation-issue.ts';
import { asArray, asRecord } from './tolerant.ts';

/**
 * The correlation block names distinct random drivers of the scenario's own
 * (an own key of `drivers`, so `toString` is not a driver) and its matrix is
 * a valid correlation matrix. Cost O(n) for the names; the matrix, at most
 * {@link SCENARIO_LIMITS.correlatedDrivers} square, is factored only when
 * its shape is right.
 */
export function correlationIssues(document: Record<string, unknown>): ValidationIssue[] {
  if (document.correlation === undefined) return [];
  const correlation = asRecord(document.correlation);
  const drivers = asRecord(document.drivers);
  const names = asArray(correlation.drivers).filter((name): name is string => typeof name === 'string');
  const matrix = asArray(correlation.matrix);
  const issues: ValidationIssue[] = [];
  if (names.length > SCENARIO_LIMITS.correlatedDrivers) {
    return [{ path: 'correlation.drivers', message: `lists ${names.length} drivers; at most ${SCENARIO_LIMITS.correlatedDrivers} may be correlated` }];
  }
  const firstPlace = new Map<string, number>();
  names.forEach((name, index) => {
    const path = `correlation.drivers[${index}]`;
    if (!Object.hasOwn(drivers, name)) issues.push({ path, message: `unknown driver '${name}'` });
    else if (typeof drivers[name] === 'number') issues.push({ path, message: `driver '${name}' is a fixed number, so it cannot be correlated` });
    if (firstPlace.has(name)) issues.push({ path, message: `driver '${name}' is listed twice` });
    else firstPlace.set(name, index);
  });
  if (matrix.length !== names.length) {
    issues.push({ path: 'correlation.matrix', message: `must have one row per driver: ${names.length} drivers, ${matrix.length} rows` });
    return issues;
  }
  // Fewer than two drivers is reported by the structural check; there is nothing to factor.
  if (names.length < 2) return issues;
  if (!matrix.every((row) => Array.isArray(row) && row.every((entry) => typeof entry === 'number'))) return issues;
  const check = factorCorrelation(matrix as number[][]);
  if (!check.ok) for (const message of check.errors) issues.push({ path: 'correlation.matrix', message });
  return issues;
}
