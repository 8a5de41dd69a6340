import type { ValidationIssue } from '../validation-issue.ts';
import { formulaNames } from '../../formula/compile-formula.ts';
import { asArray, asRecord } from './tolerant.ts';

/** Bed fields the bed model reads once, for the first modelled year, and uses for the whole horizon. */
const FIRST_YEAR_FIELDS = ['emergency.stay.meanDays', 'emergency.stay.sdDays', 'elective.stay.meanDays', 'elective.stay.sdDays', 'delayedDischarge.share', 'delayedDischarge.meanExtraDays'] as const;

/**
 * Nothing in a scenario is silently ignored: the bed model draws lengths of
 * stay and delayed discharges once and uses them for every modelled year, so
 * in a scenario of more than one year such a field that varies from year to
 * year (a per-year draw, or a formula on `year`, `financialYear` or anything
 * that does) is refused at the field, rather than read for the first year
 * only.
 */
export function firstYearStayIssues(document: Record<string, unknown>): ValidationIssue[] {
  const years = asRecord(document.horizon).years;
  if (typeof years !== 'number' || years <= 1) return [];
  const drivers = asRecord(document.drivers);
  const parameters = asRecord(document.parameters);
  const issues: ValidationIssue[] = [];
  asArray(document.systems).forEach((systemValue, systemIndex) => {
    asArray(asRecord(systemValue).organisations).forEach((organisationValue, index) => {
      const beds = asRecord(asRecord(organisationValue).beds);
      for (const field of FIRST_YEAR_FIELDS) {
        const value = field.split('.').reduce<unknown>((section, key) => asRecord(section)[key], beds);
        if (!variesByYear(value, drivers, parameters, new Set())) continue;
        issues.push({
          path: `systems[${systemIndex}].organisations[${index}].beds.${field}`,
          message:
            'varies from year to year, but the bed model reads stays and delayed discharges once, for the first modelled year, and uses them for every year; give one value (a number, a draw for the whole trial, or a formula that does not change by year)',
        });
      }
    });
  });
  return issues;
}

function variesByYear(spec: unknown, drivers: Record<string, unknown>, parameters: Record<string, unknown>, seen: Set<string>): boolean {
  if (typeof spec === 'string') {
    return formulaNames(spec).some((name) => {
      if (name === 'year' || name === 'financialYear') return true;
      if (seen.has(name)) return false;
      seen.add(name);
      if (name in drivers) return variesByYear(drivers[name], drivers, parameters, seen);
      if (name in parameters) return variesByYear(parameters[name], drivers, parameters, seen);
      return false;
    });
  }
  return asRecord(spec).perYear === true;
}
