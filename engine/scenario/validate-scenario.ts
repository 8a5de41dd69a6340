import { ScenarioSchema, SCHEMA_VERSION, type Scenario } from './schema/scenario.ts';
import { structuralIssues } from './structural-issues.ts';
import { nameIssues } from './checks/names.ts';
import { correlationIssues } from './checks/correlation.ts';
import { parameterIssues } from './checks/parameters.ts';
import { alternativeIssues, referenceIssues } from './checks/references.ts';
import { bedIssues } from './checks/beds.ts';
import { countedOnceIssues } from './checks/counted-once.ts';
import { riskShareMemberIssues } from './checks/risk-share-members.ts';
import { bedSchemeIssues } from './checks/bed-schemes.ts';
import { fourHourPerformanceIssues } from './checks/four-hour-performance.ts';
import { careServiceIssues } from './checks/care-services.ts';
import { pooledBudgetIssues } from './checks/pooled-budgets.ts';
import { careWaitIssues } from './checks/care-waits.ts';
import { placeBudgetIssues } from './checks/place-budgets.ts';
import { asRecord } from './checks/tolerant.ts';
import { documentSizeIssues } from './checks/document-size.ts';
import { SCENARIO_LIMITS } from './limits.ts';
import type { ValidationIssue } from './validation-issue.ts';

/** The outcome of validating a scenario document. */
export type ScenarioValidation = { ok: true; scenario: Scenario } | { ok: false; issues: ValidationIssue[] };

/**
 * Validates a parsed scenario document and returns every problem at once.
 *
 * Two passes: the structure against the published schema (types, ranges,
 * required and unknown fields, each distribution's rules), then the meaning
 * (names, references between organisations, formulas and their names, circles
 * among parameters, the correlation matrix, one value per year). The second
 * pass tolerates a broken structure so that both kinds of problem come back
 * together; a path reported by the first pass is not reported again.
 *
 * Before either, the document's size is checked against
 * {@link SCENARIO_LIMITS} (values, entries, depth, characters), so that every
 * later check, each linear or n log n in its input, finishes quickly. At most
 * {@link SCENARIO_LIMITS.issues} problems are listed; one more issue counts the rest.
 *
 * @example
 * const result = validateScenario(YAML.parse(text));
 * if (!result.ok) console.log(result.issues.map(formatIssue).join('\n'));
 */
export function validateScenario(document: unknown): ScenarioValidation {
  const record = asRecord(document);
  if (record !== document) return { ok: false, issues: [{ path: '', message: 'a scenario must be an object (a YAML mapping or a JSON object)' }] };
  if (record.schemaVersion !== SCHEMA_VERSION) {
    const given = record.schemaVersion === undefined ? 'none' : JSON.stringify(record.schemaVersion);
    return { ok: false, issues: [{ path: 'schemaVersion', message: `this engine reads schemaVersion ${SCHEMA_VERSION}; the document has ${given}` }] };
  }
  const size = documentSizeIssues(record);
  if (size.length > 0) return { ok: false, issues: size };
  const structural = structuralIssues(ScenarioSchema, record);
  const reported = new Set(structural.map((issue) => issue.path));
  const semantic = [
    ...nameIssues(record),
    ...correlationIssues(record),
    ...parameterIssues(record),
    ...referenceIssues(record),
    ...alternativeIssues(record),
    ...bedIssues(record),
    ...countedOnceIssues(record),
    ...riskShareMemberIssues(record),
    ...bedSchemeIssues(record),
    ...fourHourPerformanceIssues(record),
    ...careServiceIssues(record),
    ...pooledBudgetIssues(record),
    ...careWaitIssues(record),
    ...placeBudgetIssues(record),
  ].filter((issue) => !reported.has(issue.path));
  const issues = [...structural, ...semantic];
  return issues.length === 0 ? { ok: true, scenario: record as Scenario } : { ok: false, issues: capIssues(issues) };
}

/** The first {@link SCENARIO_LIMITS.issues} issues, and one counting the rest when there are more. */
function capIssues(issues: ValidationIssue[]): ValidationIssue[] {
  const limit = SCENARIO_LIMITS.issues;
  if (issues.length <= limit) return issues;
  const rest = issues.length - limit;
  return [...issues.slice(0, limit), { path: '', message: `${rest.toLocaleString('en-GB')} more problem${rest === 1 ? ' is' : 's are'} not listed: only the first ${limit} are` }];
}
