import { describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsDetailed, simulateBedsFast, type BedSimulationInput } from '../../../engine/beds/index.ts';
import { createStream } from '../../../engine/random/stream.ts';

function validInput(): BedSimulationInput {
  return {
    days: 3,
    emergencyArrivalRate: new Float64Array([5, 5, 5]),
    electivePlanned: new Int32Array([1, 1, 1]),
    coreBeds: new Int32Array([50, 50, 50]),
    escalationCap: new Int32Array([2, 2, 2]),
    emergencyStay: { family: 'lognormal', meanDays: 9.1, sdDays: 12 },
    electiveStay: { family: 'gamma', meanDays: 5.1, sdDays: 3 },
    delayedDischarge: { share: 0.13, meanExtraDays: 5 },
  };
}

const BAD_INPUTS: Array<[string, (input: BedSimulationInput) => void, string]> = [
  ['days', (input) => (input.days = 0), 'input.days must be a whole number >= 1, got 0'],
  ['days', (input) => (input.days = 2.5), 'input.days must be a whole number >= 1, got 2.5'],
  ['arrival array', (input) => (input.emergencyArrivalRate = new Float64Array(2)), 'input.emergencyArrivalRate must have at least 3 entries, got 2'],
  ['arrival rate', (input) => (input.emergencyArrivalRate[1] = -1), 'input.emergencyArrivalRate[1] must be finite and >= 0, got -1'],
  ['arrival rate', (input) => (input.emergencyArrivalRate[2] = NaN), 'input.emergencyArrivalRate[2] must be finite and >= 0, got NaN'],
  ['electives', (input) => (input.electivePlanned[0] = -2), 'input.electivePlanned[0] must be >= 0, got -2'],
  ['core beds', (input) => (input.coreBeds[1] = -3), 'input.coreBeds[1] must be >= 0, got -3'],
  ['escalation', (input) => (input.escalationCap[2] = -1), 'input.escalationCap[2] must be >= 0, got -1'],
  ['escalation array', (input) => (input.escalationCap = new Int32Array(1)), 'input.escalationCap must have at least 3 entries, got 1'],
  ['stay family', (input) => (input.emergencyStay = { family: 'weibull' as 'gamma', meanDays: 3, sdDays: 1 }), 'input.emergencyStay.family must be exponential, lognormal or gamma, got weibull'],
  ['stay mean', (input) => (input.electiveStay.meanDays = 0), 'input.electiveStay.meanDays must be finite and > 0, got 0'],
  ['stay sd', (input) => (input.emergencyStay.sdDays = 0), 'input.emergencyStay.sdDays must be finite and > 0, got 0'],
  ['delay share', (input) => (input.delayedDischarge.share = 1.2), 'input.delayedDischarge.share must be in [0, 1], got 1.2'],
  ['delay days', (input) => (input.delayedDischarge.meanExtraDays = -1), 'input.delayedDischarge.meanExtraDays must be finite and >= 0, got -1'],
  ['elective time', (input) => (input.electiveTimeOfDay = 1), 'input.electiveTimeOfDay must be in (0, 1), got 1'],
  ['front door', (input) => (input.frontDoor = 'divert' as 'queue'), 'input.frontDoor must be queue or loss, got divert'],
  ['diversion front door', (input) => (input.diversion = { queueLength: 5, share: 1 }), 'input.diversion needs the front door queue, got loss'],
  ['diversion length', (input) => Object.assign(input, { frontDoor: 'queue', diversion: { queueLength: 2.5, share: 1 } }), 'input.diversion.queueLength must be a whole number >= 0, got 2.5'],
  ['diversion share', (input) => Object.assign(input, { frontDoor: 'queue', diversion: { queueLength: 5, share: 1.5 } }), 'input.diversion.share must be in [0, 1], got 1.5'],
  ['patience front door', (input) => Object.assign(input, { frontDoor: 'loss', abandonAfterDays: 0.5 }), 'input.abandonAfterDays needs the front door queue, got loss'],
  ['patience', (input) => Object.assign(input, { frontDoor: 'queue', abandonAfterDays: 0 }), 'input.abandonAfterDays must be finite and > 0, got 0'],
  ['wait period', (input) => (input.waitPeriodOfDay = Int32Array.from([0, 1, 0])), 'input.waitPeriodOfDay[1] must be a period 0 to 0 of out.waitHistogram, got 1'],
];

describe.each([
  ['simulateBedsFast', simulateBedsFast],
  ['simulateBedsDetailed', simulateBedsDetailed],
] as const)('%s input checks', (name, simulate) => {
  it.each(BAD_INPUTS)('rejects a bad %s, naming the field', (_, spoil, message) => {
    const input = validInput();
    spoil(input);
    expect(() => simulate(input, createStream(1), createBedWorkspace(60), createBedOutput(3))).toThrow(`${name}: ${message}`);
  });

  it('rejects an output too short for the run', () => {
    expect(() => simulate(validInput(), createStream(1), createBedWorkspace(60), createBedOutput(2))).toThrow(`${name}: out.occupied must have at least 3 entries, got 2`);
  });

  it('accepts a sound input, ignores sd for exponential stays, and says which path filled the output', () => {
    const input = validInput();
    input.emergencyStay = { family: 'exponential', meanDays: 4, sdDays: NaN };
    const out = createBedOutput(3);
    simulate(input, createStream(1), createBedWorkspace(60), out);
    expect(out.path).toBe(name === 'simulateBedsFast' ? 'fast' : 'detailed');
  });
});

describe('createBedOutput and createBedWorkspace', () => {
  it('make arrays of the requested size, and reject bad sizes', () => {
    const out = createBedOutput(365);
    expect(out.occupied).toHaveLength(365);
    expect(out.path).toBeNull();
    expect(() => createBedOutput(0)).toThrow('createBedOutput: days must be a whole number >= 1, got 0');
    expect(() => createBedWorkspace(-5)).toThrow('createBedWorkspace: maxBeds must be a whole number >= 0, got -5');
  });

  it('grow past the size they were made for', () => {
    const input = validInput();
    input.coreBeds.fill(400);
    input.emergencyArrivalRate.fill(40);
    const out = createBedOutput(3);
    const workspace = createBedWorkspace(1);
    simulateBedsDetailed(input, createStream(2), workspace, out);
    expect(out.occupied[2]).toBeGreaterThan(300);
    simulateBedsFast(input, createStream(2), workspace, out);
    expect(out.occupied[2]).toBeGreaterThan(300);
  });
});
