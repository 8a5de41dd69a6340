/**
 * A solve or sweep that cannot be done as asked: a lever or measure that does
 * not fit the scenario, a target out of reach within the bounds, or a result
 * that is not monotone in the lever. `field` names the part of the request at
 * fault (`lever.path`, `target.value`, ...), so every caller can report it.
 */
export class DecisionError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'DecisionError';
    this.field = field;
  }
}
