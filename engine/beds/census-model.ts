import { createBinomialQuantileTable, resetBinomialQuantileTable, type BinomialQuantileTable } from '../random/binomial.ts';
import { delayedAtCensus, outlastsRestOfDay, stillInStay } from './exponential-timing.ts';
import { MAX_CHAIN_STAGES, fitHyperexponential, fitStageChain } from './fit-stay-phases.ts';
import { stayMoments } from './stay-moments.ts';
import { DEFAULT_ELECTIVE_TIME_OF_DAY, type BedSimulationInput, type LengthOfStay, type StayLaws } from './types.ts';

/** Length-of-stay compartments of both patient types together. */
export const MAX_COMPARTMENTS = 2 * MAX_CHAIN_STAGES;

/**
 * Where new admissions are at their first census: in LOS compartment `target[o]` (or the
 * delayed compartment), or gone (discharged the same day). Drawn as a chain of
 * conditional binomials, one uniform each: outcome o takes Binomial(remaining, p_o),
 * with p_o conditioned on the patient not being a short stay of the stretch.
 */
export interface FirstCensusFate {
  /**
   * Share of arrivals in the stretch who would go home before it ends (drawn among
   * arrivals, before admission); the outcomes below are for the others.
   */
  shortStayShare: number;
  shortStayTable: BinomialQuantileTable;
  outcomes: number;
  target: Int32Array;
  /** Unconditional probability of each outcome. */
  probability: Float64Array;
  table: BinomialQuantileTable[];
}

/**
 * The fast path's daily census model of one trust: a discrete-time phase-type network
 * whose compartments hold patients at the midnight census.
 *
 * Compartments 0 … compartments − 1 are length-of-stay stages (emergency first, then
 * elective); compartment `compartments` holds patients fit to leave whose discharge is
 * delayed. Each day a patient in compartment j stays with probability
 * `stayProbability[j]`; one who moves goes to `successor[j]` (a later stage of the same
 * stay), or, if that is −1, has finished their stay during the day and is still delayed
 * at the census with probability `delaySplitTable[j].probability`, else has gone home.
 */
export interface CensusModel {
  /** Parameters the model was built for: family codes, means, sds, delay share and mean, elective time, kept delayed compartment. */
  key: Float64Array;
  built: boolean;
  compartments: number;
  emergencyCompartments: number;
  delays: boolean;
  stayProbability: Float64Array;
  successor: Int32Array;
  /** Exponential phases: the rate (per day); NaN for chain stages. */
  phaseRate: Float64Array;
  /** Share of new patients of the type who start in this compartment. */
  entryShare: Float64Array;
  /** Per type (0 emergency, 1 elective): share a one-stage chain sends home before the first midnight. */
  sameDayExitShare: Float64Array;
  leaveTable: BinomialQuantileTable[];
  delaySplitTable: BinomialQuantileTable[];
  /** Emergencies admitted before the electives' time τ, at a uniform time in [0, τ). */
  earlyEmergencyFate: FirstCensusFate;
  /** Emergencies admitted after τ, at a uniform time in [τ, 1). */
  lateEmergencyFate: FirstCensusFate;
  /** Electives, admitted at τ. */
  electiveFate: FirstCensusFate;
  /**
   * Per compartment, Binomial(departures, ·): of the census patients leaving during the
   * day, those who leave before the electives arrive at τ. For an exponential phase of
   * rate μ, (1 − e^(−μτ))/(1 − e^(−μ)): short stays leave early in the day.
   */
  beforeElectivesTable: BinomialQuantileTable[];
  /** Binomial(arrivals, τ): the day's emergency arrivals that come before the electives. */
  morningArrivalsTable: BinomialQuantileTable;
  electiveTimeOfDay: number;
  /** Stationary mean census of each compartment per unit daily emergency arrival rate (no blocking). */
  censusPerEmergencyArrival: Float64Array;
  /** The same per planned elective a day. */
  censusPerElective: Float64Array;
  tablePool: BinomialQuantileTable[];
  tablesInUse: number;
}

function createFate(): FirstCensusFate {
  return {
    shortStayShare: 0,
    shortStayTable: createBinomialQuantileTable(0),
    outcomes: 0,
    target: new Int32Array(MAX_CHAIN_STAGES + 2),
    probability: new Float64Array(MAX_CHAIN_STAGES + 2),
    table: [],
  };
}

/** An empty model with all arrays at their largest size; `prepareCensusModel` fills it. */
export function createCensusModel(): CensusModel {
  const size = MAX_COMPARTMENTS + 1;
  return {
    key: new Float64Array(10).fill(NaN),
    built: false,
    compartments: 0,
    emergencyCompartments: 0,
    delays: false,
    stayProbability: new Float64Array(size),
    successor: new Int32Array(size),
    phaseRate: new Float64Array(size),
    entryShare: new Float64Array(size),
    sameDayExitShare: new Float64Array(2),
    leaveTable: [],
    delaySplitTable: [],
    earlyEmergencyFate: createFate(),
    lateEmergencyFate: createFate(),
    electiveFate: createFate(),
    beforeElectivesTable: [],
    morningArrivalsTable: createBinomialQuantileTable(0.5),
    electiveTimeOfDay: DEFAULT_ELECTIVE_TIME_OF_DAY,
    censusPerEmergencyArrival: new Float64Array(size),
    censusPerElective: new Float64Array(size),
    tablePool: [],
    tablesInUse: 0,
  };
}

function familyCode(stay: LengthOfStay): number {
  return stay.family === 'exponential' ? 0 : stay.family === 'lognormal' ? 1 : 2;
}

/** A table for probability p, shared with any table already holding exactly p. */
function tableFor(model: CensusModel, probability: number): BinomialQuantileTable {
  for (let i = 0; i < model.tablesInUse; i++) if (model.tablePool[i].probability === probability) return model.tablePool[i];
  if (model.tablesInUse === model.tablePool.length) model.tablePool.push(createBinomialQuantileTable(probability));
  const table = model.tablePool[model.tablesInUse++];
  resetBinomialQuantileTable(table, probability);
  return table;
}

/** Sets compartment `index` as an exponential phase entered by `entryShare` of new patients. */
function setExponentialPhase(model: CensusModel, index: number, mean: number, entryShare: number, share: number, delayRate: number): void {
  const rate = 1 / mean;
  const leaves = -Math.expm1(-rate);
  model.phaseRate[index] = rate;
  model.entryShare[index] = entryShare;
  model.stayProbability[index] = Math.exp(-rate);
  model.successor[index] = -1;
  model.leaveTable[index] = tableFor(model, leaves);
  // A census patient whose stay ends during the day: is the delay still running at midnight?
  // P(S < 1 < S + D) / P(S < 1) for S ~ Exp(rate) measured from the previous midnight.
  model.delaySplitTable[index] = tableFor(model, Math.min(1, (share * delayedAtCensus(rate, delayRate, 1, 1)) / leaves));
}

/** Adds patient type `type`'s LOS compartments from index `first`; returns how many. */
function addStay(model: CensusModel, type: number, stay: LengthOfStay, first: number, share: number, delayRate: number): number {
  const { mean, variance, thirdMoment } = stayMoments(stay);
  const cv = Math.sqrt(variance) / mean;
  if (stay.family === 'exponential' || Math.abs(cv - 1) <= 1e-9) {
    setExponentialPhase(model, first, mean, 1, share, delayRate);
    return 1;
  }
  if (cv > 1) {
    const fit = fitHyperexponential(mean, variance, thirdMoment);
    setExponentialPhase(model, first, fit.firstMean, fit.firstShare, share, delayRate);
    setExponentialPhase(model, first + 1, fit.secondMean, 1 - fit.firstShare, share, delayRate);
    return 2;
  }
  // CV < 1: a chain fitted to the count of midnights K, whose mean is the mean stay and
  // whose variance is the stay's plus 1/6 (the Euler–Maclaurin term of counting
  // midnights in a stay that starts at a uniform time of day).
  const chain = fitStageChain(mean, variance + 1 / 6);
  const leaves = 1 / chain.censusesPerStage;
  for (let j = 0; j < chain.stages; j++) {
    const index = first + j;
    const last = j === chain.stages - 1;
    model.phaseRate[index] = NaN;
    model.entryShare[index] = j === 0 ? 1 - chain.skipShare : j === 1 ? chain.skipShare : 0;
    model.stayProbability[index] = 1 - leaves;
    model.successor[index] = last ? -1 : index + 1;
    model.leaveTable[index] = tableFor(model, leaves);
    // Exits from the last stage are taken to fall at a uniform time of day.
    model.delaySplitTable[index] = tableFor(model, last ? share * outlastsRestOfDay(delayRate) : 0);
  }
  // A one-stage chain's skippers leave before their first midnight (possibly into a delay).
  model.sameDayExitShare[type] = chain.stages === 1 ? chain.skipShare : 0;
  return chain.stages;
}

/** Scratch for first-census probabilities: LOS compartments, then the delayed one. */
const firstCensus = new Float64Array(MAX_CHAIN_STAGES + 1);

/**
 * The first-census fate of patients of the type in compartments [first, first + count)
 * admitted between `from` and `to` days before midnight (uniformly; a point if equal),
 * and the share of short stays among them: for the morning stretch, those gone before
 * it ends (the electives' time); for the afternoon, those gone before midnight; none
 * for electives.
 */
function setFate(
  model: CensusModel,
  fate: FirstCensusFate,
  type: number,
  first: number,
  count: number,
  from: number,
  to: number,
  share: number,
  delayRate: number,
  shortStays: 'none' | 'beforeStretchEnd' | 'beforeMidnight',
): void {
  firstCensus.fill(0);
  let delayedShare = 0;
  let shortStayShare = 0;
  for (let i = 0; i < count; i++) {
    const index = first + i;
    const rate = model.phaseRate[index];
    const entry = model.entryShare[index];
    if (Number.isNaN(rate)) {
      firstCensus[i] = entry;
    } else {
      firstCensus[i] = entry * stillInStay(rate, from, to);
      delayedShare += entry * share * delayedAtCensus(rate, delayRate, from, to);
      if (shortStays === 'beforeStretchEnd') {
        // Admitted r = to − ρ ∈ (0, to − from) before the stretch's end: neither in the stay nor delayed then.
        const stillIn = stillInStay(rate, 0, to - from) + share * delayedAtCensus(rate, delayRate, 0, to - from);
        shortStayShare += entry * (1 - stillIn);
      }
    }
  }
  if (Number.isNaN(model.phaseRate[first])) delayedShare = model.sameDayExitShare[type] * share * outlastsRestOfDay(delayRate);
  firstCensus[count] = delayedShare;
  if (shortStays === 'beforeMidnight') {
    shortStayShare = 1;
    for (let i = 0; i <= count; i++) shortStayShare -= firstCensus[i];
  }
  shortStayShare = Math.min(1, Math.max(0, shortStayShare));
  fate.shortStayShare = shortStayShare;
  fate.shortStayTable = tableFor(model, shortStayShare);

  const delayed = model.compartments;
  fate.outcomes = 0;
  let remaining = 1 - shortStayShare;
  for (let i = 0; i <= count; i++) {
    const probability = firstCensus[i];
    if (!(probability > 0)) continue;
    const o = fate.outcomes++;
    fate.target[o] = i < count ? first + i : delayed;
    fate.probability[o] = probability;
    fate.table[o] = tableFor(model, remaining > probability * (1 + 1e-12) ? probability / remaining : 1);
    remaining -= probability;
  }
}

/** Adds `weight` × a fate's stationary census, compartment by compartment (successors always come later). */
function addStationaryCensus(model: CensusModel, fate: FirstCensusFate, weight: number, first: number, count: number, census: Float64Array): void {
  const inflow = firstCensus; // reused as scratch: daily inflow to each compartment of the type, then the delayed one
  inflow.fill(0);
  for (let o = 0; o < fate.outcomes; o++) {
    const target = fate.target[o];
    inflow[target === model.compartments ? count : target - first] += weight * fate.probability[o];
  }
  for (let i = 0; i < count; i++) {
    const index = first + i;
    // In equilibrium as many leave a compartment each day as enter it.
    census[index] += inflow[i] / (1 - model.stayProbability[index]);
    const next = model.successor[index];
    if (next >= 0) inflow[next - first] += inflow[i];
    else inflow[count] += inflow[i] * model.delaySplitTable[index].probability;
  }
  if (model.delays) census[model.compartments] += inflow[count] / (1 - model.stayProbability[model.compartments]);
}

/** What a census model is built from: one period's stay and delay laws and the electives' time of day. */
export type CensusModelInput = Pick<StayLaws, 'emergencyStay' | 'electiveStay' | 'delayedDischarge'> & Pick<BedSimulationInput, 'electiveTimeOfDay'>;

/**
 * Builds (or reuses, if the stays, delays and elective time are unchanged) the fast
 * path's census model for an input. Allocation-free once its table pool has grown,
 * apart from a few small objects of the moment fits.
 *
 * Stays are made phase-type: exponential as one exponential phase; lognormal or gamma
 * with CV > 1 as a two-phase hyperexponential matching three moments
 * (`fitHyperexponential`); CV < 1 as a chain of daily stages matching the mean and
 * variance of the number of midnights (`fitStageChain`). Exponential phases are
 * discretised exactly at the census, including the chance of being admitted and
 * discharged (or becoming delayed) before the first midnight, separately for
 * emergencies admitted before and after the electives' time and for electives.
 * With `keepDelayedCompartment` (for a run whose stays change, when another period has
 * delays) the delayed compartment is kept even if this period delays no one (share 0),
 * so that patients delayed before it still leave at the delay's rate; it needs a mean
 * delay above 0.
 * Cost: O(compartments) to build; the binomial tables fill lazily as counts are drawn.
 */
export function prepareCensusModel(model: CensusModel, input: CensusModelInput, keepDelayedCompartment = false): CensusModel {
  const { emergencyStay, electiveStay, delayedDischarge } = input;
  const electiveTimeOfDay = input.electiveTimeOfDay ?? DEFAULT_ELECTIVE_TIME_OF_DAY;
  const keep = keepDelayedCompartment && delayedDischarge.meanExtraDays > 0 ? 1 : 0;
  const key = model.key;
  const e = familyCode(emergencyStay);
  const l = familyCode(electiveStay);
  const eSd = e === 0 ? 0 : emergencyStay.sdDays;
  const lSd = l === 0 ? 0 : electiveStay.sdDays;
  if (
    model.built &&
    key[0] === e &&
    key[1] === emergencyStay.meanDays &&
    key[2] === eSd &&
    key[3] === l &&
    key[4] === electiveStay.meanDays &&
    key[5] === lSd &&
    key[6] === delayedDischarge.share &&
    key[7] === delayedDischarge.meanExtraDays &&
    key[8] === electiveTimeOfDay &&
    key[9] === keep
  ) {
    return model;
  }
  model.built = false;
  model.tablesInUse = 0;
  const delays = (delayedDischarge.share > 0 || keep === 1) && delayedDischarge.meanExtraDays > 0;
  const share = delays ? delayedDischarge.share : 0;
  const delayRate = delays ? 1 / delayedDischarge.meanExtraDays : Infinity;
  model.delays = delays;
  model.electiveTimeOfDay = electiveTimeOfDay;

  model.entryShare.fill(0);
  model.sameDayExitShare.fill(0);
  const emergencyCount = addStay(model, 0, emergencyStay, 0, share, delayRate);
  const electiveCount = addStay(model, 1, electiveStay, emergencyCount, share, delayRate);
  const delayed = emergencyCount + electiveCount;
  model.compartments = delayed;
  model.emergencyCompartments = emergencyCount;
  const afterElectives = 1 - electiveTimeOfDay;
  setFate(model, model.earlyEmergencyFate, 0, 0, emergencyCount, afterElectives, 1, share, delayRate, 'beforeStretchEnd');
  setFate(model, model.lateEmergencyFate, 0, 0, emergencyCount, 0, afterElectives, share, delayRate, 'beforeMidnight');
  setFate(model, model.electiveFate, 1, emergencyCount, electiveCount, afterElectives, afterElectives, share, delayRate, 'none');

  model.stayProbability[delayed] = delays ? Math.exp(-delayRate) : 0;
  model.successor[delayed] = -1;
  model.phaseRate[delayed] = delayRate;
  model.leaveTable[delayed] = tableFor(model, delays ? -Math.expm1(-delayRate) : 1);
  model.delaySplitTable[delayed] = tableFor(model, 0);
  model.morningArrivalsTable = tableFor(model, electiveTimeOfDay);
  for (let j = 0; j <= delayed; j++) {
    const rate = model.phaseRate[j];
    const before = Number.isNaN(rate) || rate === Infinity ? electiveTimeOfDay : Math.expm1(-rate * electiveTimeOfDay) / Math.expm1(-rate);
    model.beforeElectivesTable[j] = tableFor(model, before);
  }

  const perEmergency = model.censusPerEmergencyArrival;
  const perElective = model.censusPerElective;
  perEmergency.fill(0);
  perElective.fill(0);
  addStationaryCensus(model, model.earlyEmergencyFate, electiveTimeOfDay, 0, emergencyCount, perEmergency);
  addStationaryCensus(model, model.lateEmergencyFate, afterElectives, 0, emergencyCount, perEmergency);
  addStationaryCensus(model, model.electiveFate, 1, emergencyCount, electiveCount, perElective);

  key[0] = e;
  key[1] = emergencyStay.meanDays;
  key[2] = eSd;
  key[3] = l;
  key[4] = electiveStay.meanDays;
  key[5] = lSd;
  key[6] = delayedDischarge.share;
  key[7] = delayedDischarge.meanExtraDays;
  key[8] = electiveTimeOfDay;
  key[9] = keep;
  model.built = true;
  return model;
}
