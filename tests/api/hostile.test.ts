// Each single request of issue 18 that froze or crashed the server, at the
// size that did it: now a 4xx whose issues name their place, answered in
// well under a second of the server's time (the bench prints the figures).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asymmetricMatrix, deepJson, junkOrganisations, longFormula, manyCorrelationDrivers, manyNots, teachingDocument, yamlManyKeys, type HostileRequest } from '../../bench/hostile-inputs.ts';
import { testApp } from './helper.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => {
  await app.close();
  app.removeData();
});

/** Sends a hostile request (a save, or an import) as the bench does. */
async function send(request: HostileRequest) {
  return app.inject({ method: 'POST', url: request.url, payload: request.payload, headers: { 'content-type': 'application/json' } });
}

async function save(document: unknown) {
  return app.inject({ method: 'POST', url: '/api/scenarios', payload: { document } });
}

interface Refusal {
  error: string;
  issues: Array<{ path: string; message: string }>;
}

describe('single requests that froze the server are refused by their size', () => {
  test('a YAML map of 100,000 keys (1.5 MB) is refused before it is parsed', async () => {
    const response = await send(yamlManyKeys(100_000));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: 'text is not valid: scenario text has 99,999 lines and commas; the limit is 20,000',
      issues: [{ path: 'body/text', message: 'scenario text has 99,999 lines and commas; the limit is 20,000' }],
    });
  });

  test('correlation.drivers of 200,000 names is one issue, not 15 MB of them', async () => {
    const response = await send(manyCorrelationDrivers(200_000));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: 'scenario is not valid: correlation.drivers: has 200,000 entries; a list may have at most 10,000',
      issues: [{ path: 'correlation.drivers', message: 'has 200,000 entries; a list may have at most 10,000' }],
    });
  });

  test('100,000 junk organisations are one issue, not 500,002', async () => {
    const response = await send(junkOrganisations(100_000));
    expect(response.statusCode).toBe(400);
    expect((response.json() as Refusal).issues).toEqual([{ path: 'systems[0].organisations', message: 'has 100,000 entries; a list may have at most 10,000' }]);
  });

  test('a 700×700 asymmetric matrix is over the limit of values', async () => {
    const response = await send(asymmetricMatrix(700));
    expect(response.statusCode).toBe(400);
    expect((response.json() as Refusal).issues).toEqual([{ path: 'body/document', message: 'the document holds more than 200,000 values, the most a scenario may have' }]);
  });
});

describe('5xx that are now 4xx', () => {
  test('JSON nested 10,000 deep is refused while the body is read', async () => {
    const response = await send(deepJson(10_000));
    expect(response.statusCode).toBe(400);
    const body = response.json() as Refusal;
    expect(body.issues).toHaveLength(1);
    expect(body.issues[0].path).toBe(`body/document${'/0'.repeat(63)}`);
    expect(body.issues[0].message).toBe('nests arrays and objects more than 64 deep');
  });

  test('formulas of 8,000 terms or 5,000 nots are refused by their length', async () => {
    for (const request of [longFormula(8000), manyNots(5000)]) {
      const response = await send(request);
      expect(response.statusCode, request.name).toBe(400);
      expect((response.json() as Refusal).issues, request.name).toEqual([
        { path: expect.stringMatching(/^parameters\.(long|negated)$/), message: expect.stringMatching(/ characters long; a text may have at most 10,000$/) },
      ]);
    }
    const deep = teachingDocument();
    deep.parameters = { ...(deep.parameters as object), deep: `${'('.repeat(300)}1${')'.repeat(300)}` };
    const response = await save(deep);
    expect(response.statusCode).toBe(400);
    expect((response.json() as Refusal).issues).toEqual([{ path: 'parameters.deep', message: 'formula nests brackets or operators more than 100 deep' }]);
  });

  test('an empty correlation block is a 400', async () => {
    const document = teachingDocument();
    document.correlation = { drivers: [], matrix: [] };
    const response = await save(document);
    expect(response.statusCode).toBe(400);
    expect((response.json() as Refusal).issues).toEqual([
      { path: 'correlation.drivers', message: 'must have at least 2 entries' },
      { path: 'correlation.matrix', message: 'must have at least 2 entries' },
    ]);
  });

  test('correlation drivers toString and valueOf are unknown, so the scenario is not saved', async () => {
    const document = teachingDocument();
    document.correlation = {
      drivers: ['toString', 'valueOf'],
      matrix: [
        [1, 0],
        [0, 1],
      ],
    };
    const response = await save(document);
    expect(response.statusCode).toBe(400);
    expect((response.json() as Refusal).issues).toEqual([
      { path: 'correlation.drivers[0]', message: "unknown driver 'toString'" },
      { path: 'correlation.drivers[1]', message: "unknown driver 'valueOf'" },
    ]);
  });

  test('a blank formula is refused when saved, and when run inline', async () => {
    const document = teachingDocument();
    document.parameters = { ...(document.parameters as object), tariffUplift: ' ' };
    const saved = await save(document);
    expect(saved.statusCode).toBe(400);
    expect((saved.json() as Refusal).issues).toEqual([{ path: 'parameters.tariffUplift', message: 'formula is empty' }]);
    const run = await app.inject({ method: 'POST', url: '/api/runs', payload: { document, trials: 10 } });
    expect(run.statusCode).toBe(400);
    expect((run.json() as Refusal).issues).toEqual([{ path: 'parameters.tariffUplift', message: 'formula is empty' }]);
  });

  test('problems with the document or text as a whole name body/document or body/text', async () => {
    const notObject = await save([1, 2]);
    expect(notObject.statusCode).toBe(400);
    expect((notObject.json() as Refusal).issues).toEqual([{ path: 'body/document', message: 'a scenario must be an object (a YAML mapping or a JSON object)' }]);
    const syntax = await app.inject({ method: 'POST', url: '/api/scenarios/import', payload: { text: 'a: [1, 2\n' } });
    expect(syntax.statusCode).toBe(400);
    expect((syntax.json() as Refusal).issues).toEqual([{ path: 'body/text', message: expect.stringMatching(/^line \d+, column \d+: not valid YAML: /) }]);
    const scalar = await app.inject({ method: 'POST', url: '/api/scenarios/import', payload: { text: '42' } });
    expect((scalar.json() as Refusal).issues).toEqual([{ path: 'body/text', message: 'a scenario must be an object (a YAML mapping or a JSON object)' }]);
  });
});
