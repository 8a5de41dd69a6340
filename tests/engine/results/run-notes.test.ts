import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../engine/model/compile-model.ts';
import { runNotes } from '../../../engine/results/run-notes.ts';
import { uncertainScenario } from '../fixtures.ts';
import { bedScenario } from '../model/beds/beds-scenario.ts';

describe('run notes say how the figures were made', () => {
  it('say where a contingency reserve comes from and that control totals are before it, for the scenario rule and each alternative rule', () => {
    const document = uncertainScenario({ rule: 'contingencyReserve', reserve: 12, remainder: 'hold' }) as ReturnType<typeof uncertainScenario> & { systems: Array<Record<string, unknown>> };
    document.systems[0].riskShareAlternatives = [{ rule: 'contingencyReserve', label: 'Reserve returned', reserve: 5, remainder: 'returnProRata' }];
    const notes = runNotes(compileModel(document)).filter((note) => note.includes('contingency reserve'));
    expect(notes).toEqual([
      'Uncertain ICS, rule "contingency reserve": the contingency reserve is top-sliced from the single pot (the ICBs pay it in by their share of the allocation) and pays deficits measured before the reserve; what is left at the year end is held in the reserve, inside the system. Control totals are as written, before the reserve, so an ICB\'s position counts what it paid in and did not get back.',
      'Uncertain ICS, rule "Reserve returned": the contingency reserve is top-sliced from the single pot (the ICBs pay it in by their share of the allocation) and pays deficits measured before the reserve; what is left at the year end goes back to the ICBs in proportion to what each paid in. Control totals are as written, before the reserve, so an ICB\'s position counts what it paid in and did not get back.',
    ]);
  });

  it('name the trusts that divert or let patients leave the queue, and say what happens to those patients', () => {
    const notes = runNotes(compileModel(bedScenario({ beds: { diversion: { queueLength: 20, share: 0.5 }, abandonAfterHours: 12 } })));
    expect(notes).toContain(
      'Trust: once 20 patients wait, 50% of further arrivals who find no bed are diverted to a neighbouring trust (whose beds are not modelled); a patient who has waited 12 hours without a bed leaves the queue (not admitted, and not among the waits, which count the patients admitted). Diverted patients and those who leave earn no income and cost no admission at this trust.',
    );
    expect(runNotes(compileModel(bedScenario())).some((note) => note.includes('diverted'))).toBe(false);
  });

  it('with beds, say that cancelled operations never return until there is a waiting list; without beds, say nothing of them', () => {
    const withBeds = runNotes(compileModel(bedScenario()));
    expect(withBeds).toContain(
      'Cancelled operations lose their variable income and save no cost, and the work never comes back: there is no waiting list yet, so a cancelled operation is not rebooked within the modelled years and its income is not earned later (this overstates the income lost).',
    );
    expect(runNotes(compileModel(uncertainScenario())).some((note) => note.includes('Cancelled operations'))).toBe(false);
  });

  it('with a waiting list, say that a cancelled operation is rebooked from it and earns its income when done, and name the trusts without one', () => {
    const waitingList = { startingSize: 100, ageProfile: [{ fromWeeks: 0, toWeeks: 10, share: 1 }], referralsPerMonth: 10, removalRatePerMonth: 0 };
    const document = bedScenario({ beds: { elective: { admissionsPerYear: 120, stay: { family: 'exponential', meanDays: 2 }, waitingList } } });
    const notes = runNotes(compileModel(document));
    expect(notes.some((note) => note.includes('never comes back'))).toBe(false);
    expect(notes).toContain(
      "Planned operations are drawn from the trust's waiting list, longest waiters first and never more than are on it. A cancelled operation goes back on the list keeping its wait and is rebooked on the next elective day with a free slot, ahead of new patients but within the planned slots: its income (the variable part) is earned when it is done, while the slot it lost is not made up and the patient it displaces waits longer. Income follows the operations done, not those planned; a cancellation saves no cost.",
    );
    const mixed = structuredClone(document) as { systems: Array<{ organisations: Array<Record<string, unknown>> }> };
    mixed.systems[0].organisations.push({ ...structuredClone(mixed.systems[0].organisations[1]), id: 'other', name: 'Other trust', beds: bedScenario().systems[0].organisations[1].beds });
    const mixedNotes = runNotes(compileModel(mixed));
    expect(mixedNotes.some((note) => note.startsWith('At Trust, planned operations'))).toBe(true);
    expect(mixedNotes.some((note) => note.startsWith('At Other trust (no waiting list): Cancelled operations lose'))).toBe(true);
  });

  it('say nothing about a reserve when there is none', () => {
    expect(runNotes(compileModel(uncertainScenario({ rule: 'proRata' }))).some((note) => note.includes('reserve'))).toBe(false);
  });
});
