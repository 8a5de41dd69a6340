import type { ParameterTable } from '../parameter-table.ts';
import type { Scenario } from '../../scenario/schema/scenario.ts';
import { DEFAULT_OCCUPANCY_PENALTY, ENGLAND_ATTENDANCES_PER_ADMISSION, type BedsSpec, type LengthOfStaySpec } from '../../scenario/schema/beds.ts';
import { occupancyPenaltyCurve } from './occupancy-penalty.ts';
import { shareClosure, systemBedTrusts } from './share-closure.ts';
import type { ParameterSpec } from '../../scenario/schema/parameter.ts';
import { monthIndexOf } from '../../calendar/financial-calendar.ts';
import type { BedCalendar } from './bed-calendar.ts';
import { compileWaitingList } from './compile-waiting-list.ts';
import { careServiceIndex, compileCareWaits } from '../care/compile-care-waits.ts';
import type { CompiledAvoidance, CompiledBedChange, CompiledBedTrust, CompiledDischargeImprovement, CompiledSchemeCost, CompiledStay, CompiledStayReduction } from './compiled-beds.ts';

const FLAT_WEEK = [1, 1, 1, 1, 1, 1, 1];
const WORKING_WEEK = [1, 1, 1, 1, 1, 0, 0];

/**
 * Compiles every acute trust's `beds` section and the bed interventions
 * (closures, openings, closures shared across a system, admission avoidance,
 * length-of-stay and discharge schemes) into day-indexed plans whose
 * numbers are parameter slots.
 */
export function compileBeds(scenario: Scenario, table: ParameterTable, idToIndex: ReadonlyMap<string, number>, calendar: BedCalendar): { trusts: CompiledBedTrust[]; schemes: CompiledSchemeCost[] } {
  const { firstYear } = scenario.horizon;
  const dayOfMonth = (month: string | undefined) => {
    if (month === undefined) return 0;
    const index = monthIndexOf(firstYear, month);
    return index <= 0 ? 0 : calendar.monthStart[Math.min(index, calendar.monthStart.length - 1)];
  };
  const changes = new Map<string, CompiledBedChange[]>();
  const avoidance = new Map<string, CompiledAvoidance[]>();
  const stayReductions = new Map<string, CompiledStayReduction[]>();
  const dischargeImprovements = new Map<string, CompiledDischargeImprovement[]>();
  const schemes: CompiledSchemeCost[] = [];
  (scenario.interventions ?? []).forEach((intervention, index) => {
    const path = `interventions[${index}]`;
    if (intervention.kind === 'closeBeds' || intervention.kind === 'openBeds') {
      const list = changes.get(intervention.organisation) ?? [];
      list.push({
        fromDay: dayOfMonth(intervention.from),
        beds: intervention.kind === 'closeBeds' ? intervention.beds : -intervention.beds,
        savingRealisation: intervention.kind === 'closeBeds' ? optional(table, `${path}.savingRealisation`, intervention.savingRealisation, 1) : table.constant(0),
      });
      changes.set(intervention.organisation, list);
    }
    if (intervention.kind === 'closeBedsAcrossSystem') {
      const trusts = systemBedTrusts(scenario, intervention.system);
      const shares = shareClosure(intervention.beds, trusts, intervention.sharedBy ?? 'coreBeds');
      // One realisation for all the trusts: the closures are one decision, their savings one estimate.
      const savingRealisation = optional(table, `${path}.savingRealisation`, intervention.savingRealisation, 1);
      trusts.forEach((trust, position) => {
        if (shares[position] === 0) return;
        changes.set(trust.id, [...(changes.get(trust.id) ?? []), { fromDay: dayOfMonth(intervention.from), beds: shares[position], savingRealisation }]);
      });
    }
    if (intervention.kind === 'admissionAvoidance' || intervention.kind === 'lengthOfStayReduction' || intervention.kind === 'dischargeImprovement') {
      const fromDay = dayOfMonth(intervention.from);
      const rampDays = Math.round((intervention.rampUpMonths ?? 0) * 30.4375);
      // Each scheme's claim comes before its realisation in the table (the workbook lists them in that order).
      const realisation = () => table.add(`${path}.realisation`, intervention.realisation);
      if (intervention.kind === 'admissionAvoidance') {
        const group = intervention.targetGroup;
        const claimedReduction = table.add(`${path}.claimedReduction`, intervention.claimedReduction);
        const scheme: CompiledAvoidance = {
          fromDay,
          rampDays,
          claimedReduction,
          realisation: realisation(),
          ...(group && { targetGroup: { path: `${path}.targetGroup`, share: table.add(`${path}.targetGroup.share`, group.share), stay: compileStay(table, `${path}.targetGroup.stay`, group.stay) } }),
        };
        for (const id of intervention.organisations) avoidance.set(id, [...(avoidance.get(id) ?? []), scheme]);
      } else if (intervention.kind === 'lengthOfStayReduction') {
        const daysOff = intervention.claimedDaysOff === undefined ? undefined : table.add(`${path}.claimedDaysOff`, intervention.claimedDaysOff);
        const shareOff = intervention.claimedShareOff === undefined ? undefined : table.add(`${path}.claimedShareOff`, intervention.claimedShareOff);
        const scheme: CompiledStayReduction = { path, fromDay, rampDays, daysOff, shareOff, realisation: realisation() };
        for (const id of intervention.organisations) stayReductions.set(id, [...(stayReductions.get(id) ?? []), scheme]);
      } else {
        const delayedShareReduction = optional(table, `${path}.claimedDelayedShareReduction`, intervention.claimedDelayedShareReduction, 0);
        const extraDaysReduction = optional(table, `${path}.claimedExtraDaysReduction`, intervention.claimedExtraDaysReduction, 0);
        const scheme: CompiledDischargeImprovement = { path, fromDay, rampDays, delayedShareReduction, extraDaysReduction, realisation: realisation() };
        for (const id of intervention.organisations) dischargeImprovements.set(id, [...(dischargeImprovements.get(id) ?? []), scheme]);
      }
      if (intervention.annualCost !== undefined && intervention.paidBy !== undefined) {
        schemes.push({
          paidBy: idToIndex.get(intervention.paidBy) as number,
          annualCost: table.add(`${path}.annualCost`, intervention.annualCost),
          fromMonth: Math.max(0, intervention.from === undefined ? 0 : monthIndexOf(firstYear, intervention.from)),
        });
      }
    }
  });

  const trusts: CompiledBedTrust[] = [];
  const careServices = careServiceIndex(scenario);
  let lists = 0;
  scenario.systems.forEach((system, systemIndex) => {
    system.organisations.forEach((organisation, position) => {
      if (!organisation.beds) return;
      const path = `systems[${systemIndex}].organisations[${position}].beds`;
      const trust = compileTrust(
        organisation.beds,
        path,
        trusts.length,
        idToIndex.get(organisation.id) as number,
        table,
        calendar,
        changes.get(organisation.id) ?? [],
        {
          avoidance: avoidance.get(organisation.id) ?? [],
          stayReductions: stayReductions.get(organisation.id) ?? [],
          dischargeImprovements: dischargeImprovements.get(organisation.id) ?? [],
        },
        careServices,
      );
      const waitingList = organisation.beds.elective?.waitingList;
      trusts.push(waitingList ? { ...trust, waitingList: compileWaitingList(waitingList, `${path}.elective.waitingList`, lists++, table) } : trust);
    });
  });
  return { trusts, schemes };
}

function optional(table: ParameterTable, path: string, spec: ParameterSpec | undefined, fallback: number): number {
  return spec === undefined ? table.constant(fallback) : table.add(path, spec);
}

function compileStay(table: ParameterTable, path: string, stay: LengthOfStaySpec): CompiledStay {
  return {
    family: stay.family,
    meanDays: table.add(`${path}.meanDays`, stay.meanDays),
    sdDays: optional(table, `${path}.sdDays`, stay.sdDays, 0),
  };
}

/** Scales weights to a mean of 1 (so they move demand between days, not the total). */
function normalised(weights: readonly number[]): Float64Array {
  const mean = weights.reduce((total, weight) => total + weight, 0) / weights.length;
  return Float64Array.from(weights, (weight) => weight / mean);
}

/** Monthly multipliers whose day-weighted mean over a year is 1, so the year keeps its total. */
function monthlyMultipliers(profile: readonly number[] | undefined, calendar: BedCalendar): Float64Array {
  const weights = profile ?? Array(12).fill(1);
  let weighted = 0;
  let days = 0;
  for (let month = 0; month < 12; month++) {
    const length = calendar.monthStart[month + 1] - calendar.monthStart[month];
    weighted += weights[month] * length;
    days += length;
  }
  return Float64Array.from(weights, (weight) => (weight * days) / weighted);
}

function compileTrust(
  beds: BedsSpec,
  path: string,
  bedIndex: number,
  organisation: number,
  table: ParameterTable,
  calendar: BedCalendar,
  changes: CompiledBedChange[],
  schemes: Pick<CompiledBedTrust, 'avoidance' | 'stayReductions' | 'dischargeImprovements'>,
  careServices: ReadonlyMap<string, number>,
): CompiledBedTrust {
  const growth = optional(table, `${path}.emergency.growth`, beds.emergency.growth, 0);
  const electiveWeek = beds.elective?.weekdayProfile ?? WORKING_WEEK;
  const electiveWeekTotal = electiveWeek.reduce((total, weight) => total + weight, 0);
  return {
    bedIndex,
    organisation,
    coreBeds: beds.coreBeds,
    costPerBedDay: table.add(`${path}.costPerBedDayPounds`, beds.costPerBedDayPounds),
    escalationCap: beds.escalation?.cap ?? 0,
    escalationCostPerBedDay: beds.escalation ? table.add(`${path}.escalation.costPerBedDayPounds`, beds.escalation.costPerBedDayPounds) : table.constant(0),
    frontDoor: beds.frontDoor ?? 'queue',
    diversion: beds.diversion ? { queueLength: beds.diversion.queueLength, share: beds.diversion.share } : undefined,
    abandonAfterDays: beds.abandonAfterHours === undefined ? undefined : beds.abandonAfterHours / 24,
    emergency: {
      admissionsPerYear: table.add(`${path}.emergency.admissionsPerYear`, beds.emergency.admissionsPerYear),
      growth,
      plannedGrowth: beds.emergency.plannedGrowth === undefined ? growth : table.add(`${path}.emergency.plannedGrowth`, beds.emergency.plannedGrowth),
      monthly: monthlyMultipliers(beds.emergency.monthlyProfile, calendar),
      weekday: normalised(beds.emergency.weekdayProfile ?? FLAT_WEEK),
      stay: compileStay(table, `${path}.emergency.stay`, beds.emergency.stay),
      incomePerAdmission: optional(table, `${path}.emergency.incomePerAdmissionPounds`, beds.emergency.incomePerAdmissionPounds, 0),
      costPerAdmission: optional(table, `${path}.emergency.costPerAdmissionPounds`, beds.emergency.costPerAdmissionPounds, 0),
    },
    elective: {
      admissionsPerYear: beds.elective ? table.add(`${path}.elective.admissionsPerYear`, beds.elective.admissionsPerYear) : table.constant(0),
      weekdayShare: Float64Array.from(electiveWeek, (weight) => weight / electiveWeekTotal),
      stay: beds.elective ? compileStay(table, `${path}.elective.stay`, beds.elective.stay) : { family: 'exponential', meanDays: table.constant(1), sdDays: table.constant(0) },
      incomePerAdmission: optional(table, `${path}.elective.incomePerAdmissionPounds`, beds.elective?.incomePerAdmissionPounds, 0),
    },
    delayedShare: optional(table, `${path}.delayedDischarge.share`, beds.delayedDischarge?.share, 0),
    delayedExtraDays: optional(table, `${path}.delayedDischarge.meanExtraDays`, beds.delayedDischarge?.meanExtraDays, 0),
    careWaits: compileCareWaits(beds.delayedDischarge?.waitsForCare, `${path}.delayedDischarge.waitsForCare`, table, careServices),
    changes: [...changes].sort((a, b) => a.fromDay - b.fromDay),
    ...schemes,
    occupancyPenalty: occupancyPenaltyCurve(beds.fourHourPerformance?.occupancyPenalty ?? DEFAULT_OCCUPANCY_PENALTY),
    fourHourBaseline: beds.fourHourPerformance ? table.add(`${path}.fourHourPerformance.baseline`, beds.fourHourPerformance.baseline) : undefined,
    fourHourFromWaits:
      beds.fourHourPerformance?.from === 'waits'
        ? {
            breachAfterDays: (4 - (beds.fourHourPerformance.hoursBeforeDecision ?? 0)) / 24,
            attendancesPerAdmission: beds.fourHourPerformance.attendancesPerAdmission ?? ENGLAND_ATTENDANCES_PER_ADMISSION,
          }
        : undefined,
  };
}
