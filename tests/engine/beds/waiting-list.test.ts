import { describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, simulateBedsFast, type BedSimulationInput } from '../../../engine/beds/index.ts';
import {
  bookFromWaitingList,
  createWaitingList,
  medianWeeksWaited,
  recordElectiveDay,
  resetWaitingList,
  WAITING_LIST_MONTH as FIELD,
  WAITING_LIST_MONTH_FIELDS,
  type WaitingList,
} from '../../../engine/beds/waiting-list.ts';
import { createStream } from '../../../engine/random/stream.ts';
import { realisticTrust } from './realistic-trust.ts';

const month = (list: WaitingList, index: number, field: keyof typeof FIELD) => list.monthly[index * WAITING_LIST_MONTH_FIELDS + FIELD[field]];

describe('the elective waiting list, worked by hand', () => {
  // Ten patients, one in each of weeks 0 … 9, no referrals and no removals; five days in one month.
  function tenPatients(rebookAfterDays: number): WaitingList {
    const list = createWaitingList(new Int32Array(5), 1, rebookAfterDays);
    resetWaitingList(list, 10, [{ fromWeeks: 0, toWeeks: 10, share: 1 }], createStream(1, 'hand'));
    return list;
  }

  it('fills the slots with the longest waiters, and a cancelled patient comes back first on the next day, keeping the wait', () => {
    const list = tenPatients(1);
    expect(bookFromWaitingList(list, 0, 3)).toBe(3);
    recordElectiveDay(list, 0, 2); // one cancelled: the weeks-9 and weeks-8 patients are treated
    expect(Array.from(list.cohorts.slice(0, 10))).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
    expect(list.booked).toBe(1);
    expect(bookFromWaitingList(list, 1, 3)).toBe(3); // the cancelled patient and two new
    expect(list.rebookedToday).toBe(1);
    recordElectiveDay(list, 1, 3);
    expect(list.size).toBe(5);
    expect(list.booked).toBe(0);
    expect(Array.from(list.cohorts.slice(0, 10))).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
  });

  it('never books more patients than are on the list', () => {
    const list = tenPatients(1);
    expect(bookFromWaitingList(list, 0, 25)).toBe(10);
    recordElectiveDay(list, 0, 10);
    expect(bookFromWaitingList(list, 1, 3)).toBe(0);
  });

  it('rebooks after the stated delay, into the first day with a free slot, and the month balances', () => {
    const list = tenPatients(2);
    bookFromWaitingList(list, 0, 2);
    recordElectiveDay(list, 0, 0); // both cancelled, due on day 2
    bookFromWaitingList(list, 1, 2); // day 1: two new patients (the cancelled are not due yet)
    expect(list.rebookedToday).toBe(0);
    recordElectiveDay(list, 1, 2);
    expect(bookFromWaitingList(list, 2, 1)).toBe(1); // one slot: one rebooked, the other moves to day 3
    expect(list.rebookedToday).toBe(1);
    recordElectiveDay(list, 2, 1);
    expect(bookFromWaitingList(list, 3, 0)).toBe(0); // no slots on day 3: moves to day 4
    recordElectiveDay(list, 3, 0);
    expect(bookFromWaitingList(list, 4, 1)).toBe(1);
    expect(list.rebookedToday).toBe(1);
    recordElectiveDay(list, 4, 1);
    expect(month(list, 0, 'treated')).toBe(4);
    expect(month(list, 0, 'cancelled')).toBe(2);
    expect(month(list, 0, 'rebooked')).toBe(2);
    expect(month(list, 0, 'startSize') + month(list, 0, 'added') - month(list, 0, 'treated') - month(list, 0, 'removed')).toBe(month(list, 0, 'endSize'));
    expect(month(list, 0, 'endSize')).toBe(6);
  });

  it('median weeks waited interpolates within the week', () => {
    expect(medianWeeksWaited(Float64Array.of(2, 2), 4)).toBe(1);
    expect(medianWeeksWaited(Float64Array.of(1, 0, 3), 4)).toBeCloseTo(2 + 1 / 3, 12);
    expect(medianWeeksWaited(Float64Array.of(0, 0), 0)).toBe(0);
  });

  it('ages the list one week every seven days and counts 18- and 52-week waiters at the month end', () => {
    const days = 7 * 10;
    const list = createWaitingList(new Int32Array(days), 1, 1);
    resetWaitingList(list, 40, [{ fromWeeks: 10, toWeeks: 50, share: 1 }], createStream(1, 'ages'));
    for (let day = 0; day < days; day++) {
      bookFromWaitingList(list, day, 0);
      recordElectiveDay(list, day, 0);
    }
    // After 9 week boundaries (days 7 … 63) the patients have waited 19 … 58 weeks.
    expect(month(list, 0, 'over18Weeks')).toBe(40);
    expect(month(list, 0, 'over52Weeks')).toBe(7);
    expect(month(list, 0, 'medianWeeks')).toBe(39);
  });
});

/** A realistic trust with a waiting list of 3,000 (ages 0–52 weeks), referrals a little above the slots and 1% removed a month. */
function withList(input: BedSimulationInput, months: Int32Array): BedSimulationInput {
  const list = createWaitingList(months, 12, 1);
  list.referralsPerDay.fill((12 * 5 * 1.02) / 7);
  list.removalRate.fill(0.01);
  return { ...input, waitingList: list };
}

const MONTHS = Int32Array.from({ length: 365 }, (_, day) => Math.min(11, Math.floor(day / 30.42)));

describe.each([
  ['simulateBedsFast', simulateBedsFast],
  ['simulateBedsDetailed', simulateBedsDetailed],
] as const)('%s with a waiting list', (_, simulate) => {
  it('balances exactly in every month of every trial, and its operations done and cancelled are the kernel’s', () => {
    const input = withList({ ...realisticTrust(365, 0.97, 10), frontDoor: 'queue' }, MONTHS);
    const list = input.waitingList!;
    const workspace = createBedWorkspace(800);
    const out = createBedOutput(365);
    for (let trial = 0; trial < 5; trial++) {
      resetWaitingList(
        list,
        3000,
        [
          { fromWeeks: 0, toWeeks: 18, share: 0.6 },
          { fromWeeks: 18, toWeeks: 52, share: 0.4 },
        ],
        createStream(3, 'list', trial),
      );
      simulate(input, createStream(3, 'beds', trial), workspace, out);
      let treated = 0;
      let cancelled = 0;
      for (let m = 0; m < 12; m++) {
        expect(month(list, m, 'startSize') + month(list, m, 'added') - month(list, m, 'treated') - month(list, m, 'removed')).toBe(month(list, m, 'endSize'));
        if (m > 0) expect(month(list, m, 'startSize')).toBe(month(list, m - 1, 'endSize'));
        treated += month(list, m, 'treated');
        cancelled += month(list, m, 'cancelled');
      }
      expect(treated).toBe(out.electiveAdmitted.reduce((sum, value) => sum + value, 0));
      expect(cancelled).toBe(out.electiveCancelled.reduce((sum, value) => sum + value, 0));
      expect(cancelled).toBeGreaterThan(0); // the ward is full enough to cancel, so rebooking is exercised
      expect(month(list, 11, 'endSize')).toBe(list.size);
    }
  });

  it('with the list never short of patients, every bed figure is the same as without it', () => {
    const plain = { ...realisticTrust(365, 0.95, 10), frontDoor: 'queue' as const };
    const input = withList(plain, MONTHS);
    resetWaitingList(input.waitingList!, 5000, [{ fromWeeks: 0, toWeeks: 30, share: 1 }], createStream(4, 'list'));
    const workspace = createBedWorkspace(800);
    const without = createBedOutput(365);
    const withTheList = createBedOutput(365);
    simulate(plain, createStream(4, 'beds'), workspace, without);
    simulate(input, createStream(4, 'beds'), workspace, withTheList);
    expect(Array.from(withTheList.occupied)).toEqual(Array.from(without.occupied));
    expect(Array.from(withTheList.electiveCancelled)).toEqual(Array.from(without.electiveCancelled));
    expect(Array.from(withTheList.waitsOver12Hours)).toEqual(Array.from(without.waitsOver12Hours));
  });

  it('closing beds never shortens the waiting list in the same trial, at any month end (common random numbers)', () => {
    const workspace = createBedWorkspace(800);
    const open = createBedOutput(365);
    const closed = createBedOutput(365);
    let longer = 0;
    let compared = 0;
    for (const frontDoor of ['queue', 'loss'] as const) {
      const base = { ...realisticTrust(365, 0.95, 10), frontDoor };
      for (const k of [10, 40]) {
        const openInput = withList(base, MONTHS);
        const closedInput = withList({ ...base, coreBeds: base.coreBeds.map((beds) => beds - k) }, MONTHS);
        for (let trial = 0; trial < 8; trial++) {
          const bands = [
            { fromWeeks: 0, toWeeks: 18, share: 0.6 },
            { fromWeeks: 18, toWeeks: 60, share: 0.4 },
          ];
          resetWaitingList(openInput.waitingList!, 3000, bands, createStream(5, 'list', trial));
          resetWaitingList(closedInput.waitingList!, 3000, bands, createStream(5, 'list', trial));
          simulate(openInput, createStream(5, 'beds', trial), workspace, open);
          simulate(closedInput, createStream(5, 'beds', trial), workspace, closed);
          for (let m = 0; m < 12; m++) {
            const shorter = month(closedInput.waitingList!, m, 'endSize') - month(openInput.waitingList!, m, 'endSize');
            if (shorter < 0) expect.fail(`${frontDoor}, k ${k}, trial ${trial}, month ${m}: the list is ${-shorter} shorter with fewer beds`);
            compared++;
            if (shorter > 0) longer++;
          }
        }
      }
    }
    // The comparison has teeth: fewer beds leave more patients waiting in most month ends.
    expect(longer).toBeGreaterThan(0.5 * compared);
  });
});
