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

  it('with beds, say that cancelled operations never return until there is a waiting list; without beds, say nothing of them', () => {
    const withBeds = runNotes(compileModel(bedScenario()));
    expect(withBeds).toContain(
      'Cancelled operations lose their variable income and save no cost, and the work never comes back: there is no waiting list yet, so a cancelled operation is not rebooked within the modelled years and its income is not earned later (this overstates the income lost).',
    );
    expect(runNotes(compileModel(uncertainScenario())).some((note) => note.includes('Cancelled operations'))).toBe(false);
  });

  it('say nothing about a reserve when there is none', () => {
    expect(runNotes(compileModel(uncertainScenario({ rule: 'proRata' }))).some((note) => note.includes('reserve'))).toBe(false);
  });
});
