import type { ValidationIssue } from '../validation-issue.ts';
import { asRecord } from './tolerant.ts';
import { RESERVED_NAMES } from './formula-scope.ts';

const FORMULA_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Driver and parameter names: usable in formulas, not reserved, not used twice. Cost O(names). */
export function nameIssues(document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const drivers = Object.keys(asRecord(document.drivers));
  const parameters = Object.keys(asRecord(document.parameters));
  for (const [section, names] of [
    ['drivers', drivers],
    ['parameters', parameters],
  ] as const) {
    for (const name of names) {
      const path = `${section}.${name}`;
      if (!FORMULA_NAME.test(name)) issues.push({ path, message: 'name must start with a letter and hold only letters, digits and _' });
      else if (RESERVED_NAMES.has(name)) issues.push({ path, message: `'${name}' is reserved (a built-in name or function)` });
    }
  }
  const driverNames = new Set(drivers);
  for (const name of parameters) {
    if (driverNames.has(name)) issues.push({ path: `parameters.${name}`, message: `'${name}' is already a driver; give the parameter another name` });
  }
  for (const [name, value] of Object.entries(asRecord(document.drivers))) {
    if (typeof value === 'string') {
      issues.push({ path: `drivers.${name}`, message: 'a driver must be a number or a distribution; put formulas under parameters' });
    }
  }
  return issues;
}
