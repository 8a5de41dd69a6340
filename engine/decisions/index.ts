// Decisions: solve for a target and sweep inputs, every candidate on common random numbers.
export { DecisionError } from './decision-error.ts';
export { checkLever, checkLeverFits, pathSegments, withLever, type BoundedLever, type Lever } from './lever.ts';
export { measureColumn, measureValue, parseMeasure, parseQuantity, type Measure, type MeasuredValue, type Quantity, type Statistic } from './measure.ts';
export { evaluateDocument, evaluateLever, measurePoint, type LeverPoint } from './evaluate-lever.ts';
export { checkSolveRequest, plannedSolveRuns, solve, solveSteps, type SolveRequest, type SolveResult } from './solve.ts';
export { MAX_SWEEP_POINTS, rangeValues, sweep, sweepCandidates, type SweepCandidate, type SweepInput, type SweepPoint, type SweepRequest, type SweepResult } from './sweep.ts';
export { leverTakesWholeNumbers } from './whole-number-lever.ts';
