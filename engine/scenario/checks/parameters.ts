import { checkFormula, formulaNames } from '../../formula/compile-formula.ts';
import { checkDistributionSpec } from '../../distributions/spec.ts';
import { checkParameterShape } from '../check-parameter.ts';
import { ScenarioSchema } from '../schema/scenario.ts';
import { walkParameters } from '../walk-parameters.ts';
import type { ValidationIssue } from '../validation-issue.ts';
import { asRecord } from './tolerant.ts';
import { YEAR_NAMES } from './formula-scope.ts';

/**
 * Every distribution obeys its family's rules (the structural check only sees
 * that its fields are numbers), every formula parses, uses only allowed syntax
 * and known names, and named parameters do not refer to one another in a circle.
 */
export function parameterIssues(document: Record<string, unknown>): ValidationIssue[] {
  const drivers = Object.keys(asRecord(document.drivers));
  const parameters = asRecord(document.parameters);
  const names = [...YEAR_NAMES, ...drivers, ...Object.keys(parameters)];
  const slotOf = new Map(names.map((name, index) => [name, index]));
  const issues: ValidationIssue[] = [];
  walkParameters(ScenarioSchema, document, ({ path, value }) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      issues.push(...checkDistributionSpec(value).map((message) => ({ path, message })));
      return;
    }
    if (typeof value === 'number') {
      issues.push(...checkParameterShape(value).map((message) => ({ path, message })));
      return;
    }
    if (typeof value !== 'string' || value.trim() === '') return;
    const check = checkFormula(value, slotOf);
    if (!check.ok) issues.push(...check.errors.map((message) => ({ path, message })));
  });
  issues.push(...cycleIssues(parameters));
  return issues;
}

/** Reports each circle of parameters once, e.g. `a → b → a`. */
function cycleIssues(parameters: Record<string, unknown>): ValidationIssue[] {
  const uses = new Map<string, string[]>();
  for (const [name, value] of Object.entries(parameters)) {
    uses.set(name, typeof value === 'string' ? formulaNames(value).filter((used) => used in parameters) : []);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const issues: ValidationIssue[] = [];
  const visit = (name: string, trail: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      const circle = [...trail.slice(trail.indexOf(name)), name];
      issues.push({ path: `parameters.${name}`, message: `formulas refer to one another in a circle: ${circle.join(' → ')}` });
      return;
    }
    state.set(name, 'visiting');
    for (const used of uses.get(name) ?? []) visit(used, [...trail, name]);
    state.set(name, 'done');
  };
  for (const name of uses.keys()) visit(name, []);
  return issues;
}
