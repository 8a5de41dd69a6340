import type { TrialState } from './trial-state.ts';
import { LINE, LINE_COUNT } from './ledger-lines.ts';
import { contractIncomeFactor } from './payment-model.ts';
import { book } from './book-line.ts';
import { achievablePlan } from './achievable-plan.ts';
import { bookBedMonth } from './beds/book-beds.ts';
import { bookCare } from './care/book-care.ts';
import { bookPools } from './care/book-pools.ts';
import { bookPlaces } from './places/book-places.ts';

/**
 * Books one financial year of every organisation's income and expenditure,
 * month by month, into `state.lines` (annual totals per line) and
 * `state.monthlyNet` (net position each month).
 *
 * Annual amounts grow from their baselines by the year's rates (compounded
 * from year to year); pay, non-pay and drugs flex with activity by the
 * organisation's variable cost share and carry its CIP; contract income
 * follows the payment model in force that month; the ICB pays what its
 * providers earn; a contingency reserve is top-sliced from the single pot
 * (each ICB's allocation, by its share); budget transfers and extra funding start from their month;
 * care services are split between the ICB, the council and people (care/book-care.ts),
 * and pooled budgets collect contributions and share their over- or underspend (care/book-pools.ts);
 * last, places that hold budgets settle theirs, cutting named services or drawing on the reserve (places/book-places.ts).
 * Money moving between two organisations is booked on both sides, so it
 * cancels in the system total.
 */
export function bookYear(state: TrialState, year: number): void {
  state.lines.fill(0);
  state.monthlyNet.fill(0);
  advanceIndices(state, year);
  bookEvenAmounts(state, year);
  bookCare(state, year);
  bookPools(state, year);
  for (let month = 0; month < 12; month++) bookMonth(state, year, month);
  bookPlaces(state, year);
}

function advanceIndices(state: TrialState, year: number): void {
  const { systems, organisations } = state.model;
  for (const system of systems) state.allocationIndex[system.index] *= 1 + state.value(system.allocationGrowth, year);
  for (const organisation of organisations) {
    const o = organisation.index;
    for (const amountLine of organisation.amountLines) {
      state.growthIndex[o * LINE_COUNT + amountLine.line] *= 1 + state.value(amountLine.growth, year);
    }
    if (organisation.contract) state.contractIndex[o] *= 1 + state.value(organisation.contract.uplift, year);
    state.activityIndex[o] *= (1 + state.value(organisation.actualGrowth, year)) / (1 + state.value(organisation.plannedGrowth, year));
  }
}

function spread(state: TrialState, entity: number, line: number, annual: number): void {
  if (annual === 0) return;
  for (let month = 0; month < 12; month++) book(state, entity, line, month, annual / 12);
}

function bookEvenAmounts(state: TrialState, year: number): void {
  const { systems, organisations } = state.model;
  for (const organisation of organisations) {
    const o = organisation.index;
    if (organisation.kind === 'icb') {
      const system = systems[organisation.systemIndex];
      const pot = state.value(system.allocationBaseline, year) * state.allocationIndex[system.index];
      spread(state, o, LINE.allocation, pot * organisation.allocationShare);
    }
    let flexibleCost = 0;
    for (const amountLine of organisation.amountLines) {
      const annual = state.value(amountLine.baseline, year) * state.growthIndex[o * LINE_COUNT + amountLine.line];
      if (amountLine.flexible) flexibleCost += annual;
      spread(state, o, amountLine.line, annual);
    }
    spread(state, o, LINE.activityCosts, flexibleCost * organisation.variableCostShare * (state.activityIndex[o] - 1));
    if (organisation.cip) {
      const previous = state.previousFlexibleCost[o];
      const carried = previous > 0 ? state.cipCarried[o] * (flexibleCost / previous) : 0;
      const plan = achievablePlan(state.value(organisation.cip.plan, year), organisation.cip.ceiling < 0 ? 0 : state.value(organisation.cip.ceiling, year)) * (flexibleCost - carried);
      const delivered = plan * Math.max(0, state.value(organisation.cip.delivery, year));
      spread(state, o, LINE.cipSavings, -(carried + delivered));
      state.cipCarried[o] = organisation.cip.recurrent ? carried + delivered : 0;
    }
    state.previousFlexibleCost[o] = flexibleCost;
  }
}

function bookMonth(state: TrialState, year: number, month: number): void {
  const { model } = state;
  const monthIndex = year * 12 + month;
  const { organisations, systems, paymentChanges, transfers, extraFunding } = model;

  for (const system of systems) {
    if (system.reserveEntity < 0) continue;
    // The reserve comes from the single pot: each ICB pays in by its share of the allocation.
    const reserve = state.value(system.riskShare.reserve, year) / 12;
    if (reserve === 0) continue;
    for (const [o, share] of system.reservePayers) book(state, o, LINE.reserveTopSlice, month, reserve * share);
    book(state, system.reserveEntity, LINE.reserveIncome, month, reserve);
  }

  const fixedShareOf = (organisation: number): number => {
    let fixedShare = organisations[organisation].contract?.fixedShare ?? 1;
    for (const change of paymentChanges) {
      if (change.organisation === organisation && change.fromMonth <= monthIndex) fixedShare = change.fixedShare;
    }
    return fixedShare;
  };
  for (const organisation of organisations) {
    const contract = organisation.contract;
    if (!contract) continue;
    const fixedShare = fixedShareOf(organisation.index);
    const income = (plannedContract(state, organisation.index, year) * contractIncomeFactor(fixedShare, state.activityIndex[organisation.index])) / 12;
    book(state, organisation.index, LINE.contractIncome, month, income);
    if (contract.commissioner >= 0) book(state, contract.commissioner, LINE.contractPayments, month, income);
  }

  for (const transfer of transfers) {
    if (monthIndex < transfer.fromMonth) continue;
    const amount = state.value(transfer.amount, year) / 12;
    book(state, transfer.from, LINE.transfersOut, month, amount);
    book(state, transfer.to, LINE.transfersIn, month, amount);
  }
  for (const funding of extraFunding) {
    if (monthIndex >= funding.fromMonth) book(state, funding.organisation, LINE.extraFunding, month, state.value(funding.amount, year) / 12);
  }
  bookBedMonth(state, year, month, fixedShareOf);
}

/** Annual contract value at planned activity (0 without a contract). */
function plannedContract(state: TrialState, organisation: number, year: number): number {
  const contract = state.model.organisations[organisation].contract;
  if (!contract) return 0;
  return state.value(contract.baseline, year) * state.contractIndex[organisation];
}
