export type { BedSimulationInput, BedSimulationOutput, BedSimulationPath, DelayedDischarge, LengthOfStay, StayFamily } from './types.ts';
export { DEFAULT_ELECTIVE_TIME_OF_DAY } from './types.ts';
export { createBedOutput } from './bed-output.ts';
export { createBedWorkspace, type BedWorkspace } from './workspace.ts';
export { simulateBedsFast } from './simulate-fast.ts';
export { simulateBedsDetailed } from './simulate-detailed.ts';
