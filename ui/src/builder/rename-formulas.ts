// Follows a driver or named parameter to its new name: every formula that
// uses it, and the correlation's list of drivers. Kept apart from rename.ts
// because it walks the engine's schema (TypeBox), which the builder loads
// only when a name changes.
import { ScenarioSchema } from '../../../engine/scenario/schema/scenario.ts';
import { walkParameters } from '../../../engine/scenario/walk-parameters.ts';
import { setAt } from './paths.ts';
import { isObject, renameInList } from './rename.ts';

// A formula's tokens, as mathjs reads them: a quoted string, a number (so the
// `e5` of `1e5` is not a name), or a name. Everything between is left alone.
const FORMULA_TOKEN = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(0[xXbBoO][0-9A-Fa-f]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|([A-Za-z_$\u00C0-\u02AF][A-Za-z0-9_$\u00C0-\u02AF]*)/g;

/**
 * A formula with every use of the name `from` replaced by `to`: whole names
 * only, never part of a longer name (`payAward2`), a number (`1e5`) or a string.
 *
 * @example
 * renameInFormula('payAward + payAward2 * 1e5', 'payAward', 'pay') // 'pay + payAward2 * 1e5'
 */
export function renameInFormula(formula: string, from: string, to: string): string {
  return formula.replace(FORMULA_TOKEN, (token: string, _text: string | undefined, _number: string | undefined, name: string | undefined) => (name === from ? to : token));
}

/**
 * Follows a driver or named parameter renamed from `from` to `to`, in place:
 * every formula in the scenario that uses it (found through the engine's
 * schema, so no formula field is missed) and the correlation's list of drivers.
 * The driver or parameter itself is renamed by the caller.
 */
export function renameFormulaName(document: unknown, from: string, to: string): void {
  if (!isObject(document) || from === to) return;
  const changes: Array<{ path: string; formula: string }> = [];
  walkParameters(ScenarioSchema, document, ({ path, value }) => {
    if (typeof value !== 'string') return;
    const formula = renameInFormula(value, from, to);
    if (formula !== value) changes.push({ path, formula });
  });
  for (const { path, formula } of changes) setAt(document, path, formula);
  if (isObject(document.correlation)) renameInList(document.correlation.drivers, from, to);
}
