import { factorCorrelation } from '../../correlation/correlation-factor.ts';
import type { ValidationIssue } from '../validation-issue.ts';
import { asArray, asRecord } from './tolerant.ts';

/** The correlation block names distinct random drivers and its matrix is a valid correlation matrix. */
export function correlationIssues(document: Record<string, unknown>): ValidationIssue[] {
  if (document.correlation === undefined) return [];
  const correlation = asRecord(document.correlation);
  const drivers = asRecord(document.drivers);
  const names = asArray(correlation.drivers).filter((name): name is string => typeof name === 'string');
  const matrix = asArray(correlation.matrix);
  const issues: ValidationIssue[] = [];
  names.forEach((name, index) => {
    const path = `correlation.drivers[${index}]`;
    if (!(name in drivers)) issues.push({ path, message: `unknown driver '${name}'` });
    else if (typeof drivers[name] === 'number') issues.push({ path, message: `driver '${name}' is a fixed number, so it cannot be correlated` });
    if (names.indexOf(name) !== index) issues.push({ path, message: `driver '${name}' is listed twice` });
  });
  if (matrix.length !== names.length) {
    issues.push({ path: 'correlation.matrix', message: `must have one row per driver: ${names.length} drivers, ${matrix.length} rows` });
    return issues;
  }
  if (!matrix.every((row) => Array.isArray(row) && row.every((entry) => typeof entry === 'number'))) return issues;
  const check = factorCorrelation(matrix as number[][]);
  if (!check.ok) issues.push(...check.errors.map((message) => ({ path: 'correlation.matrix', message })));
  return issues;
}
