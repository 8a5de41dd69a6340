// Text typed into a number box that does not read as a number ("abc" for a
// number of years). The document keeps its old value meanwhile, so the text
// is kept beside it, by the path of its field: it counts as a problem like any
// the server finds, blocks saving, travels with the draft, and is shown again
// when its field comes back into view. It goes when the box reads as a number
// again, or when the value it stood in for changes or disappears.
import type { ValidationIssue } from '../api/types.ts';
import { describePath } from './issues.ts';
import { formatPath, getAt, isWithin, parsePath, type PathKey } from './paths.ts';

export interface UnreadableInput {
  /** What was typed. */
  readonly text: string;
  /** What is wrong with it, as the field says it. */
  readonly message: string;
  /** The value the document still holds at the path. */
  readonly previous?: unknown;
}

/** By path, in the order they were typed. */
export type UnreadableInputs = Readonly<Record<string, UnreadableInput>>;

/** The problems the builder shows: text that is not a number first, then the server's, less those about values such text replaces. */
export function combineIssues(inputs: UnreadableInputs, serverIssues: readonly ValidationIssue[]): ValidationIssue[] {
  const typed = Object.entries(inputs).map(([path, input]) => ({ path, message: input.message }));
  return [...typed, ...serverIssues.filter((issue) => !(issue.path in inputs))];
}

function same(inputs: UnreadableInputs, next: Record<string, UnreadableInput>): UnreadableInputs {
  const before = Object.keys(inputs);
  const after = Object.keys(next);
  return before.length === after.length && after.every((path, index) => before[index] === path && inputs[path] === next[path]) ? inputs : next;
}

/**
 * Keeps the inputs whose field still stands where it stood: the object that
 * holds it exists and the value it stood in for is unchanged. Returns
 * `inputs` itself when nothing goes, so callers can tell.
 */
export function keepStanding(inputs: UnreadableInputs, document: unknown): UnreadableInputs {
  const next: Record<string, UnreadableInput> = {};
  for (const [path, input] of Object.entries(inputs)) {
    const keys = parsePath(path);
    const parent = getAt(document, keys.slice(0, -1));
    if (parent === null || typeof parent !== 'object') continue;
    if (!Object.is(getAt(parent, keys.slice(-1)), input.previous)) continue;
    next[path] = input;
  }
  return same(inputs, next);
}

/** After the list item at `path` (`interventions[2]`) is removed: its inputs go, and those of later items move up one. */
export function afterRemovingItem(inputs: UnreadableInputs, path: string): UnreadableInputs {
  const keys = parsePath(path);
  const removed = keys.at(-1);
  if (typeof removed !== 'number') return inputs;
  const list = formatPath(keys.slice(0, -1));
  const depth = keys.length - 1;
  return movePaths(inputs, (inputKeys) => {
    if (!isWithin(formatPath(inputKeys), list) || inputKeys.length <= depth) return inputKeys;
    const index = inputKeys[depth];
    if (typeof index !== 'number') return inputKeys;
    if (index === removed) return undefined;
    return index > removed ? [...inputKeys.slice(0, depth), index - 1, ...inputKeys.slice(depth + 1)] : inputKeys;
  });
}

/** Moves inputs to new paths (after a rename); `move` gives a path's new keys, or undefined to drop it. */
export function movePaths(inputs: UnreadableInputs, move: (keys: PathKey[]) => PathKey[] | undefined): UnreadableInputs {
  const next: Record<string, UnreadableInput> = {};
  for (const [path, input] of Object.entries(inputs)) {
    const keys = move(parsePath(path));
    if (keys) next[formatPath(keys)] = input;
  }
  return same(inputs, next);
}

/**
 * After the value at `from` moved to `to` (an incentive fund's row given
 * another organisation): the text typed in it, or inside it, moves with it.
 */
export function afterMovingValue(inputs: UnreadableInputs, from: string, to: string): UnreadableInputs {
  const fromKeys = parsePath(from);
  const toKeys = parsePath(to);
  return movePaths(inputs, (keys) => (isWithin(formatPath(keys), from) ? [...toKeys, ...keys.slice(fromKeys.length)] : keys));
}

/**
 * After the value at `path` became one value per year (`path[0]`,
 * `path[1]`, …, each a copy of it, as in `perYear`): the text typed in it, or
 * inside it, is copied to every year's, as the value is, and stands in for
 * what each year now holds.
 */
export function afterSplittingByYear(inputs: UnreadableInputs, path: string, perYear: readonly unknown[]): UnreadableInputs {
  const depth = parsePath(path).length;
  const next: Record<string, UnreadableInput> = {};
  for (const [inputPath, input] of Object.entries(inputs)) {
    if (!isWithin(inputPath, path)) {
      next[inputPath] = input;
      continue;
    }
    const inside = parsePath(inputPath).slice(depth);
    perYear.forEach((value, year) => {
      next[formatPath([...parsePath(path), year, ...inside])] = { ...input, previous: getAt(value, inside) };
    });
  }
  return same(inputs, next);
}

/**
 * After one value per year at `path` became one value for every year, the
 * first year's: the text typed in the first year's box, or inside it, moves
 * to the single value; the other years' goes with their values.
 */
export function afterJoiningYears(inputs: UnreadableInputs, path: string): UnreadableInputs {
  const depth = parsePath(path).length;
  return movePaths(inputs, (keys) => {
    if (!isWithin(formatPath(keys), path) || keys.length === depth) return keys;
    return keys[depth] === 0 ? [...keys.slice(0, depth), ...keys.slice(depth + 1)] : undefined;
  });
}

/**
 * What the header says about problems: the server's check and the text that
 * is not a number. A check that takes long says the server is slow; one that
 * fails says whether the server could not be reached or answered with an error.
 */
export function problemStatus(validation: 'idle' | 'checking' | 'slow' | 'valid' | 'invalid' | 'unreachable' | 'unavailable', problems: number): string {
  const count = `${problems} problem${problems === 1 ? '' : 's'} to fix`;
  if (validation === 'checking') return 'Checking…';
  if (validation === 'slow') return 'Still checking: the server is slow to answer…';
  if (validation === 'unreachable') return problems > 0 ? `${count}; cannot check the rest: the server cannot be reached` : 'Cannot check: the server cannot be reached';
  if (validation === 'unavailable') return problems > 0 ? `${count}; cannot check the rest: server unavailable` : 'Cannot check: server unavailable';
  if (problems > 0) return count;
  return validation === 'valid' ? 'No problems found' : '';
}

/** Why the scenario cannot be saved while boxes hold text that is not a number, or undefined when none do. */
export function unreadableRefusal(inputs: UnreadableInputs, document: unknown): string | undefined {
  const entries = Object.entries(inputs);
  if (entries.length === 0) return undefined;
  if (entries.length > 1) return `Cannot save: ${entries.length} boxes are empty or hold text that is not a number (listed below). Enter a number in each.`;
  const [[path, input]] = entries;
  if (input.text.trim() === '') return `Cannot save: ${describePath(document, path)} is empty. Enter a number.`;
  return `Cannot save: ${describePath(document, path)} (“${input.text}”) is not a number. Enter a number.`;
}
