import type { CompiledModel } from '../model/compiled-model.ts';
import { riskShareLabel } from '../scenario/schema/risk-share.ts';

/**
 * What a reader of the results must know about how the figures were made,
 * in plain English, one sentence each: whether control totals were written
 * before or after incentive funding, where a contingency reserve came from
 * and what control totals it is compared with, and, with beds, what a
 * patient who finds no bed does and what becomes of a cancelled operation
 * (rebooked from the trust's waiting list, or, without one, never done).
 * Shown with the results
 * (CLI, web app) so a number is never read against the wrong basis.
 *
 * @example
 * runNotes(model) // ["Shire ICS, rule "Central reserve of £12m": the contingency reserve is top-sliced from the single pot ..."]
 */
export function runNotes(model: CompiledModel): string[] {
  const notes: string[] = [controlTotalBasisNote(model)];
  for (const system of model.scenario.systems) {
    const agreements = [...(system.riskShare ? [system.riskShare] : []), ...(system.riskShareAlternatives ?? [])];
    for (const agreement of agreements) {
      if (agreement.rule !== 'contingencyReserve') continue;
      const remainder =
        agreement.remainder === 'returnProRata'
          ? 'what is left at the year end goes back to the ICBs in proportion to what each paid in'
          : 'what is left at the year end is held in the reserve, inside the system';
      notes.push(
        `${system.name}, rule "${riskShareLabel(agreement)}": the contingency reserve is top-sliced from the single pot (the ICBs pay it in by their share of the allocation) and pays deficits measured before the reserve; ${remainder}. Control totals are as written, before the reserve, so an ICB's position counts what it paid in and did not get back.`,
      );
    }
  }
  if (model.bedTrusts.length > 0) {
    const lossTrusts = model.bedTrusts.filter((trust) => trust.frontDoor === 'loss').map((trust) => model.organisations[trust.organisation].name);
    const fromWaits = model.bedTrusts.filter((trust) => trust.fourHourFromWaits !== undefined);
    const fourHour =
      fromWaits.length === model.bedTrusts.length
        ? 'A&E 4-hour performance is read from these waits (fourHourPerformance.from: waits)'
        : `A&E 4-hour performance reads occupancy off its curve, not these waits${fromWaits.length > 0 ? `, except at ${fromWaits.map((trust) => model.organisations[trust.organisation].name).join(', ')}, where it is read from them (fourHourPerformance.from: waits)` : ''}`;
    notes.push(
      `An emergency patient who finds every bed full waits on a trolley for the next one, first come first served and ahead of planned operations (frontDoor: queue)${lossTrusts.length > 0 ? `, except at ${lossTrusts.join(', ')}, where they are counted as not admitted (frontDoor: loss)` : ''}; waits are counted in the year of the decision to admit. ${fourHour}.`,
    );
    for (const trust of fromWaits) {
      const waits = trust.fourHourFromWaits!;
      notes.push(
        `${model.organisations[trust.organisation].name}: A&E 4-hour performance = the baseline − each day's emergency patients whose wait for a bed is over ${+(waits.breachAfterDays * 24).toFixed(2)} hours (4 hours less the ${+(4 - waits.breachAfterDays * 24).toFixed(2)} assumed in A&E before the decision to admit) ÷ the day's expected A&E attendances (emergency arrivals × ${+waits.attendancesPerAdmission.toFixed(2)}), averaged over the days; it counts only the admitted patients' breaches caused by waiting for a bed, not the rest of A&E.`,
      );
    }
    for (const trust of model.bedTrusts) {
      const parts: string[] = [];
      if (trust.diversion)
        parts.push(
          `once ${trust.diversion.queueLength.toLocaleString('en-GB')} patients wait, ${trust.diversion.share === 1 ? 'every further arrival who finds no bed is' : `${Math.round(trust.diversion.share * 100)}% of further arrivals who find no bed are`} diverted to a neighbouring trust (whose beds are not modelled)`,
        );
      if (trust.abandonAfterDays !== undefined)
        parts.push(
          `a patient who has waited ${+(trust.abandonAfterDays * 24).toFixed(2)} hours without a bed leaves the queue (not admitted, and not among the waits, which count the patients admitted)`,
        );
      if (parts.length > 0) {
        notes.push(`${model.organisations[trust.organisation].name}: ${parts.join('; ')}. Diverted patients and those who leave earn no income and cost no admission at this trust.`);
      }
    }
    notes.push(...cancelledOperationNotes(model));
  }
  return notes;
}

/** Which way the scenario writes control totals, and what P(meet) therefore asks. */
function controlTotalBasisNote(model: CompiledModel): string {
  const question = 'so P(meet) asks whether the outturn after risk share, without incentive funding, reaches it';
  if (model.controlTotalBasis === 'beforeIncentive') {
    return `Control totals are written before incentive funding (controlTotalBasis: beforeIncentive, the default), ${question}; incentive funding is paid on top.`;
  }
  const adjusted = model.organisations.filter((organisation) => organisation.incentiveInControlTotal > 0);
  const list = adjusted.map((organisation) => `${organisation.name} £${organisation.incentiveInControlTotal}m`).join(', ');
  return `Control totals are written after incentive funding (controlTotalBasis: afterIncentive): each is compared before it, as the written total less the organisation's full incentive amounts${list ? ` (${list})` : ' (no organisation here has any)'}, and a written system total less its members', ${question}.`;
}

const NEVER_RETURNS =
  'Cancelled operations lose their variable income and save no cost, and the work never comes back: there is no waiting list yet, so a cancelled operation is not rebooked within the modelled years and its income is not earned later (this overstates the income lost).';

/** What becomes of a cancelled operation: at trusts with a waiting list it is rebooked from it; at the others it is never done. */
function cancelledOperationNotes(model: CompiledModel): string[] {
  const withList = model.bedTrusts.filter((trust) => trust.waitingList !== undefined);
  if (withList.length === 0) return [NEVER_RETURNS];
  const names = (trusts: typeof model.bedTrusts) => trusts.map((trust) => model.organisations[trust.organisation].name).join(', ');
  const without = model.bedTrusts.filter((trust) => trust.waitingList === undefined);
  const delays = [...new Set(withList.map((trust) => trust.waitingList!.rebookAfterDays))];
  const when =
    delays.length === 1 && delays[0] === 1 ? 'on the next elective day with a free slot' : 'on the first elective day with a free slot once its rebooking delay (rebookAfterDays) has passed';
  return [
    `${without.length > 0 ? `At ${names(withList)}, planned` : 'Planned'} operations are drawn from the trust's waiting list, longest waiters first and never more than are on it. A cancelled operation goes back on the list keeping its wait and is rebooked ${when}, ahead of new patients but within the planned slots: its income (the variable part) is earned when it is done, while the slot it lost is not made up and the patient it displaces waits longer. Income follows the operations done, not those planned; a cancellation saves no cost.`,
    ...(without.length > 0 ? [`At ${names(without)} (no waiting list): ${NEVER_RETURNS}`] : []),
  ];
}
