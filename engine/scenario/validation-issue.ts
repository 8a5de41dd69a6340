/** One problem found in a scenario: where it is and what is wrong. */
export interface ValidationIssue {
  /** Dotted path, e.g. `systems[0].organisations[2].cip.delivery`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
}

/** `path: message`, as printed by the CLI and returned by the API. */
export function formatIssue(issue: ValidationIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

/** Raised when a scenario that failed validation is used; carries every issue. */
export class ScenarioValidationError extends Error {
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(`scenario is not valid:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    this.name = 'ScenarioValidationError';
  }
}
