// The unit of a driver or a named parameter, read from where the scenario uses
// it: a driver used as a share (an admission-avoidance scheme's realisation)
// is a share, so `50%` may be typed for it and its hint reads "= 50%".
import { ScenarioSchema } from '../../../engine/scenario/schema/index.ts';
import type { Unit } from '../../../engine/scenario/schema/annotations.ts';
import { walkParameters } from '../../../engine/scenario/walk-parameters.ts';
import { fieldAt } from './issues.ts';

/**
 * The unit shared by every field whose value is just this name (`growth:
 * payAward`) in a form, or `plain` when it is used in none on its own, or in fields of
 * different units (then a percentage could mean a hundredth of an amount).
 */
export function namedValueUnit(document: unknown, name: string): Unit {
  const units = new Set<Unit>();
  walkParameters(ScenarioSchema, document, ({ path, value }) => {
    if (typeof value !== 'string' || value.trim() !== name) return;
    const field = fieldAt(document, path);
    // A use in another driver or parameter says nothing of the unit.
    if (field) units.add('unit' in field ? field.unit : 'plain');
  });
  return units.size === 1 ? [...units][0] : 'plain';
}
