export type { BedSimulationInput, BedSimulationOutput, BedSimulationPath, DelayedDischarge, Diversion, FrontDoor, LengthOfStay, StayFamily } from './types.ts';
export { DEFAULT_ELECTIVE_TIME_OF_DAY } from './types.ts';
export { createBedOutput } from './bed-output.ts';
export { createBedWorkspace, type BedWorkspace } from './workspace.ts';
export { simulateBedsFast } from './simulate-fast.ts';
export { simulateBedsDetailed } from './simulate-detailed.ts';
export { WAIT_BINS, waitQuantileHours } from './wait-histogram.ts';
