import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../engine/model/compile-model.ts';
import { centralCase } from '../../../../engine/results/central-case.ts';
import { validateScenario } from '../../../../engine/scenario/validate-scenario.ts';
import { bedScenario } from './beds-scenario.ts';

// One trust, 3,650 emergency admissions a year (10 a day), 400 beds unless said: never
// full. The census of a year has a standard error of about √(10m) × √(2m/365) beds for
// exponential stays of mean m (1.6 beds at m = 7).
function central(document: Record<string, unknown>) {
  const result = centralCase(compileModel(document), 1);
  const lines = (id: string) => result.statements.find((statement) => statement.entityId === id)!.lines;
  return { beds: result.beds[0], trustLines: lines('trust'), icbLines: lines('icb'), yearEnd: result.yearEnd[0] };
}

function threeYears(document: Record<string, unknown>) {
  document.horizon = { firstYear: 2025, years: 3 };
  return document;
}

describe.each(['fast', 'detailed'] as const)('stays and delays that vary by year (%s kernel)', (bedModel) => {
  it("a stay formula on year moves each year's occupied beds to λ × that year's mean stay", () => {
    // 5, 6 and 7 days: 50, 60 and 70 beds occupied on average.
    const { beds } = central(threeYears(bedScenario({ bedModel, beds: { coreBeds: 400, emergency: { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: '5 + year' } } } })));
    beds.forEach((year, index) => expect(Math.abs(year.occupancy * 400 - 10 * (5 + index))).toBeLessThan(6.6));
    expect(beds[2].occupancy).toBeGreaterThan(beds[0].occupancy + 10 / 400);
  });

  it('a per-year draw of the delayed share moves the delayed bed-days each year', () => {
    // Share 0.1 then 0.2 then 0.3 of patients delayed 5 days: 10 × share × 5 × 365 bed-days.
    const { beds } = central(
      threeYears(
        bedScenario({
          bedModel,
          beds: { coreBeds: 400, emergency: { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: 4 } }, delayedDischarge: { share: '0.1 * (year + 1)', meanExtraDays: 5 } },
        }),
      ),
    );
    // The delayed census is about 5 to 15 patients; 4 standard errors of a year's mean is at most 2 beds = 730 bed-days.
    beds.forEach((year, index) => expect(Math.abs(year.delayedBedDays - 10 * 0.1 * (index + 1) * 5 * 365)).toBeLessThan(730));
  });
});

const EIGHT_DAYS = { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: 8 }, incomePerAdmissionPounds: 1590, costPerAdmissionPounds: 500 };

describe('a length-of-stay reduction', () => {
  const scenario = (interventions: unknown[], beds: Record<string, unknown> = {}) => bedScenario({ beds: { coreBeds: 400, emergency: EIGHT_DAYS, ...beds }, interventions });
  const none = central(scenario([]));
  const quarter = central(scenario([{ kind: 'lengthOfStayReduction', organisations: ['trust'], claimedShareOff: 0.25, realisation: 1 }]));

  it('a quarter off an 8-day stay, fully delivered, frees a quarter of the bed-days: 80 beds occupied become 60', () => {
    expect(Math.abs(none.beds[0].occupancy * 400 - 80)).toBeLessThan(8);
    expect(Math.abs(quarter.beds[0].occupancy * 400 - 60)).toBeLessThan(7);
  });

  it('2 days off an 8-day stay is the same scheme as a quarter off', () => {
    const days = central(scenario([{ kind: 'lengthOfStayReduction', organisations: ['trust'], claimedDaysOff: 2, realisation: 1 }]));
    expect(days.beds[0].occupancy).toBe(quarter.beds[0].occupancy);
  });

  it('a free scheme at a trust with spare beds frees bed-days but no money: the beds stay open and staffed', () => {
    // The same patients arrive (the fast path's arrivals do not depend on the stays when the
    // census model keeps its shape: one exponential phase) and are paid for and cost the same.
    expect(quarter.beds[0].emergencyAdmissions).toBe(none.beds[0].emergencyAdmissions);
    expect(quarter.yearEnd.map((entity) => entity.outturn)).toEqual(none.yearEnd.map((entity) => entity.outturn));
  });

  it('a scheme of £1.2m a year from October costs its payer £0.6m in 2025/26, and the system that much', () => {
    const costed = central(scenario([{ kind: 'lengthOfStayReduction', organisations: ['trust'], from: '2025-10', claimedShareOff: 0.25, realisation: 1, annualCost: 1.2, paidBy: 'icb' }]));
    expect(costed.icbLines.schemeCosts).toBeCloseTo(0.6, 12);
    expect(costed.yearEnd[2].outturn - none.yearEnd[2].outturn).toBeCloseTo(-0.6, 9);
  });

  it('at a full trust the bed-days it frees save the escalation bed-days it spares, at their price', () => {
    // 80 core beds for 80 patients on average: escalation beds (up to 20, £600 a bed day) open
    // most days. A quarter off the stays brings the census to about 60: few escalation beds.
    const full = { coreBeds: 80, escalation: { cap: 20, costPerBedDayPounds: 600 } };
    const before = central(scenario([], full));
    const after = central(scenario([{ kind: 'lengthOfStayReduction', organisations: ['trust'], claimedShareOff: 0.25, realisation: 1 }], full));
    expect(before.trustLines.escalationCosts).toBeCloseTo((before.beds[0].escalationBedDays * 600) / 1e6, 9);
    expect(before.beds[0].escalationBedDays).toBeGreaterThan(365);
    expect(after.beds[0].escalationBedDays).toBeLessThan(before.beds[0].escalationBedDays / 10);
    // The trust's outturn improves by the escalation saving, less the money of the
    // patients the shorter stays let in sooner (admitted rather than waiting at year end).
    const activity = (lines: typeof before.trustLines) => lines.bedActivityIncome - lines.bedActivityCosts;
    const saving = before.trustLines.escalationCosts - after.trustLines.escalationCosts;
    expect(after.yearEnd[1].outturn - before.yearEnd[1].outturn).toBeCloseTo(saving + activity(after.trustLines) - activity(before.trustLines), 9);
    expect(saving).toBeGreaterThan(0.1);
  });
});

describe.each(['fast', 'detailed'] as const)('a discharge improvement (%s kernel)', (bedModel) => {
  // 20% of patients delayed 5 days: 10 × 0.2 × 5 × 365 = 3,650 delayed bed-days a year.
  const scenario = (interventions: unknown[]) =>
    bedScenario({ bedModel, beds: { coreBeds: 400, emergency: { ...EIGHT_DAYS, stay: { family: 'exponential', meanDays: 4 } }, delayedDischarge: { share: 0.2, meanExtraDays: 5 } }, interventions });
  const scheme = { kind: 'dischargeImprovement', organisations: ['trust'], realisation: 1 };

  it('half as many patients delayed halves the delayed bed-days (1,825); delays 40% shorter take them to 2,190', () => {
    const none = central(scenario([]));
    const fewer = central(scenario([{ ...scheme, claimedDelayedShareReduction: 0.5 }]));
    const shorter = central(scenario([{ ...scheme, claimedExtraDaysReduction: 0.4 }]));
    // A delayed census of 5 to 10 patients: 4 standard errors of a year's mean is under 1.5 beds = 550 bed-days.
    expect(Math.abs(none.beds[0].delayedBedDays - 3650)).toBeLessThan(550);
    expect(Math.abs(fewer.beds[0].delayedBedDays - 1825)).toBeLessThan(550);
    expect(Math.abs(shorter.beds[0].delayedBedDays - 2190)).toBeLessThan(550);
  });

  it('half of a claim of half as many delayed, from October, leaves the first half-year as it was', () => {
    // April to September: 3,650 × 183/365; October to March: 0.75 × 3,650 × 182/365.
    const late = central(scenario([{ ...scheme, from: '2025-10', claimedDelayedShareReduction: 0.5, realisation: 0.5 }]));
    expect(Math.abs(late.beds[0].delayedBedDays - (1830 + 0.75 * 1820))).toBeLessThan(550);
  });
});

describe('validation of the length-of-stay and discharge schemes', () => {
  const issues = (intervention: Record<string, unknown>) => {
    const result = validateScenario(bedScenario({ interventions: [{ organisations: ['trust'], realisation: 1, ...intervention }] }));
    return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
  };

  it('a length-of-stay reduction takes one claim, days or a share', () => {
    const message = 'interventions[0].claimedDaysOff: give one claim: claimedDaysOff (days off the emergency mean stay) or claimedShareOff (a share of it), not both or neither';
    expect(issues({ kind: 'lengthOfStayReduction' })).toEqual([message]);
    expect(issues({ kind: 'lengthOfStayReduction', claimedDaysOff: 1, claimedShareOff: 0.1 })).toEqual([message]);
    expect(issues({ kind: 'lengthOfStayReduction', claimedShareOff: 1.5 })).toEqual(['interventions[0].claimedShareOff: the claimed share off the mean stay must be >= 0 and <= 1, got 1.5']);
  });

  it('a discharge improvement takes at least one claim; both schemes need trusts with beds and a payer for a cost', () => {
    expect(issues({ kind: 'dischargeImprovement' })).toEqual(['interventions[0].claimedDelayedShareReduction: give at least one claim: claimedDelayedShareReduction or claimedExtraDaysReduction']);
    expect(issues({ kind: 'dischargeImprovement', organisations: ['icb'], claimedExtraDaysReduction: 0.2, annualCost: 1 })).toEqual([
      "interventions[0].organisations[0]: 'icb' has no beds section, so it has no stays to change",
      'interventions[0].paidBy: is required when the scheme has an annualCost',
    ]);
  });

  it('a reduction that would take the stay to nothing is refused at the scheme when it runs', () => {
    expect(() => central(bedScenario({ interventions: [{ kind: 'lengthOfStayReduction', organisations: ['trust'], claimedDaysOff: 6, realisation: 1 }] }))).toThrow(
      'interventions[0]: takes the emergency mean stay to -1 days in 2025/26 (from 5); the days or share off must leave a stay above 0',
    );
  });
});
