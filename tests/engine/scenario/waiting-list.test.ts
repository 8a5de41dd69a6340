import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../engine/scenario/validate-scenario.ts';
import { bedScenario } from '../model/beds/beds-scenario.ts';

const AT = 'systems[0].organisations[1].beds.elective.waitingList';
const list = (overrides: Record<string, unknown> = {}) => ({
  startingSize: 2000,
  ageProfile: [
    { fromWeeks: 0, toWeeks: 18, share: 0.6 },
    { fromWeeks: 18, toWeeks: 52, share: 0.4 },
  ],
  referralsPerMonth: 200,
  removalRatePerMonth: 0.01,
  ...overrides,
});
const withList = (waitingList: unknown) => bedScenario({ beds: { elective: { admissionsPerYear: 2400, stay: { family: 'exponential', meanDays: 3 }, waitingList } } });

function issuesOf(document: unknown): Array<{ path: string; message: string }> {
  const result = validateScenario(document);
  return result.ok ? [] : result.issues;
}

describe('beds.elective.waitingList', () => {
  it('accepts a list with uncertain referrals, growth and a rebooking delay', () => {
    expect(issuesOf(withList(list({ referralsPerMonth: { dist: 'triangular', min: 180, mode: 200, max: 230 }, referralGrowth: 0.03, rebookAfterDays: 28 })))).toEqual([]);
  });

  it.each([
    ['startingSize', { startingSize: -1 }, `${AT}.startingSize`, 'the patients waiting at the start must be >= 0'],
    ['removalRatePerMonth', { removalRatePerMonth: 1.5 }, `${AT}.removalRatePerMonth`, 'the share removed a month must be >= 0 and <= 1'],
    ['referralGrowth', { referralGrowth: 2 }, `${AT}.referralGrowth`, 'referral growth a year must be >= -1 and <= 1'],
    ['shares that do not sum to 1', { ageProfile: [{ fromWeeks: 0, toWeeks: 18, share: 0.5 }] }, `${AT}.ageProfile`, "the bands' shares must sum to 1"],
    [
      'overlapping bands',
      {
        ageProfile: [
          { fromWeeks: 0, toWeeks: 20, share: 0.5 },
          { fromWeeks: 18, toWeeks: 52, share: 0.5 },
        ],
      },
      `${AT}.ageProfile[1].fromWeeks`,
      "must be at or above the previous band's toWeeks (20)",
    ],
    ['a band that ends before it starts', { ageProfile: [{ fromWeeks: 30, toWeeks: 20, share: 1 }] }, `${AT}.ageProfile[0].toWeeks`, 'must be above fromWeeks (30)'],
  ])('refuses %s at the field', (_, overrides, path, message) => {
    const issue = issuesOf(withList(list(overrides))).find((candidate) => candidate.path === path);
    expect(issue?.message).toContain(message);
  });

  it('refuses a field it does not know, a rebooking delay out of range, and a list without referrals', () => {
    expect(issuesOf(withList(list({ rebookAfterDay: 3 }))).some((issue) => issue.path.startsWith(AT))).toBe(true);
    expect(issuesOf(withList(list({ rebookAfterDays: 0 }))).some((issue) => issue.path === `${AT}.rebookAfterDays`)).toBe(true);
    const { referralsPerMonth: _, ...noReferrals } = list();
    expect(issuesOf(withList(noReferrals)).some((issue) => issue.path.startsWith(AT))).toBe(true);
  });
});
