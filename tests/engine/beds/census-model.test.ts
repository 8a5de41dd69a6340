import { describe, expect, it } from 'vitest';
import { createCensusModel, prepareCensusModel } from '../../../engine/beds/census-model.ts';
import type { BedSimulationInput, LengthOfStay } from '../../../engine/beds/types.ts';

function inputWith(emergencyStay: LengthOfStay, electiveStay: LengthOfStay, share = 0, meanExtraDays = 0, time = 0.5): BedSimulationInput {
  return {
    days: 1,
    emergencyArrivalRate: new Float64Array(1),
    electivePlanned: new Int32Array(1),
    coreBeds: new Int32Array(1),
    escalationCap: new Int32Array(1),
    emergencyStay,
    electiveStay,
    delayedDischarge: { share, meanExtraDays },
    electiveTimeOfDay: time,
  };
}

const sum = (values: Float64Array, count: number): number => values.slice(0, count).reduce((a, b) => a + b, 0);

describe('prepareCensusModel', () => {
  it('discretises an exponential stay of mean 5 days exactly, by hand (electives at noon)', () => {
    const exponential: LengthOfStay = { family: 'exponential', meanDays: 5, sdDays: 0 };
    const model = prepareCensusModel(createCensusModel(), inputWith(exponential, exponential));
    expect(model.compartments).toBe(2);
    // A census patient is still in at the next midnight with probability e^(−1/5).
    expect(model.stayProbability[0]).toBeCloseTo(Math.exp(-0.2), 15);
    // Morning emergencies (admitted ρ ∈ (½, 1] days before midnight) are in at midnight
    // with probability 2∫ e^(−0.2ρ) dρ = (e^−0.1 − e^−0.2)/0.1, and home before noon with
    // probability 1 − 2∫₀^½ e^(−0.2r) dr = 1 − (1 − e^−0.1)/0.1.
    const early = model.earlyEmergencyFate;
    expect(early.probability[0]).toBeCloseTo((Math.exp(-0.1) - Math.exp(-0.2)) / 0.1, 14);
    expect(early.shortStayShare).toBeCloseTo(1 - (1 - Math.exp(-0.1)) / 0.1, 14);
    // Afternoon emergencies: in at midnight with probability (1 − e^−0.1)/0.1, else home before it.
    const late = model.lateEmergencyFate;
    expect(late.probability[0]).toBeCloseTo((1 - Math.exp(-0.1)) / 0.1, 14);
    expect(late.shortStayShare).toBeCloseTo(1 - (1 - Math.exp(-0.1)) / 0.1, 14);
    // Electives at noon are in at midnight with probability e^(−0.1).
    expect(model.electiveFate.probability[0]).toBeCloseTo(Math.exp(-0.1), 15);
    // Of census patients leaving during the day, (1 − e^−0.1)/(1 − e^−0.2) leave before noon.
    expect(model.beforeElectivesTable[0].probability).toBeCloseTo((1 - Math.exp(-0.1)) / (1 - Math.exp(-0.2)), 14);
  });

  it.each<[string, LengthOfStay]>([
    ['exponential, mean 6', { family: 'exponential', meanDays: 6, sdDays: 0 }],
    ['lognormal, mean 9.1, sd 12 (two phases)', { family: 'lognormal', meanDays: 9.1, sdDays: 12 }],
    ['gamma, mean 5, sd 3 (stage chain)', { family: 'gamma', meanDays: 5, sdDays: 3 }],
    ['lognormal, mean 0.6, sd 0.3 (one-stage chain with same-day exits)', { family: 'lognormal', meanDays: 0.6, sdDays: 0.3 }],
  ])('has a stationary census per daily emergency of mean stay + share × mean delay (Little): %s', (_, stay) => {
    for (const [share, extra] of [
      [0, 0],
      [0.13, 5],
      [0.3, 1 / 0.2], // a delay with the same rate as a phase of some stays
    ]) {
      const model = prepareCensusModel(createCensusModel(), inputWith(stay, stay, share, extra, 0.375));
      expect(sum(model.censusPerEmergencyArrival, model.compartments + 1)).toBeCloseTo(stay.meanDays + share * extra, 10);
    }
  });

  it('gives electives admitted at τ a census per daily elective of e^(−μ(1−τ))/(1 − e^(−μ)) for an exponential stay', () => {
    const stay: LengthOfStay = { family: 'exponential', meanDays: 5, sdDays: 0 };
    const model = prepareCensusModel(createCensusModel(), inputWith(stay, stay, 0, 0, 0.375));
    expect(sum(model.censusPerElective, model.compartments + 1)).toBeCloseTo(Math.exp(-0.2 * 0.625) / (1 - Math.exp(-0.2)), 12);
  });

  it('reuses the model while the stays, delays and elective time are unchanged, and rebuilds when one changes', () => {
    const stay: LengthOfStay = { family: 'lognormal', meanDays: 9.1, sdDays: 12 };
    const model = createCensusModel();
    prepareCensusModel(model, inputWith(stay, stay, 0.13, 5));
    const table = model.leaveTable[0];
    const probability = table.probability;
    prepareCensusModel(model, inputWith({ ...stay }, { ...stay }, 0.13, 5));
    expect(model.leaveTable[0]).toBe(table);
    expect(table.probability).toBe(probability);
    prepareCensusModel(model, inputWith({ ...stay, sdDays: 10 }, stay, 0.13, 5));
    expect(model.leaveTable[0].probability).not.toBe(probability);
    expect(model.tablePool.length).toBeLessThanOrEqual(40);
  });
});
