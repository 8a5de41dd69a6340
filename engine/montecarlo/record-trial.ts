import type { TrialState } from '../model/trial-state.ts';
import { FINANCE_METRIC_COUNT, METRIC } from '../model/metrics.ts';
import { bucketOf, HISTOGRAM_BUCKETS } from './log-histogram.ts';
import { BED_METRIC_COUNT, OCCUPANCY_BINS } from '../model/beds/bed-metrics.ts';
import { bedColumnOf, careColumnOf, fundPaymentColumnOf, occupancyOffset, placeColumnOf, poolColumnOf, poolPartnerColumnOf, waitingListColumnOf, waitingListFanOffset } from './column-layout.ts';
import { PLACE_METRIC_COUNT } from '../model/places/place-metrics.ts';
import { waitingListYear } from '../model/beds/waiting-list-metrics.ts';
import { WAITING_LIST_MONTH, WAITING_LIST_MONTH_FIELDS } from '../beds/waiting-list.ts';
import { POOL_METRIC_COUNT, POOL_PARTNER_METRIC_COUNT } from '../model/care/pool-metrics.ts';
import { CARE_METRIC_COUNT } from '../model/care/care-metrics.ts';

/**
 * Copies a settled year (money, beds, incentive fund payments, care services, pooled budgets) into the trial's row and counts each entity's monthly
 * year-to-date variance against plan (net position so far − control total ×
 * months elapsed / 12) into the fan-chart histograms.
 */
export function recordYear(state: TrialState, year: number, row: Float64Array, rowOffset: number, fan: Uint32Array): void {
  const { model, yearEnd, monthlyNet } = state;
  const { years, monthCount, entities, systems } = model;
  const M = FINANCE_METRIC_COUNT;
  for (let entity = 0; entity < entities.length; entity++) {
    const target = rowOffset + (entity * years + year) * M;
    for (let metric = 0; metric < M; metric++) row[target + metric] = yearEnd[entity * M + metric];
  }
  recordBedYear(state, year, row, rowOffset, fan);
  for (let payment = 0; payment < state.fundPaid.length; payment++) row[rowOffset + fundPaymentColumnOf(model, payment, year)] = state.fundPaid[payment];
  for (const service of model.careServices) {
    const target = rowOffset + careColumnOf(model, service.careIndex, year, 'careUsers');
    for (let metric = 0; metric < CARE_METRIC_COUNT; metric++) row[target + metric] = state.careYear[service.careIndex * CARE_METRIC_COUNT + metric];
  }
  for (const pool of model.pools) {
    const target = rowOffset + poolColumnOf(model, pool.poolIndex, year, 'poolContributions');
    for (let metric = 0; metric < POOL_METRIC_COUNT; metric++) row[target + metric] = state.poolYear[pool.poolIndex * POOL_METRIC_COUNT + metric];
    for (let index = 0; index < pool.partners.length; index++) {
      const partnerRow = pool.firstPartner + index;
      const partnerTarget = rowOffset + poolPartnerColumnOf(model, partnerRow, year, 'partnerContribution');
      for (let metric = 0; metric < POOL_PARTNER_METRIC_COUNT; metric++) row[partnerTarget + metric] = state.partnerYear[partnerRow * POOL_PARTNER_METRIC_COUNT + metric];
    }
  }
  for (const place of model.placeBudgets) {
    const target = rowOffset + placeColumnOf(model, place.placeBudgetIndex, year, 'placeBudget');
    for (let metric = 0; metric < PLACE_METRIC_COUNT; metric++) row[target + metric] = state.placeYear[place.placeBudgetIndex * PLACE_METRIC_COUNT + metric];
  }
  const firstSystemEntity = entities.length - systems.length;
  for (let entity = 0; entity < firstSystemEntity; entity++) {
    const controlTotal = yearEnd[entity * M + METRIC.controlTotal];
    let net = 0;
    for (let month = 0; month < 12; month++) {
      net += monthlyNet[entity * 12 + month];
      const variance = net - (controlTotal * (month + 1)) / 12;
      fan[(entity * monthCount + year * 12 + month) * HISTOGRAM_BUCKETS + bucketOf(variance)]++;
    }
  }
  for (const system of systems) {
    const entity = firstSystemEntity + system.index;
    const controlTotal = yearEnd[entity * M + METRIC.controlTotal];
    let net = 0;
    for (let month = 0; month < 12; month++) {
      for (const o of system.controlTotalMembers) net += monthlyNet[o * 12 + month];
      if (system.reserveEntity >= 0) net += monthlyNet[system.reserveEntity * 12 + month];
      const variance = net - (controlTotal * (month + 1)) / 12;
      fan[(entity * monthCount + year * 12 + month) * HISTOGRAM_BUCKETS + bucketOf(variance)]++;
    }
  }
}

/** Copies each bed trust's year figures into the row and counts its days into the occupancy histogram. */
function recordBedYear(state: TrialState, year: number, row: Float64Array, rowOffset: number, fan: Uint32Array): void {
  const beds = state.beds;
  if (!beds) return;
  const { model } = state;
  const { calendar } = beds;
  const firstDay = calendar.monthStart[year * 12];
  const lastDay = calendar.monthStart[year * 12 + 12];
  for (const trust of model.bedTrusts) {
    const source = (trust.bedIndex * model.years + year) * BED_METRIC_COUNT;
    const target = rowOffset + bedColumnOf(model, trust.bedIndex, year, 'occupancy');
    for (let metric = 0; metric < BED_METRIC_COUNT; metric++) row[target + metric] = beds.yearMetrics[source + metric];
    const { output, input } = beds.trusts[trust.bedIndex];
    if (trust.waitingList !== undefined && input.waitingList !== undefined) {
      const { listIndex } = trust.waitingList;
      waitingListYear(input.waitingList.monthly, year, row, rowOffset + waitingListColumnOf(model, listIndex, year, 'listStart'));
      for (let month = year * 12; month < year * 12 + 12; month++) {
        fan[waitingListFanOffset(model, listIndex, month) + bucketOf(input.waitingList.monthly[month * WAITING_LIST_MONTH_FIELDS + WAITING_LIST_MONTH.endSize])]++;
      }
    }
    const offset = occupancyOffset(model, trust.bedIndex, year);
    for (let day = firstDay; day < lastDay; day++) {
      const core = input.coreBeds[day];
      const percent = core > 0 ? Math.floor((100 * output.occupied[day]) / core) : OCCUPANCY_BINS - 1;
      fan[offset + Math.min(OCCUPANCY_BINS - 1, percent)]++;
    }
  }
}
