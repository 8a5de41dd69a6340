import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../engine/scenario/parse-scenario-text.ts';

describe('parseScenarioText', () => {
  it('reads YAML and JSON alike', () => {
    expect(parseScenarioText('a: 1\nb: [x, y]\n')).toEqual({ ok: true, document: { a: 1, b: ['x', 'y'] } });
    expect(parseScenarioText('{"a": 1}')).toEqual({ ok: true, document: { a: 1 } });
  });

  it('gives the line and column of a syntax error', () => {
    const result = parseScenarioText('a: 1\nb: [1, 2\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].message).toMatch(/^line \d+, column \d+: /);
  });

  it('says what is wrong after the place, with no excerpt of the text cut off after it', () => {
    // The yaml library's own message is "All mapping items must start at the same column at line 4, column 1:" then the excerpt.
    expect(parseScenarioText('name: Test\nsystems:\n  - id: a\n name: bad\n')).toEqual({
      ok: false,
      issues: [{ path: '', message: 'line 4, column 1: not valid YAML: All mapping items must start at the same column' }],
    });
    expect(parseScenarioText('name: x\n\tfoo: 1\n')).toEqual({ ok: false, issues: [{ path: '', message: 'line 2, column 1: not valid YAML: Tabs are not allowed as indentation' }] });
  });

  it('refuses duplicate keys', () => {
    const result = parseScenarioText('a: 1\na: 2\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].message).toMatch(/Map keys must be unique/);
  });

  it('refuses a document with too many aliases (a "billion laughs" bomb)', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    const result = parseScenarioText(bomb);
    expect(result.ok).toBe(false);
  });

  it('refuses text over the size limit without parsing it', () => {
    const result = parseScenarioText('#'.repeat(2_000_001));
    expect(result).toEqual({ ok: false, issues: [{ path: '', message: 'scenario text is 2000001 characters; the limit is 2000000' }] });
  });

  it('names the line and column of a duplicate key, in a map of 19,000 keys within a second', () => {
    expect(parseScenarioText('a: 1\nb:\n  c: 1\n  c: 3\n')).toEqual({ ok: false, issues: [{ path: '', message: "line 4, column 3: not valid YAML: Map keys must be unique; 'c' is given twice" }] });
    const keys = Array.from({ length: 19_000 }, (_, index) => `k${index}: ${index}`);
    const started = performance.now();
    const result = parseScenarioText([...keys, 'k7: 0'].join('\n'));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result).toEqual({ ok: false, issues: [{ path: '', message: "line 19001, column 1: not valid YAML: Map keys must be unique; 'k7' is given twice" }] });
  });

  it('allows merge keys more than once in a map', () => {
    expect(parseScenarioText('x: &x {a: 1}\ny: &y {b: 2}\nz:\n  <<: *x\n  <<: *y\n')).toEqual({ ok: true, document: { x: { a: 1 }, y: { b: 2 }, z: { a: 1, b: 2 } } });
  });

  it('refuses text of more than 20,000 lines and commas before parsing it', () => {
    const text = Array.from({ length: 100_000 }, (_, index) => `k${index}: ${index}`).join('\n');
    expect(parseScenarioText(text)).toEqual({ ok: false, issues: [{ path: '', message: 'scenario text has 99,999 lines and commas; the limit is 20,000' }] });
    expect(parseScenarioText(`{${Array.from({ length: 30_000 }, (_, index) => `k${index}: 1`).join(', ')}}`)).toEqual({
      ok: false,
      issues: [{ path: '', message: 'scenario text has 29,999 lines and commas; the limit is 20,000' }],
    });
  });

  it('refuses brackets nested too deep to parse, without a stack overflow', () => {
    const result = parseScenarioText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ path: '', message: expect.stringMatching(/not valid YAML: /) }]);
  });
});
