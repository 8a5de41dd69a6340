import type { TrialState } from './trial-state.ts';
import type { CompiledSystem } from './compiled-model.ts';
import { ModelEvaluationError } from './model-evaluation-error.ts';
import { FIRST_EXPENDITURE_LINE, LINE, LINE_COUNT } from './ledger-lines.ts';
import { FINANCE_METRIC_COUNT, MEETS_TOLERANCE, METRIC } from './metrics.ts';
import { collarAndCapRiskShare, contingencyReserveRiskShare, noRiskShare, proRataRiskShare, surplusCoversDeficitRiskShare } from './risk-share/index.ts';

const M = FINANCE_METRIC_COUNT;

/**
 * Settles one year for every organisation and system, in the order the
 * design fixes: outturn → risk share → incentive eligibility → incentive
 * payments → reported position. Writes `state.yearEnd`.
 */
export function settleYear(state: TrialState, year: number): void {
  const { model, yearEnd } = state;
  yearEnd.fill(0);
  state.fundPaid.fill(0);
  recordOutturns(state, year);
  for (const system of model.systems) {
    applyRiskShare(state, system);
    payIncentives(state, system, year);
  }
  for (const entity of model.entities) {
    if (entity.kind === 'system') continue;
    const at = entity.index * M;
    yearEnd[at + METRIC.reportedPosition] = yearEnd[at + METRIC.outturn] + yearEnd[at + METRIC.riskShareTransfer] + yearEnd[at + METRIC.incentive];
  }
  for (const system of model.systems) totalSystem(state, system, year);
  for (let i = 0; i < yearEnd.length; i++) {
    if (!Number.isFinite(yearEnd[i])) {
      const entity = model.entities[Math.floor(i / M)];
      throw new ModelEvaluationError(
        entity.kind === 'system' ? `systems[${entity.systemIndex}]` : entity.id,
        `${entity.name}'s year-end figures are not finite numbers in ${model.yearLabels[year]}: some amounts are too large to add up (check for a misplaced unit: money is in £ million)`,
      );
    }
  }
}

function recordOutturns(state: TrialState, year: number): void {
  const { model, lines, yearEnd } = state;
  for (const entity of model.entities) {
    if (entity.kind === 'system') continue;
    let income = 0;
    let expenditure = 0;
    const base = entity.index * LINE_COUNT;
    for (let line = 0; line < LINE_COUNT; line++) {
      if (line < FIRST_EXPENDITURE_LINE) income += lines[base + line];
      else expenditure += lines[base + line];
    }
    const at = entity.index * M;
    // Compared before incentive funding: a total written after it loses the organisation's full incentive amounts.
    const controlTotal = entity.kind === 'organisation' ? state.value(model.organisations[entity.index].controlTotal[year], year) - model.organisations[entity.index].incentiveInControlTotal : 0;
    yearEnd[at + METRIC.income] = income;
    yearEnd[at + METRIC.expenditure] = expenditure;
    yearEnd[at + METRIC.outturn] = income - expenditure;
    yearEnd[at + METRIC.controlTotal] = controlTotal;
    yearEnd[at + METRIC.variance] = income - expenditure - controlTotal;
    yearEnd[at + METRIC.postShareVariance] = income - expenditure - controlTotal;
    yearEnd[at + METRIC.meetsBeforeRiskShare] = income - expenditure - controlTotal >= -MEETS_TOLERANCE ? 1 : 0;
    yearEnd[at + METRIC.meetsAfterRiskShare] = yearEnd[at + METRIC.meetsBeforeRiskShare];
  }
}

/** Weight of a member for 'income' weights: its income less what it pays on under contracts. */
function incomeWeight(state: TrialState, entity: number): number {
  const base = entity * LINE_COUNT;
  const ownIncome = state.yearEnd[entity * M + METRIC.income] - state.lines[base + LINE.contractPayments] - state.lines[base + LINE.reserveTopSlice];
  return Math.max(0, ownIncome);
}

function applyRiskShare(state: TrialState, system: CompiledSystem): void {
  const { riskShare } = system;
  const { members } = riskShare;
  const { yearEnd, memberVariances: variances, memberWeights: weights, memberTransfers: transfers } = state;
  const n = members.length;
  let weightTotal = 0;
  for (let i = 0; i < n; i++) {
    variances[i] = yearEnd[members[i] * M + METRIC.variance];
    weights[i] = riskShare.weights === 'income' ? incomeWeight(state, members[i]) : riskShare.weights === 'equal' ? 1 : riskShare.weights[i];
    weightTotal += weights[i];
  }
  for (let i = 0; i < n; i++) weights[i] = weightTotal > 0 ? weights[i] / weightTotal : 1 / n;
  const memberVariances = variances.subarray(0, n);
  const memberWeights = weights.subarray(0, n);
  const memberTransfers = transfers.subarray(0, n);

  switch (riskShare.rule) {
    case 'none':
      noRiskShare(memberVariances, memberTransfers);
      break;
    case 'proRata':
      proRataRiskShare(memberVariances, memberWeights, memberTransfers);
      break;
    case 'collarAndCap':
      collarAndCapRiskShare(memberVariances, memberWeights, riskShare.collars, riskShare.caps, memberTransfers);
      break;
    case 'surplusCoversDeficit':
      surplusCoversDeficitRiskShare(memberVariances, riskShare.surplusShare, memberTransfers);
      break;
    case 'contingencyReserve': {
      // Deficits are measured before the reserve (an ICB does not claim back what it
      // paid in as if it were a deficit), and what is left goes back to whoever paid
      // in, in proportion to what each paid (validation keeps every payer among the members).
      for (let i = 0; i < n; i++) {
        memberVariances[i] += state.lines[members[i] * LINE_COUNT + LINE.reserveTopSlice];
        weights[i] = 0;
      }
      for (const [payer, share] of system.reservePayers) weights[members.indexOf(payer)] += share;
      const reserveAt = system.reserveEntity * M;
      const reserveTransfer = contingencyReserveRiskShare(memberVariances, memberWeights, yearEnd[reserveAt + METRIC.outturn], riskShare.returnRemainder, memberTransfers);
      setTransfer(state, system.reserveEntity, reserveTransfer);
      break;
    }
  }
  for (let i = 0; i < n; i++) setTransfer(state, members[i], memberTransfers[i]);
}

function setTransfer(state: TrialState, entity: number, transfer: number): void {
  const at = entity * M;
  const post = state.yearEnd[at + METRIC.variance] + transfer;
  state.yearEnd[at + METRIC.riskShareTransfer] = transfer;
  state.yearEnd[at + METRIC.postShareVariance] = post;
  state.yearEnd[at + METRIC.meetsAfterRiskShare] = post >= -MEETS_TOLERANCE ? 1 : 0;
}

/** The system's outturn and control total (members of the system control total, plus its reserve). */
function systemPosition(state: TrialState, system: CompiledSystem, year: number): { outturn: number; controlTotal: number } {
  let outturn = 0;
  let memberTotals = 0;
  for (const o of system.controlTotalMembers) {
    outturn += state.yearEnd[o * M + METRIC.outturn];
    memberTotals += state.yearEnd[o * M + METRIC.controlTotal];
  }
  if (system.reserveEntity >= 0) outturn += state.yearEnd[system.reserveEntity * M + METRIC.outturn];
  const controlTotal = system.controlTotal === undefined ? memberTotals : state.value(system.controlTotal[year], year) - system.incentiveInControlTotal;
  return { outturn, controlTotal };
}

function payIncentives(state: TrialState, system: CompiledSystem, year: number): void {
  if (system.incentiveFunds.length === 0) return;
  const { outturn, controlTotal } = systemPosition(state, system, year);
  const systemMet = outturn - controlTotal >= -MEETS_TOLERANCE;
  let payment = state.firstFundPayment[system.index];
  for (const fund of system.incentiveFunds) {
    // achieved is cut to 0–1 (as it always has been: a normal distribution about 0.7 is a fair way to write it).
    const given = Math.min(1, Math.max(0, state.value(fund.performanceAchieved, year)));
    for (const { organisation, amount, fourHourTrust } of fund.amounts) {
      const paymentIndex = payment++;
      const at = organisation * M;
      const ownPosition = fund.basis === 'beforeRiskShare' ? state.yearEnd[at + METRIC.variance] : state.yearEnd[at + METRIC.postShareVariance];
      const ownMet = ownPosition >= -MEETS_TOLERANCE;
      const eligible = fund.condition === 'organisation' ? ownMet : fund.condition === 'system' ? systemMet : ownMet && systemMet;
      if (!eligible) continue;
      const achieved = fourHourTrust >= 0 && fund.fourHourTrajectory !== undefined ? quartersReachingTrajectory(state, fourHourTrust, fund.fourHourTrajectory, year) : given;
      const paid = amount * (1 - fund.performanceShare + fund.performanceShare * achieved);
      state.fundPaid[paymentIndex] = paid;
      state.yearEnd[at + METRIC.incentive] += paid;
    }
  }
}

/**
 * The fraction of the year's four quarters in which a trust's modelled A&E
 * 4-hour performance (its baseline less the quarter's mean fall from
 * occupancy) reached the fund's trajectory, as the 2016–19 fund paid its A&E
 * part quarter by quarter.
 */
function quartersReachingTrajectory(state: TrialState, bedTrust: number, trajectorySlot: number, year: number): number {
  const trust = state.model.bedTrusts[bedTrust];
  const baseline = share(state, trust.fourHourBaseline as number, year, 'the share seen within 4 hours');
  const trajectory = share(state, trajectorySlot, year, 'the 4-hour trajectory');
  const lost = state.beds!.quarterPointsLost;
  let reached = 0;
  for (let quarter = 0; quarter < 4; quarter++) {
    if (baseline - lost[(bedTrust * state.model.years + year) * 4 + quarter] >= trajectory - SHARE_TOLERANCE) reached++;
  }
  return reached / 4;
}

/** Rounding allowance when a share is compared with a share (performance against trajectory). */
const SHARE_TOLERANCE = 1e-9;

/**
 * A share (0 to 1) from its slot. Numbers and distributions are range-checked
 * when the scenario is read; a formula can only be checked here, and a value
 * outside 0–1 (95 for 95%) stops the run rather than being cut to 1, which
 * would pay a fund on performance nobody modelled.
 * @throws ModelEvaluationError naming the input's path
 */
function share(state: TrialState, slot: number, year: number, what: string): number {
  const value = state.value(slot, year);
  if (value >= 0 && value <= 1) return value;
  throw new ModelEvaluationError(state.model.parameters.slots[slot].path, `${what} must be a share between 0 and 1 (0.9 = 90%), but gave ${value} in ${state.model.yearLabels[year]}`);
}

function totalSystem(state: TrialState, system: CompiledSystem, year: number): void {
  const { yearEnd, model } = state;
  const at = model.entities.length - model.systems.length + system.index;
  const out = at * M;
  const parts = system.reserveEntity >= 0 ? [...system.controlTotalMembers, system.reserveEntity] : system.controlTotalMembers;
  for (const part of parts) {
    for (const metric of [METRIC.income, METRIC.expenditure, METRIC.riskShareTransfer, METRIC.incentive, METRIC.reportedPosition]) {
      yearEnd[out + metric] += yearEnd[part * M + metric];
    }
  }
  const { outturn, controlTotal } = systemPosition(state, system, year);
  const variance = outturn - controlTotal;
  const post = variance + yearEnd[out + METRIC.riskShareTransfer];
  yearEnd[out + METRIC.outturn] = outturn;
  yearEnd[out + METRIC.controlTotal] = controlTotal;
  yearEnd[out + METRIC.variance] = variance;
  yearEnd[out + METRIC.postShareVariance] = post;
  yearEnd[out + METRIC.meetsBeforeRiskShare] = variance >= -MEETS_TOLERANCE ? 1 : 0;
  yearEnd[out + METRIC.meetsAfterRiskShare] = post >= -MEETS_TOLERANCE ? 1 : 0;
  let someoneMissed = false;
  for (const o of system.controlTotalMembers) if (yearEnd[o * M + METRIC.meetsAfterRiskShare] === 0) someoneMissed = true;
  yearEnd[out + METRIC.systemMetWhileOrganisationMissed] = variance >= -MEETS_TOLERANCE && someoneMissed ? 1 : 0;
}
