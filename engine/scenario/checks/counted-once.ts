import type { ValidationIssue } from '../validation-issue.ts';
import { asArray, asRecord } from './tolerant.ts';

/**
 * The same patients are counted once. For an acute trust with a bed model,
 * the emergency and elective money comes from the patients the bed model
 * admits (beds.emergency growth and planned growth, income and marginal cost
 * per admission). An `activity` section would flex the same trust's contract
 * income and costs with activity growth again, so a scenario with both is
 * refused, naming the section to drop.
 *
 * @example
 * countedOnceIssues({ systems: [{ organisations: [{ kind: 'acute', activity: {...}, beds: {...} }] }] })
 * // [{ path: 'systems[0].organisations[0].activity', message: 'drop activity: ...' }]
 */
export function countedOnceIssues(document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  asArray(document.systems).forEach((systemValue, systemIndex) => {
    asArray(asRecord(systemValue).organisations).forEach((organisationValue, index) => {
      const organisation = asRecord(organisationValue);
      if (organisation.beds === undefined || organisation.activity === undefined) return;
      issues.push({
        path: `systems[${systemIndex}].organisations[${index}].activity`,
        message:
          'drop activity: this trust has a bed model, whose emergency growth and income and cost per admission already move its income and costs with the patients it admits; activity would count the same patients twice',
      });
    });
  });
  return issues;
}
