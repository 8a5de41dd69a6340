import type { ValidationIssue } from '../validation-issue.ts';
import { asArray, asRecord, asString } from './tolerant.ts';
import { parameterRangeIssue } from './parameter-range.ts';

/**
 * Patients waiting for social care (`beds.delayedDischarge.waitsForCare`):
 * each names a care service of the trust's own system, once, that has a
 * capacity (without one its wait could never follow capacity); shares are
 * shares and, written as numbers, add up with the fixed delayed share to at
 * most all patients; mean waits are not negative. Cost O(services + waits).
 */
export function careWaitIssues(document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  asArray(document.systems).forEach((systemValue, systemIndex) => {
    const system = asRecord(systemValue);
    const capacityOf = new Map<string, boolean>();
    for (const service of asArray(system.careServices).map(asRecord)) {
      const id = asString(service.id);
      if (id !== undefined) capacityOf.set(id, service.capacity !== undefined);
    }
    asArray(system.organisations).forEach((organisationValue, position) => {
      const delayed = asRecord(asRecord(asRecord(organisationValue).beds).delayedDischarge);
      if (delayed.waitsForCare === undefined) return;
      const path = `systems[${systemIndex}].organisations[${position}].beds.delayedDischarge.waitsForCare`;
      const named = new Set<string>();
      let total = typeof delayed.share === 'number' ? delayed.share : 0;
      asArray(delayed.waitsForCare).forEach((waitValue, index) => {
        const wait = asRecord(waitValue);
        const at = `${path}[${index}]`;
        const id = asString(wait.service);
        if (id !== undefined) {
          if (!capacityOf.has(id)) issues.push({ path: `${at}.service`, message: `no care service of this system has id '${id}'` });
          else if (!capacityOf.get(id)) issues.push({ path: `${at}.service`, message: `care service '${id}' has no capacity, so the wait for it cannot follow capacity: give the service a capacity` });
          if (named.has(id)) issues.push({ path: `${at}.service`, message: `care service '${id}' is waited for twice: give its patients one share` });
          named.add(id);
        }
        const share = parameterRangeIssue(wait.share, { min: 0, max: 1 }, 'the share of patients who need the service');
        if (share) issues.push({ path: `${at}.share`, message: share });
        const days = parameterRangeIssue(wait.meanWaitDays, { min: 0 }, 'the mean wait');
        if (days) issues.push({ path: `${at}.meanWaitDays`, message: days });
        if (typeof wait.share === 'number') total += wait.share;
      });
      if (total > 1 + 1e-9) issues.push({ path, message: `the shares waiting for care and the share delayed for other reasons add up to ${total}, more than all patients (1)` });
    });
  });
  return issues;
}
