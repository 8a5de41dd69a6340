import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { presetDocument, refusal, testApp } from './helper.ts';

type App = Awaited<ReturnType<typeof testApp>>;
let app: App;

beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => {
  await app.close();
  app.removeData();
});

const teaching = presetDocument('teaching');
const named = (name: string) => ({ ...teaching, name });

async function create(name: string) {
  const response = await app.inject({ method: 'POST', url: '/api/scenarios', payload: { document: named(name) } });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number; latestVersion: number; name: string };
}

describe('GET /api/scenarios', () => {
  test('lists the presets read-only at version 1, then saved scenarios', async () => {
    const saved = await create('Listed scenario');
    const response = await app.inject({ method: 'GET', url: '/api/scenarios' });
    expect(response.statusCode).toBe(200);
    const { scenarios } = response.json() as { scenarios: { id: string; readOnly: boolean; latestVersion: number; name: string }[] };
    const teachingPreset = scenarios.find((scenario) => scenario.id === 'preset-teaching');
    expect(teachingPreset).toMatchObject({ readOnly: true, latestVersion: 1, name: 'Teaching ICS (one year)' });
    expect(scenarios.find((scenario) => scenario.id === 'preset-system-control-total')?.readOnly).toBe(true);
    expect(scenarios.find((scenario) => scenario.id === saved.id)).toMatchObject({ readOnly: false, latestVersion: 1, name: 'Listed scenario' });
    expect(scenarios.findIndex((scenario) => scenario.id === saved.id)).toBeGreaterThan(scenarios.findIndex((scenario) => scenario.readOnly));
  });

  test('search matches part of the name, ignoring case', async () => {
    await create('Needle in the haystack');
    const response = await app.inject({ method: 'GET', url: '/api/scenarios?search=NEEDLE' });
    const names = (response.json() as { scenarios: { name: string }[] }).scenarios.map((scenario) => scenario.name);
    expect(names).toEqual(['Needle in the haystack']);
    const presets = (await app.inject({ method: 'GET', url: '/api/scenarios?search=teaching' })).json() as { scenarios: { id: string }[] };
    expect(presets.scenarios.map((scenario) => scenario.id)).toContain('preset-teaching');
  });

  test('search matches the description too, and every word of it, ignoring case', async () => {
    const search = async (text: string) =>
      ((await app.inject({ method: 'GET', url: `/api/scenarios?search=${encodeURIComponent(text)}` })).json() as { scenarios: { id: string; name: string }[] }).scenarios;
    const response = await app.inject({ method: 'POST', url: '/api/scenarios', payload: { document: { ...named('Plain name'), description: 'Models a HAYSTACK of winter pressures' } } });
    expect(response.statusCode).toBe(201);
    const { id } = response.json() as { id: string };
    expect((await search('haystack')).map((scenario) => scenario.name)).toEqual(['Plain name', 'Needle in the haystack']);
    expect((await search('winter haystack')).map((scenario) => scenario.id)).toEqual([id]);
    expect((await search('winter needle')).map((scenario) => scenario.id)).toEqual([]);
    // Presets: by name, description or who each is for (the audience shown on the library card).
    expect((await search('risk-share')).map((scenario) => scenario.id)).toEqual(['preset-system-control-total']);
    expect((await search('TEACHING class')).map((scenario) => scenario.id)).toEqual(['preset-teaching']);
    expect((await search('600,000 people')).map((scenario) => scenario.id)).toContain('preset-teaching');
    const all = (await app.inject({ method: 'GET', url: '/api/scenarios' })).json() as { scenarios: unknown[] };
    expect(await search('  ')).toHaveLength(all.scenarios.length);
  });

  test('presets say who they are for', async () => {
    const { scenarios } = (await app.inject({ method: 'GET', url: '/api/scenarios' })).json() as { scenarios: { id: string; audience?: string; readOnly: boolean }[] };
    expect(scenarios.find((scenario) => scenario.id === 'preset-teaching')?.audience).toBe('For teaching: one small system a class can take in at a glance');
    expect(scenarios.filter((scenario) => !scenario.readOnly).every((scenario) => scenario.audience === undefined)).toBe(true);
  });

  test('refuses an unknown query field', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/scenarios?colour=red' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'querystring/colour is not an allowed field', issues: [{ path: 'querystring/colour', message: 'is not an allowed field' }] });
  });
});

describe('POST /api/scenarios', () => {
  test('saves a valid document as version 1', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/scenarios', payload: { document: named('Fresh') } });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ name: 'Fresh', version: 1, latestVersion: 1, readOnly: false, description: teaching.description });
    expect(body.document).toEqual(named('Fresh'));
    expect(typeof body.id).toBe('string');
  });

  test('refuses an invalid document with every issue, and saves nothing', async () => {
    const before = ((await app.inject({ method: 'GET', url: '/api/scenarios' })).json() as { scenarios: unknown[] }).scenarios.length;
    const response = await app.inject({ method: 'POST', url: '/api/scenarios', payload: { document: { schemaVersion: 1, name: 'Broken' } } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: 'scenario is not valid: horizon: is required (and 1 more problem)',
      issues: [
        { path: 'horizon', message: 'is required' },
        { path: 'systems', message: 'is required' },
      ],
    });
    const after = ((await app.inject({ method: 'GET', url: '/api/scenarios' })).json() as { scenarios: unknown[] }).scenarios.length;
    expect(after).toBe(before);
  });

  test('names a missing body field', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/scenarios', payload: {} });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'body/document is required', issues: [{ path: 'body/document', message: 'is required' }] });
  });

  // This asserted `{ error: 'body is not valid JSON' }` alone; every 4xx now has issues, and the message says what the parser found.
  test('says when the body is not JSON', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/scenarios', payload: '{"document": ', headers: { 'content-type': 'application/json' } });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { error: string; issues: Array<{ path: string; message: string }> };
    expect(body.error).toMatch(/^body is not valid JSON: .+/);
    expect(body.issues).toEqual([{ path: 'body', message: body.error.slice('body '.length) }]);
  });

  test('refuses keys named __proto__ or constructor, saying so (not "not valid JSON")', async () => {
    const cases = [
      ['{"__proto__": {"polluted": true}}', 'body/__proto__'],
      ['{"document": {"name": "x", "drivers": {"constructor": {"prototype": {"polluted": true}}}}}', 'body/document/drivers/constructor'],
      ['{"document": {"systems": [{"__proto__": 1}]}}', 'body/document/systems/0/__proto__'],
    ] as const;
    for (const [payload, path] of cases) {
      const response = await app.inject({ method: 'POST', url: '/api/scenarios', payload, headers: { 'content-type': 'application/json' } });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: `${path} is not allowed: keys named __proto__ or constructor are not allowed`,
        issues: [{ path, message: 'is not allowed: keys named __proto__ or constructor are not allowed' }],
      });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('an empty JSON body is refused with its issue', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/scenarios', payload: '', headers: { 'content-type': 'application/json' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: 'body is empty but content-type says application/json; send a JSON object',
      issues: [{ path: 'body', message: 'is empty but content-type says application/json; send a JSON object' }],
    });
  });
});

describe('GET /api/scenarios/:id', () => {
  test('returns a preset with its document', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/scenarios/preset-teaching' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: 'preset-teaching', readOnly: true, version: 1, latestVersion: 1, document: teaching });
  });

  test('404 names the scenario', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/scenarios/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual(refusal('scenario "nope" was not found', 'params/id'));
  });
});

describe('PUT /api/scenarios/:id and versions', () => {
  test('each save keeps a new version; old versions stay readable', async () => {
    const saved = await create('Versioned v1');
    const put = await app.inject({ method: 'PUT', url: `/api/scenarios/${saved.id}`, payload: { document: named('Versioned v2'), expectedVersion: 1 } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ id: saved.id, name: 'Versioned v2', version: 2, latestVersion: 2 });

    const versions = await app.inject({ method: 'GET', url: `/api/scenarios/${saved.id}/versions` });
    expect(versions.statusCode).toBe(200);
    expect((versions.json() as { versions: { version: number; name: string }[] }).versions.map(({ version, name }) => ({ version, name }))).toEqual([
      { version: 2, name: 'Versioned v2' },
      { version: 1, name: 'Versioned v1' },
    ]);
    const first = await app.inject({ method: 'GET', url: `/api/scenarios/${saved.id}/versions/1` });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id: saved.id, version: 1, name: 'Versioned v1', document: named('Versioned v1') });
  });

  test('409 when someone saved since expectedVersion', async () => {
    const saved = await create('Contested');
    await app.inject({ method: 'PUT', url: `/api/scenarios/${saved.id}`, payload: { document: named('Contested 2') } });
    const response = await app.inject({ method: 'PUT', url: `/api/scenarios/${saved.id}`, payload: { document: named('Contested stale'), expectedVersion: 1 } });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual(refusal(`expectedVersion is 1 but scenario "${saved.id}" is at version 2; reload it and apply your changes again`, 'body/expectedVersion'));
  });

  test('403 for a preset', async () => {
    const response = await app.inject({ method: 'PUT', url: '/api/scenarios/preset-teaching', payload: { document: teaching } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual(refusal('scenario "preset-teaching" is a read-only preset and cannot be changed; duplicate it to make your own copy', 'params/id'));
  });

  test('404 for an unknown scenario, 400 for an invalid document', async () => {
    const missing = await app.inject({ method: 'PUT', url: '/api/scenarios/nope', payload: { document: teaching } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual(refusal('scenario "nope" was not found', 'params/id'));
    const saved = await create('Will stay valid');
    const invalid = await app.inject({ method: 'PUT', url: `/api/scenarios/${saved.id}`, payload: { document: { ...teaching, horizon: { firstYear: 2025, years: 0 } } } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().issues).toEqual([{ path: 'horizon.years', message: expect.stringContaining('>= 1') }]);
    expect(invalid.json().error).toBe(`scenario is not valid: horizon.years: ${invalid.json().issues[0].message}`);
  });

  test('expectedVersion must be a whole number >= 1', async () => {
    const saved = await create('Checked');
    const response = await app.inject({ method: 'PUT', url: `/api/scenarios/${saved.id}`, payload: { document: teaching, expectedVersion: 0 } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe('body/expectedVersion must be >= 1');
  });

  test('404 for versions of an unknown scenario or an unknown version', async () => {
    const saved = await create('Few versions');
    const versions = await app.inject({ method: 'GET', url: '/api/scenarios/nope/versions' });
    expect(versions.statusCode).toBe(404);
    expect(versions.json()).toEqual(refusal('scenario "nope" was not found', 'params/id'));
    const version = await app.inject({ method: 'GET', url: `/api/scenarios/${saved.id}/versions/7` });
    expect(version.statusCode).toBe(404);
    expect(version.json()).toEqual(refusal(`version 7 of scenario "${saved.id}" was not found`, 'params/version'));
    const badVersion = await app.inject({ method: 'GET', url: `/api/scenarios/${saved.id}/versions/first` });
    expect(badVersion.statusCode).toBe(400);
    expect(badVersion.json().error).toBe('params/version must be integer');
    const presetVersions = await app.inject({ method: 'GET', url: '/api/scenarios/preset-teaching/versions' });
    expect((presetVersions.json() as { versions: { version: number }[] }).versions.map((entry) => entry.version)).toEqual([1]);
  });
});

describe('POST /api/scenarios/:id/duplicate', () => {
  test('copies a preset as a new saved scenario, with no body', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/scenarios/preset-teaching/duplicate' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ name: 'Teaching ICS (one year) (copy)', readOnly: false, version: 1, document: { ...teaching, name: 'Teaching ICS (one year) (copy)' } });
  });

  test('takes a name', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/scenarios/preset-teaching/duplicate', payload: { name: 'My class' } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ name: 'My class', document: { name: 'My class' } });
  });

  test('refuses an empty name and an unknown scenario', async () => {
    const empty = await app.inject({ method: 'POST', url: '/api/scenarios/preset-teaching/duplicate', payload: { name: '' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toBe('body/name must NOT have fewer than 1 characters');
    const missing = await app.inject({ method: 'POST', url: '/api/scenarios/nope/duplicate', payload: {} });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual(refusal('scenario "nope" was not found', 'params/id'));
  });
});

describe('DELETE /api/scenarios/:id', () => {
  test('deletes a saved scenario and its versions', async () => {
    const saved = await create('Doomed');
    const response = await app.inject({ method: 'DELETE', url: `/api/scenarios/${saved.id}` });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect((await app.inject({ method: 'GET', url: `/api/scenarios/${saved.id}` })).statusCode).toBe(404);
    const again = await app.inject({ method: 'DELETE', url: `/api/scenarios/${saved.id}` });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toEqual(refusal(`scenario "${saved.id}" was not found`, 'params/id'));
  });

  test('403 for a preset', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/api/scenarios/preset-teaching' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual(refusal('scenario "preset-teaching" is a read-only preset and cannot be deleted; duplicate it to make your own copy', 'params/id'));
  });
});

describe('import and export', () => {
  test('imports YAML text', async () => {
    const text = (await app.inject({ method: 'GET', url: '/api/scenarios/preset-teaching/export?format=yaml' })).body;
    const response = await app.inject({ method: 'POST', url: '/api/scenarios/import', payload: { text } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ name: teaching.name, version: 1, document: teaching });
  });

  test('imports JSON text', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/scenarios/import', payload: { text: JSON.stringify(named('From JSON')), format: 'json' } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ name: 'From JSON' });
  });

  test('a YAML syntax error comes back with its line and column', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/scenarios/import', payload: { text: 'schemaVersion: 1\nname: [unclosed\nhorizon: {}\n' } });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { error: string; issues: { path: string; message: string }[] };
    expect(body.issues).toHaveLength(1);
    expect(body.issues[0].message).toBe('line 3, column 1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]');
    expect(body.error).toBe(`text is not valid: ${body.issues[0].message}`);
  });

  test('a picture renamed .yaml (or .json) is refused as not a YAML or JSON scenario, not as a syntax error', async () => {
    // The first bytes of a PNG as a browser's File.text() reads them: the signature, then the IHDR chunk.
    const png = new TextDecoder().decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 0x08, 0x06, 0, 0, 0]));
    const message = 'this is not a YAML or JSON scenario: the file holds binary data (as a picture or a spreadsheet does), not text';
    for (const format of ['yaml', 'json'] as const) {
      const response = await app.inject({ method: 'POST', url: '/api/scenarios/import', payload: { text: png, format } });
      expect(response.statusCode, format).toBe(400);
      expect(response.json(), format).toEqual({ error: `text is not valid: ${message}`, issues: [{ path: 'body/text', message }] });
    }
    // Tabs, line ends and carriage returns are text: a Windows file with tabs in a comment still imports.
    const windows = `# exported\t(with a tab)\r\n${JSON.stringify(named('Windows text'))}\r\n`;
    expect((await app.inject({ method: 'POST', url: '/api/scenarios/import', payload: { text: windows } })).statusCode).toBe(201);
  });

  test('a JSON syntax error with format json names the line and column', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/scenarios/import', payload: { text: '{\n  "a": 1,\n}', format: 'json' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: 'text is not valid: line 3, column 1: not valid JSON: Expected double-quoted property name',
      issues: [{ path: 'body/text', message: 'line 3, column 1: not valid JSON: Expected double-quoted property name' }],
    });
  });

  test('an imported document that fails validation returns every issue', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/scenarios/import', payload: { text: 'schemaVersion: 1\nname: Half\n' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([
      { path: 'horizon', message: 'is required' },
      { path: 'systems', message: 'is required' },
    ]);
  });

  test('refuses an unknown format', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/scenarios/import', payload: { text: 'x', format: 'xml' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe('body/format must be one of yaml, json');
  });

  test('exports YAML and JSON as downloads, any version', async () => {
    const saved = await create('Export me');
    await app.inject({ method: 'PUT', url: `/api/scenarios/${saved.id}`, payload: { document: named('Export me later') } });
    const yaml = await app.inject({ method: 'GET', url: `/api/scenarios/${saved.id}/export` });
    expect(yaml.statusCode).toBe(200);
    expect(yaml.headers['content-type']).toBe('application/yaml; charset=utf-8');
    expect(yaml.headers['content-disposition']).toBe('attachment; filename="Export-me-later-v2.yaml"');
    expect(parseYaml(yaml.body)).toEqual(named('Export me later'));
    const json = await app.inject({ method: 'GET', url: `/api/scenarios/${saved.id}/export?format=json&version=1` });
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['content-disposition']).toBe('attachment; filename="Export-me-v1.json"');
    expect(JSON.parse(json.body)).toEqual(named('Export me'));
  });

  test('export 404s for an unknown scenario or version', async () => {
    const missing = await app.inject({ method: 'GET', url: '/api/scenarios/nope/export' });
    expect(missing.statusCode).toBe(404);
    const version = await app.inject({ method: 'GET', url: '/api/scenarios/preset-teaching/export?version=2' });
    expect(version.statusCode).toBe(404);
    expect(version.json()).toEqual(refusal('version 2 of scenario "preset-teaching" (presets have only version 1) was not found', 'querystring/version'));
  });
});

describe('POST /api/validate', () => {
  test('a valid document has no issues', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/validate', payload: { document: teaching } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, issues: [] });
  });

  test('an invalid document returns every issue with 200', async () => {
    const broken = structuredClone(teaching) as unknown as { systems: { organisations: { cip?: { delivery: unknown } }[] }[] };
    broken.systems[0].organisations[1].cip = { delivery: { dist: 'beta', alpha: -1, beta: 2 } } as never;
    const response = await app.inject({ method: 'POST', url: '/api/validate', payload: { document: { ...broken, horizon: { firstYear: 2025, years: 0 } } } });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { ok: boolean; issues: { path: string }[] };
    expect(body.ok).toBe(false);
    expect(body.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['horizon.years']));
    expect(body.issues.length).toBeGreaterThanOrEqual(2);
  });

  test('a document that is not an object', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/validate', payload: { document: 'hello' } });
    expect(response.json()).toEqual({ ok: false, issues: [{ path: '', message: 'a scenario must be an object (a YAML mapping or a JSON object)' }] });
  });

  test('400 without a document', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/validate', payload: { doc: {} } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe('body/document is required');
  });
});
