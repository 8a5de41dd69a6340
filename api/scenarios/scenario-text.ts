import { stringify } from 'yaml';
// The parser alone, not the whole engine: this module is also what the text reader's worker thread loads.
import { parseScenarioText, type ScenarioText } from '../../engine/scenario/parse-scenario-text.ts';

export type ScenarioFormat = 'yaml' | 'json';

/**
 * Control characters that neither YAML (its printable set) nor JSON allows
 * unescaped: text holding one is a binary file (a picture, a spreadsheet)
 * read as text, which the parsers would refuse with a misleading message
 * ("Implicit keys need to be on a single line" for a PNG).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const BINARY_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Why text is not a scenario file at all, or undefined when it is text. */
export function notTextProblem(text: string): string | undefined {
  return BINARY_CHARACTER.test(text) ? 'this is not a YAML or JSON scenario: the file holds binary data (as a picture or a spreadsheet does), not text' : undefined;
}

/**
 * Reads uploaded scenario text. YAML is the default and also reads JSON;
 * `json` insists on strict JSON and reports the line and column of a syntax
 * error, as the YAML reader does. Binary data (a picture renamed .yaml) is
 * refused as such.
 */
export function readScenarioText(text: string, format: ScenarioFormat = 'yaml'): ScenarioText {
  const notText = notTextProblem(text);
  if (notText) return { ok: false, issues: [{ path: '', message: notText }] };
  if (format === 'yaml') return parseScenarioText(text);
  try {
    return { ok: true, document: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    if (!position) {
      // Some of V8's JSON messages carry no position; the YAML reader, which also reads JSON, may place the error.
      const located = parseScenarioText(text);
      if (!located.ok) return { ok: false, issues: [{ path: '', message: located.issues[0].message.replace(': not valid YAML: ', ': not valid JSON: ') }] };
      // "Unexpected token '}', "<quoted text>" is not valid JSON": keep the token, drop the quoted text.
      return { ok: false, issues: [{ path: '', message: `not valid JSON: ${message.replace(/, ".*$/s, '')}` }] };
    }
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = Number(position[1]) - before.lastIndexOf('\n');
    return { ok: false, issues: [{ path: '', message: `line ${line}, column ${column}: not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}` }] };
  }
}

/** A document as file text: YAML (no line folding) or indented JSON, ending in a newline. */
export function writeScenarioText(document: unknown, format: ScenarioFormat): string {
  return format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : stringify(document, { lineWidth: 0 });
}
