import { childPath } from '../json-path.ts';
import { SCENARIO_LIMITS } from '../limits.ts';
import type { ValidationIssue } from '../validation-issue.ts';

const count = (value: number) => value.toLocaleString('en-GB');

/**
 * The document keeps within {@link SCENARIO_LIMITS}: values in all, entries
 * per list or map, nesting depth, characters per text and per key. One walk
 * with its own stacks of values and depths (no recursion, so a document
 * nested 10,000 deep is answered, not a stack overflow; no object per
 * value), stopped at the first limit passed: a document over a limit gets
 * that one issue and no further checks, and only then is the path to the
 * problem spelled out. Cost O(values), at most {@link SCENARIO_LIMITS.values} + 1 steps.
 */
export function documentSizeIssues(document: unknown): ValidationIssue[] {
  const values: unknown[] = [document];
  const depths: number[] = [0];
  let seen = 0;
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    seen += 1;
    if (seen > SCENARIO_LIMITS.values) return [{ path: '', message: `the document holds more than ${count(SCENARIO_LIMITS.values)} values, the most a scenario may have` }];
    if (typeof value === 'string') {
      if (value.length > SCENARIO_LIMITS.textCharacters)
        return [{ path: pathOfText(document, value) ?? '', message: `is ${count(value.length)} characters long; a text may have at most ${count(SCENARIO_LIMITS.textCharacters)}` }];
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= SCENARIO_LIMITS.depth) return [{ path: pathTo(document, value) ?? '', message: `nests lists and maps more than ${SCENARIO_LIMITS.depth} deep, deeper than any scenario field` }];
    if (Array.isArray(value)) {
      if (value.length > SCENARIO_LIMITS.entries)
        return [{ path: pathTo(document, value) ?? '', message: `has ${count(value.length)} entries; a list may have at most ${count(SCENARIO_LIMITS.entries)}` }];
      for (let index = value.length - 1; index >= 0; index--) {
        values.push(value[index]);
        depths.push(depth + 1);
      }
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > SCENARIO_LIMITS.entries) return [{ path: pathTo(document, value) ?? '', message: `has ${count(keys.length)} keys; a map may have at most ${count(SCENARIO_LIMITS.entries)}` }];
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index];
      if (key.length > SCENARIO_LIMITS.keyCharacters) {
        return [{ path: childPath(pathTo(document, value) ?? '', key.slice(0, 40)), message: `key is ${count(key.length)} characters long; a key may have at most ${SCENARIO_LIMITS.keyCharacters}` }];
      }
      values.push((value as Record<string, unknown>)[key]);
      depths.push(depth + 1);
    }
  }
  return [];
}

/** The dotted path of `target` (a list or map) inside `root`, searched depth first, at most the depth limit deep. */
function pathTo(root: unknown, target: object, path = '', depth = 0): string | undefined {
  if (root === target) return path;
  if (root === null || typeof root !== 'object' || depth >= SCENARIO_LIMITS.depth) return undefined;
  const entries: Array<[string | number, unknown]> = Array.isArray(root) ? root.map((item, index) => [index, item]) : Object.entries(root);
  for (const [key, child] of entries) {
    const found = pathTo(child, target, childPath(path, key), depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The dotted path of the first text equal to `text` inside `root`. */
function pathOfText(root: unknown, text: string, path = '', depth = 0): string | undefined {
  if (root === text) return path;
  if (root === null || typeof root !== 'object' || depth > SCENARIO_LIMITS.depth) return undefined;
  const entries: Array<[string | number, unknown]> = Array.isArray(root) ? root.map((item, index) => [index, item]) : Object.entries(root);
  for (const [key, child] of entries) {
    const found = pathOfText(child, text, childPath(path, key), depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
