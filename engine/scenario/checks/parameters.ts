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
    // A blank formula (" ") is refused here: the structural check only sees that it is text.
    if (typeof value !== 'string') return;
    const check = checkFormula(value, slotOf);
    if (!check.ok) issues.push(...check.errors.map((message) => ({ path, message })));
  });
  issues.push(...cycleIssues(parameters));
  return issues;
}

/**
 * Reports each circle of parameters once, e.g. `a → b → a`. Depth first with
 * its own stack (a chain of 10,000 parameters is no stack overflow); the
 * trail is the stack itself, so the cost is O(parameters + uses).
 */
function cycleIssues(parameters: Record<string, unknown>): ValidationIssue[] {
  const uses = new Map<string, string[]>();
  for (const [name, value] of Object.entries(parameters)) {
    uses.set(name, typeof value === 'string' ? formulaNames(value).filter((used) => Object.hasOwn(parameters, used)) : []);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const issues: ValidationIssue[] = [];
  for (const start of uses.keys()) {
    if (state.has(start)) continue;
    // Each frame: a parameter on the trail and how many of its uses have been followed.
    const trail: Array<{ name: string; next: number }> = [{ name: start, next: 0 }];
    const placeOnTrail = new Map<string, number>([[start, 0]]);
    state.set(start, 'visiting');
    while (trail.length > 0) {
      const frame = trail[trail.length - 1];
      const used = (uses.get(frame.name) ?? [])[frame.next++];
      if (used === undefined) {
        state.set(frame.name, 'done');
        placeOnTrail.delete(frame.name);
        trail.pop();
      } else if (state.get(used) === 'visiting') {
        const circle = [...trail.slice(placeOnTrail.get(used)).map((entry) => entry.name), used];
        issues.push({ path: `parameters.${used}`, message: `formulas refer to one another in a circle: ${circle.join(' → ')}` });
      } else if (!state.has(used)) {
        state.set(used, 'visiting');
        placeOnTrail.set(used, trail.length);
        trail.push({ name: used, next: 0 });
      }
    }
  }
  return issues;
}
