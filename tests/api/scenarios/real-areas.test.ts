// Start from a real area: the server lists the 42 ICBs and saves a scenario
// generated for one of them, the same as npm run scenario -- --icb writes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generatePlaceScenario } from '../../../api/scenarios/real-places/generate-scenario.ts';
import { loadReferenceData } from '../../../api/scenarios/real-places/load-reference-data.ts';
import { parseScenarioText } from '../../../engine/index.ts';
import { testApp } from '../helper.ts';

type App = Awaited<ReturnType<typeof testApp>>;
let app: App;
beforeAll(async () => {
  app = await testApp();
}, 60_000);
afterAll(async () => {
  await app.close();
  app.removeData();
}, 60_000);

describe('/api/scenarios/real-areas', () => {
  test('lists the 42 ICBs with their population, allocation and acute trusts', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/scenarios/real-areas' });
    expect(response.statusCode).toBe(200);
    const { areas } = response.json() as { areas: Array<{ code: string; acuteTrusts: number }> };
    expect(areas).toHaveLength(42);
    expect(areas.find((area) => area.code === 'E54000041')).toEqual({ code: 'E54000041', name: 'NHS Dorset ICB', population: 824_079, allocation: 1722.7, acuteTrusts: 2 });
    expect(areas.reduce((sum, area) => sum + area.acuteTrusts, 0)).toBe(134);
  });

  test("saves the generator's scenario for one ICB as a new saved scenario", async () => {
    const response = await app.inject({ method: 'POST', url: '/api/scenarios/real-areas', payload: { icb: 'E54000041' } });
    expect(response.statusCode, response.body).toBe(201);
    const expected = parseScenarioText(generatePlaceScenario(loadReferenceData(), { icb: 'E54000041' }));
    expect(expected.ok).toBe(true);
    expect(response.json()).toMatchObject({ readOnly: false, version: 1, name: 'Dorset (real area)', document: expected.ok ? expected.document : undefined });
  });

  test('refuses an unknown ICB (404) and a malformed code (400), naming the field', async () => {
    const unknown = await app.inject({ method: 'POST', url: '/api/scenarios/real-areas', payload: { icb: 'E54999999' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().issues).toEqual([{ path: 'body/icb', message: expect.stringMatching(/^no ICB with code E54999999/) }]);
    const malformed = await app.inject({ method: 'POST', url: '/api/scenarios/real-areas', payload: { icb: 'Dorset' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().issues[0].path).toBe('body/icb');
  });
});
