/**
 * Raised during a trial when an input or a result is not a finite number: a
 * formula undefined for the values its inputs took (sqrt or log of a negative
 * number, division by zero), or amounts so large that sums overflow. The
 * message names the scenario path and the trial, so the run can be fixed and
 * reproduced.
 */
export class ModelEvaluationError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'ModelEvaluationError';
  }
}
