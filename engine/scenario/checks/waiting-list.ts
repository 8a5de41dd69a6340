import type { ValidationIssue } from '../validation-issue.ts';
import { asArray, asRecord } from './tolerant.ts';
import { parameterRangeIssue } from './parameter-range.ts';

/** The most patients a trust's waiting list may start with or take a month: far beyond England's (about 7.6m on all pathways in 2024). */
const MOST_PATIENTS = 10_000_000;

/**
 * A waiting list's figures stay in their ranges, and its age profile's bands rise
 * without overlapping (each from before its to) with shares summing to 1.
 */
export function waitingListIssues(list: Record<string, unknown>, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const check = (field: string, range: Parameters<typeof parameterRangeIssue>[1], what: string) => {
    const issue = parameterRangeIssue(list[field], range, what);
    if (issue) issues.push({ path: `${path}.${field}`, message: issue });
  };
  check('startingSize', { min: 0, max: MOST_PATIENTS }, 'the patients waiting at the start');
  check('referralsPerMonth', { min: 0, max: MOST_PATIENTS }, 'referrals a month');
  check('referralGrowth', { min: -1, max: 1 }, 'referral growth a year');
  check('removalRatePerMonth', { min: 0, max: 1 }, 'the share removed a month');
  let lastTo = 0;
  let shares = 0;
  asArray(list.ageProfile).forEach((bandValue, index) => {
    const band = asRecord(bandValue);
    const at = `${path}.ageProfile[${index}]`;
    if (typeof band.fromWeeks === 'number' && typeof band.toWeeks === 'number') {
      if (band.toWeeks <= band.fromWeeks) issues.push({ path: `${at}.toWeeks`, message: `must be above fromWeeks (${band.fromWeeks}), got ${band.toWeeks}` });
      if (band.fromWeeks < lastTo) issues.push({ path: `${at}.fromWeeks`, message: `must be at or above the previous band's toWeeks (${lastTo}): bands rise without overlapping` });
      lastTo = Math.max(lastTo, band.toWeeks);
    }
    if (typeof band.share === 'number') shares += band.share;
  });
  if (asArray(list.ageProfile).length > 0 && Math.abs(shares - 1) > 1e-6) issues.push({ path: `${path}.ageProfile`, message: `the bands' shares must sum to 1, got ${shares}` });
  return issues;
}
