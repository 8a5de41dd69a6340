// The server's default caps admit England (scenarios/england.yaml) at 10,000
// trials, the size a national analyst asks for, and refuse a run beyond them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { presetDocument, testApp } from '../helper.ts';

type App = Awaited<ReturnType<typeof testApp>>;
let app: App;

beforeAll(async () => {
  app = await testApp({ workers: 1 });
}, 60_000);
afterAll(async () => {
  await app.close();
  app.removeData();
}, 60_000);

describe('England under the default caps', () => {
  test('is admitted at 10,000 trials (and cancelled at once here)', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId: 'preset-england', trials: 10_000, seed: 1 } });
    expect(response.statusCode, response.body).toBe(202);
    const cancel = await app.inject({ method: 'POST', url: `/api/runs/${response.json().id}/cancel` });
    expect(cancel.json()).toMatchObject({ status: 'cancelled' });
  });

  test('is refused at 11,000 trials, naming the most that fit', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/runs', payload: { document: presetDocument('england'), trials: 11_000 } });
    expect(response.statusCode).toBe(422);
    expect(response.json().issues[0]).toMatchObject({ path: 'body/trials' });
    expect(response.json().error).toMatch(/this scenario can run at most 10506 trials$/);
  });
});
