import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ValidationIssue } from './validation-issue.ts';

/** The outcome of reading scenario text: a document, or where the text is broken. */
export type ScenarioText = { ok: true; document: unknown } | { ok: false; issues: ValidationIssue[] };

/** Largest scenario text accepted, in characters. */
export const MAX_SCENARIO_TEXT = 2_000_000;

/**
 * Reads a scenario written as YAML or JSON (JSON is YAML, so one parser reads
 * both), with YAML merge keys (`<<: *anchor`) for repeated blocks. Aliases are capped so a "billion laughs" document cannot exhaust
 * memory; a syntax error comes back with its line and column:
 * `line 4, column 1: not valid YAML: All mapping items must start at the same column`.
 */
export function parseScenarioText(text: string): ScenarioText {
  if (text.length > MAX_SCENARIO_TEXT) {
    return { ok: false, issues: [{ path: '', message: `scenario text is ${text.length} characters; the limit is ${MAX_SCENARIO_TEXT}` }] };
  }
  try {
    const document: unknown = parseYaml(text, { maxAliasCount: 100, prettyErrors: true, uniqueKeys: true, merge: true });
    return { ok: true, document };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const position = error.linePos?.[0];
      const where = position ? `line ${position.line}, column ${position.col}: ` : '';
      // With prettyErrors the message is "<reason> at line L, column C:" and then an excerpt of the text
      // on the following lines; the reason alone follows the place given in front.
      const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return { ok: false, issues: [{ path: '', message: `${where}not valid YAML: ${reason}` }] };
    }
    return { ok: false, issues: [{ path: '', message: `could not read the scenario: ${(error as Error).message}` }] };
  }
}
