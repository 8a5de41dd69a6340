// Documents built to freeze or crash the validator (issue 18): each is
// refused with an issue naming the place, quickly, and nothing it holds
// reaches the engine.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../engine/scenario/validate-scenario.ts';
import { SCENARIO_LIMITS } from '../../../engine/scenario/limits.ts';
import { formatIssue } from '../../../engine/scenario/validation-issue.ts';
import { uncertainScenario } from '../fixtures.ts';

function messages(document: unknown): string[] {
  const result = validateScenario(document);
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** Milliseconds one call takes. */
function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

describe('document size', () => {
  it('refuses a list longer than the limit with one issue, before any other check', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.correlation = { drivers: Array.from({ length: 200_000 }, (_, index) => `d${index}`), matrix: [] };
    let result: string[] = [];
    expect(timed(() => (result = messages(document)))).toBeLessThan(1000);
    expect(result).toEqual(['correlation.drivers: has 200,000 entries; a list may have at most 10,000']);
  });

  it('refuses a document of more values than the limit', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.parameters = Object.fromEntries(Array.from({ length: 9000 }, (_, index) => [`p${index}`, Array.from({ length: 30 }, () => 1)]));
    expect(messages(document)).toEqual([`the document holds more than 200,000 values, the most a scenario may have`]);
  });

  it('refuses nesting deeper than the limit without a stack overflow', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 10_000; level++) deep = [deep];
    const document = { ...uncertainScenario(), description: deep };
    const [message] = messages(document);
    expect(message).toMatch(/^description(\[0\])+: nests lists and maps more than 32 deep, deeper than any scenario field$/);
  });

  it('refuses a text or a key over its length', () => {
    expect(messages({ ...uncertainScenario(), name: 'x'.repeat(10_001) })).toEqual(['name: is 10,001 characters long; a text may have at most 10,000']);
    const key = 'k'.repeat(201);
    expect(messages({ ...uncertainScenario(), parameters: { [key]: 1 } })).toEqual([`parameters.${'k'.repeat(40)}: key is 201 characters long; a key may have at most 200`]);
  });

  it(`lists the first ${SCENARIO_LIMITS.issues} problems and counts the rest in one more issue`, () => {
    const document = uncertainScenario() as Record<string, any>;
    // Each junk intervention is one problem; 9,000 of them, within the limit of entries.
    document.interventions = Array.from({ length: 9000 }, () => 1);
    const result = validateScenario(document);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(SCENARIO_LIMITS.issues + 1);
    expect(result.issues[0]).toEqual({ path: 'interventions[0]', message: expect.stringMatching(/^must be an object with kind: one of /) });
    const shown = result.issues.length - 1;
    expect(result.issues.at(-1)).toEqual({ path: '', message: `${(9000 - shown).toLocaleString('en-GB')} more problems are not listed: only the first 200 are` });
  });
});

describe('names and correlation', () => {
  it("a correlated driver must be the scenario's own: toString and valueOf are not drivers", () => {
    const document = uncertainScenario() as Record<string, any>;
    document.correlation = {
      drivers: ['toString', 'valueOf'],
      matrix: [
        [1, 0],
        [0, 1],
      ],
    };
    expect(messages(document)).toEqual(["correlation.drivers[0]: unknown driver 'toString'", "correlation.drivers[1]: unknown driver 'valueOf'"]);
  });

  it('an empty correlation block is refused by its shape, not by a failed factorisation', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.correlation = { drivers: [], matrix: [] };
    expect(messages(document)).toEqual(['correlation.drivers: must have at least 2 entries', 'correlation.matrix: must have at least 2 entries']);
  });

  /** A scenario correlating `size` normal drivers by a matrix that is not symmetric. */
  function asymmetric(size: number): Record<string, any> {
    const document = uncertainScenario() as Record<string, any>;
    const names = Array.from({ length: size }, (_, index) => `d${index}`);
    document.drivers = Object.fromEntries(names.map((name) => [name, { dist: 'normal', mean: 0, sd: 1 }]));
    document.correlation = { drivers: names, matrix: names.map((_, row) => names.map((__, column) => (row === column ? 1 : row < column ? 0.5 : 0.1))) };
    return document;
  }

  it(`at most ${SCENARIO_LIMITS.correlatedDrivers} drivers may be correlated; a 700×700 matrix is over the limit of values`, () => {
    expect(messages(asymmetric(60)).filter((message) => message.startsWith('correlation'))).toEqual(['correlation.drivers: lists 60 drivers; at most 50 may be correlated']);
    let result: string[] = [];
    expect(timed(() => (result = messages(asymmetric(700))))).toBeLessThan(1000);
    expect(result).toEqual(['the document holds more than 200,000 values, the most a scenario may have']);
  });

  it('a 50×50 asymmetric matrix names its asymmetric pairs', () => {
    const found = messages(asymmetric(50));
    expect(found).toHaveLength(SCENARIO_LIMITS.issues + 1);
    expect(found[0]).toBe('correlation.matrix: correlation matrix must be symmetric: [0][1] is 0.5 but [1][0] is 0.1');
  });

  it('a driver listed twice is named at its second place', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.correlation = {
      drivers: ['payAward', 'inflation', 'payAward'],
      matrix: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
    };
    expect(messages(document)).toEqual(["correlation.drivers[2]: driver 'payAward' is listed twice"]);
  });
});

describe('formulas', () => {
  it('a blank formula is refused, not left to fail when it runs', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.parameters.uplift = ' ';
    expect(messages(document)).toEqual(['parameters.uplift: formula is empty']);
  });

  it('a formula of 8,000 terms or 5,000 nots is refused by its length, one of 900 terms or 450 nots by its depth', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.parameters.long = Array.from({ length: 8000 }, () => '1').join('+');
    expect(messages(document)).toEqual(['parameters.long: is 15,999 characters long; a text may have at most 10,000']);
    document.parameters.long = Array.from({ length: 1500 }, () => '1').join('+');
    document.parameters.negated = `${'not '.repeat(2000)}1`;
    expect(messages(document)).toEqual([
      'parameters.long: formula is 2999 characters long; a formula may have at most 2000',
      'parameters.negated: formula is 8001 characters long; a formula may have at most 2000',
    ]);
    document.parameters.long = Array.from({ length: 900 }, () => '1').join('+');
    document.parameters.negated = `${'not '.repeat(450)}1`;
    expect(messages(document)).toEqual(['parameters.long: formula nests brackets or operators more than 100 deep', 'parameters.negated: formula nests brackets or operators more than 100 deep']);
  });

  it('a chain of 5,000 parameters each reading the next validates without a stack overflow, and a circle in it is named', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.parameters = {
      uplift: 0.028,
      delivery: { dist: 'beta', alpha: 8, beta: 2 },
      ...Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`p${index}`, index === 4999 ? '1' : `p${index + 1}`])),
    };
    expect(messages(document)).toEqual([]);
    document.parameters.p4999 = 'p0';
    const found = messages(document);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^parameters\.p0: formulas refer to one another in a circle: p0 → p1 → p2 → .* → p4999 → p0$/);
  });
});
