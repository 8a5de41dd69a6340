import { childPath } from '../json-path.ts';
import { SCENARIO_LIMITS } from '../limits.ts';
import type { ValidationIssue } from '../validation-issue.ts';

const count = (value: number) => value.toLocaleString('en-GB');

/** A value on the walk's stack; its path is spelled out from its parents only for the one issue reported. */
interface Entry {
  readonly value: unknown;
  readonly key: string | number;
  readonly parent: Entry | undefined;
  readonly depth: number;
}

function pathOf(entry: Entry): string {
  return entry.parent ? childPath(pathOf(entry.parent), entry.key) : '';
}

/**
 * The document keeps within {@link SCENARIO_LIMITS}: values in all, entries
 * per list or map, nesting depth, characters per text and per key. One walk
 * with its own stack (no recursion, so a document nested 10,000 deep is
 * answered, not a stack overflow), stopped at the first limit passed: a
 * document over a limit gets that one issue and no further checks.
 * Cost O(values), at most {@link SCENARIO_LIMITS.values} + 1 steps.
 */
export function documentSizeIssues(document: unknown): ValidationIssue[] {
  const pending: Entry[] = [{ value: document, key: '', parent: undefined, depth: 0 }];
  let values = 0;
  while (pending.length > 0) {
    const entry = pending.pop()!;
    const { value, depth } = entry;
    const path = () => pathOf(entry);
    values += 1;
    if (values > SCENARIO_LIMITS.values) return [{ path: '', message: `the document holds more than ${count(SCENARIO_LIMITS.values)} values, the most a scenario may have` }];
    if (typeof value === 'string' && value.length > SCENARIO_LIMITS.textCharacters) {
      return [{ path: path(), message: `is ${count(value.length)} characters long; a text may have at most ${count(SCENARIO_LIMITS.textCharacters)}` }];
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= SCENARIO_LIMITS.depth) return [{ path: path(), message: `nests lists and maps more than ${SCENARIO_LIMITS.depth} deep, deeper than any scenario field` }];
    if (Array.isArray(value)) {
      if (value.length > SCENARIO_LIMITS.entries) return [{ path: path(), message: `has ${count(value.length)} entries; a list may have at most ${count(SCENARIO_LIMITS.entries)}` }];
      for (let index = value.length - 1; index >= 0; index--) pending.push({ value: value[index], key: index, parent: entry, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > SCENARIO_LIMITS.entries) return [{ path: path(), message: `has ${count(keys.length)} keys; a map may have at most ${count(SCENARIO_LIMITS.entries)}` }];
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index];
      if (key.length > SCENARIO_LIMITS.keyCharacters) {
        return [{ path: childPath(path(), key.slice(0, 40)), message: `key is ${count(key.length)} characters long; a key may have at most ${SCENARIO_LIMITS.keyCharacters}` }];
      }
      pending.push({ value: (value as Record<string, unknown>)[key], key, parent: entry, depth: depth + 1 });
    }
  }
  return [];
}
