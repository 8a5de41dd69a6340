import { formatIssue, type ValidationIssue } from '../engine/index.ts';

/**
 * An error a client can act on: the services throw it with the status code
 * and a message that names what is wrong, and the error handler sends it as
 * `{ error, issues }` (a 4xx always has issues: those given, or one naming
 * where the problem is). Anything else that escapes a handler is a 500 whose
 * details stay in the log.
 */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly issues?: readonly ValidationIssue[],
    readonly headers: Readonly<Record<string, string>> = {},
    /** Without issues: the request field the error is about (`version`), found by the error handler in the params, query or body. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** An error about one place in the request (`body/trials`, `params/id`, `request`), with that place as its one issue. */
  static at(statusCode: number, path: string, message: string, headers: Readonly<Record<string, string>> = {}): ApiError {
    return new ApiError(statusCode, message, [{ path, message }], headers);
  }

  /** The same error, about another place (a service's 404 named by the request field that asked for it). */
  movedTo(path: string): ApiError {
    return ApiError.at(this.statusCode, path, this.message, this.headers);
  }
}

/** A 404 about `field` of the request (the scenario's or run's id unless told). */
export const notFound = (what: string, field = 'id') => new ApiError(404, `${what} was not found`, undefined, {}, field);

/**
 * A 400 carrying every problem found in a scenario; the message quotes the
 * first so that a client showing only `error` still names the field. A
 * problem with the document as a whole (the engine's empty path) is named by
 * `root`, the document's place in the request (`body/document`, `body/text`),
 * so that every issue of a 4xx names a place.
 */
export function invalidScenario(issues: readonly ValidationIssue[], what = 'scenario', root = 'body/document'): ApiError {
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length === 2 ? '' : 's'})` : '';
  const named = issues.map((issue) => (issue.path === '' ? { path: root, message: issue.message } : issue));
  return new ApiError(400, `${what} is not valid: ${first ? formatIssue(first) : 'unknown problem'}${more}`, named);
}

/** Prefixes issue paths, e.g. `baseline.` for the documents of a comparison. */
export function prefixIssues(issues: readonly ValidationIssue[], prefix: string): ValidationIssue[] {
  return issues.map((issue) => ({ path: issue.path === '' ? prefix : `${prefix}.${issue.path}`, message: issue.message }));
}
