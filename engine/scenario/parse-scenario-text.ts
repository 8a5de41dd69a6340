import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, YAMLParseError } from 'yaml';
import { SCENARIO_LIMITS } from './limits.ts';
import type { ValidationIssue } from './validation-issue.ts';

/** The outcome of reading scenario text: a document, or where the text is broken. */
export type ScenarioText = { ok: true; document: unknown } | { ok: false; issues: ValidationIssue[] };

/** Largest scenario text accepted, in characters. */
export const MAX_SCENARIO_TEXT = 2_000_000;

/** YAML's merge key (`<<: *anchor`), which may appear more than once in a map. */
const MERGE_KEY = '<<';

/**
 * Reads a scenario written as YAML or JSON (JSON is YAML, so one parser reads
 * both), with YAML merge keys (`<<: *anchor`) for repeated blocks. Aliases are capped so a "billion laughs" document cannot exhaust
 * memory; a syntax error comes back with its line and column:
 * `line 4, column 1: not valid YAML: All mapping items must start at the same column`.
 *
 * Duplicate keys are found by one pass over the parsed tree with a set of
 * keys per map, O(keys): the yaml library's own check compares each key with
 * every key before it, which took 126 s for a map of 100,000 keys. Text
 * with more than {@link SCENARIO_LIMITS.textLines} lines and commas is
 * refused before parsing: the parser itself takes about 10 µs an entry.
 */
export function parseScenarioText(text: string): ScenarioText {
  const size = scenarioTextSizeIssues(text);
  if (size.length > 0) return { ok: false, issues: size };
  const lineCounter = new LineCounter();
  try {
    const parsed = parseDocument(text, { prettyErrors: true, uniqueKeys: false, merge: true, lineCounter });
    const [error] = parsed.errors;
    if (error) return { ok: false, issues: [{ path: '', message: syntaxMessage(error) }] };
    const duplicate = firstDuplicateKey(parsed.contents);
    if (duplicate) {
      const { line, col } = lineCounter.linePos(duplicate.offset);
      return { ok: false, issues: [{ path: '', message: `line ${line}, column ${col}: not valid YAML: Map keys must be unique; '${duplicate.key.slice(0, 64)}' is given twice` }] };
    }
    const document: unknown = parsed.toJS({ maxAliasCount: 100 });
    return { ok: true, document };
  } catch (error) {
    if (error instanceof YAMLParseError) return { ok: false, issues: [{ path: '', message: syntaxMessage(error) }] };
    // The parser is recursive: brackets nested some thousands deep exhaust its stack.
    if (error instanceof RangeError) return { ok: false, issues: [{ path: '', message: 'not valid YAML: the text nests lists or maps too deeply to read' }] };
    return { ok: false, issues: [{ path: '', message: `could not read the scenario: ${(error as Error).message}` }] };
  }
}

/**
 * Whether scenario text is within its size limits ({@link MAX_SCENARIO_TEXT}
 * characters, {@link SCENARIO_LIMITS.textLines} lines and commas): one issue
 * if not, else none. One pass over the characters, so it is cheap enough to
 * run before handing the text to a parser.
 */
export function scenarioTextSizeIssues(text: string): ValidationIssue[] {
  if (text.length > MAX_SCENARIO_TEXT) return [{ path: '', message: `scenario text is ${text.length} characters; the limit is ${MAX_SCENARIO_TEXT}` }];
  const lines = linesAndCommas(text);
  if (lines <= SCENARIO_LIMITS.textLines) return [];
  const count = (value: number) => value.toLocaleString('en-GB');
  return [{ path: '', message: `scenario text has ${count(lines)} lines and commas; the limit is ${count(SCENARIO_LIMITS.textLines)}` }];
}

/** Newlines and commas in the text: every entry of a YAML map or list needs one or the other. */
function linesAndCommas(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 44) count++;
  }
  return count;
}

/** `line L, column C: not valid YAML: <reason>`, from the yaml library's error. */
function syntaxMessage(error: YAMLParseError): string {
  const position = error.linePos?.[0];
  const where = position ? `line ${position.line}, column ${position.col}: ` : '';
  // With prettyErrors the message is "<reason> at line L, column C:" and then an excerpt of the text
  // on the following lines; the reason alone follows the place given in front.
  const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `${where}not valid YAML: ${reason}`;
}

/** The first key given twice in one map, with its place in the text, walking the tree with its own stack. */
function firstDuplicateKey(root: unknown): { key: string; offset: number } | undefined {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        // A merge key's value is a symbol; it may be given more than once.
        const key = isScalar(pair.key) && typeof pair.key.value !== 'symbol' ? String(pair.key.value) : undefined;
        if (key !== undefined && key !== MERGE_KEY) {
          if (keys.has(key)) return { key, offset: pair.key && isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0 };
          keys.add(key);
        }
        pending.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(isPair(item) ? item.value : item);
    } else if (isAlias(node)) {
      continue;
    }
  }
  return undefined;
}
