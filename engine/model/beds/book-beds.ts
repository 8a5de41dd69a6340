import type { TrialState } from '../trial-state.ts';
import { LINE } from '../ledger-lines.ts';
import { book } from '../book-line.ts';
import { BED_MONTH, BED_MONTH_FIELDS } from './bed-metrics.ts';

const POUNDS_PER_MILLION = 1e6;

/**
 * Books one month of the bed model's money (£m), for each acute trust with beds:
 * - the plan books what the avoidance schemes claim: the commissioner's QIPP
 *   (the contract's variable part, `1 − fixedShare`, at the income per
 *   admission, for the admissions the plan expects to avoid: nothing under a
 *   block contract, which does not move with activity) comes off the trust's
 *   income and the commissioner's payments, and the marginal cost of those
 *   admissions comes off the trust's planned costs;
 * - admissions above (below) the plan's expectation earn (lose) the variable
 *   part of the contract, `1 − fixedShare`, at the income per admission, paid by
 *   the commissioner; cancelled electives count as admissions below plan;
 * - income follows the patients admitted, cost follows the patients who need
 *   care: emergency arrivals above (below) plan cost (save) the marginal cost
 *   per admission, whether or not a bed was found for them (a patient who
 *   cannot be admitted is still treated, in a corridor or elsewhere), and a
 *   cancelled operation saves nothing (it is rebooked; the staff are paid);
 *   a patient diverted to a neighbour, or who leaves the trolley queue without
 *   a bed, is neither admitted nor treated here: below plan, they lose the
 *   variable income and save the marginal cost (they go with the patient);
 * - escalation bed days cost the escalation rate per bed day;
 * - closed beds save the cost per bed day, times the share of the booked saving
 *   that is real; opened beds cost it;
 * and the running cost of each admission-avoidance scheme falls on its payer.
 */
export function bookBedMonth(state: TrialState, year: number, month: number, fixedShareOf: (organisation: number) => number): void {
  const { model } = state;
  const beds = state.beds;
  const monthIndex = year * 12 + month;
  if (beds) {
    for (const trust of model.bedTrusts) {
      const o = trust.organisation;
      const at = (trust.bedIndex * model.monthCount + monthIndex) * BED_MONTH_FIELDS;
      const emergencyAboveTarget = beds.monthly[at + BED_MONTH.emergencyAdmitted] - beds.monthly[at + BED_MONTH.emergencyPlanned];
      const electiveAboveTarget = beds.monthly[at + BED_MONTH.electiveAdmitted] - beds.monthly[at + BED_MONTH.electivePlanned];
      const contract = model.organisations[o].contract;
      const variableShare = contract ? 1 - fixedShareOf(o) : 0;
      const income =
        (variableShare * (emergencyAboveTarget * state.value(trust.emergency.incomePerAdmission, year) + electiveAboveTarget * state.value(trust.elective.incomePerAdmission, year))) /
        POUNDS_PER_MILLION;
      if (income !== 0) {
        book(state, o, LINE.bedActivityIncome, month, income);
        if (contract && contract.commissioner >= 0) book(state, contract.commissioner, LINE.contractPayments, month, income);
      }
      const avoidedPlanned = beds.monthly[at + BED_MONTH.emergencyAvoidedPlanned];
      if (avoidedPlanned > 0) {
        const qipp = (variableShare * avoidedPlanned * state.value(trust.emergency.incomePerAdmission, year)) / POUNDS_PER_MILLION;
        book(state, o, LINE.qippContractReduction, month, -qipp);
        if (contract && contract.commissioner >= 0) book(state, contract.commissioner, LINE.contractPayments, month, -qipp);
        book(state, o, LINE.avoidanceCostRelease, month, -(avoidedPlanned * state.value(trust.emergency.costPerAdmission, year)) / POUNDS_PER_MILLION);
      }
      const arrivalsAboveTarget = emergencyAboveTarget + beds.monthly[at + BED_MONTH.emergencyRefused];
      const marginal = (arrivalsAboveTarget * state.value(trust.emergency.costPerAdmission, year)) / POUNDS_PER_MILLION;
      book(state, o, LINE.bedActivityCosts, month, marginal);
      book(state, o, LINE.escalationCosts, month, (beds.monthly[at + BED_MONTH.escalationBedDays] * state.value(trust.escalationCostPerBedDay, year)) / POUNDS_PER_MILLION);
      const bedDay = state.value(trust.costPerBedDay, year) / POUNDS_PER_MILLION;
      book(state, o, LINE.bedClosureSavings, month, -beds.monthly[at + BED_MONTH.closedBedDays] * bedDay);
      book(state, o, LINE.bedOpeningCosts, month, beds.monthly[at + BED_MONTH.openedBedDays] * bedDay);
    }
  }
  for (const scheme of model.schemeCosts) {
    if (monthIndex >= scheme.fromMonth) book(state, scheme.paidBy, LINE.schemeCosts, month, state.value(scheme.annualCost, year) / 12);
  }
}
