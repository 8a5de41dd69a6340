import { describe, expect, test, vi } from 'vitest';
import { api, ApiError } from '../../ui/src/api/client.ts';

describe('the API client', () => {
  test("a refusal's issues about the request are told apart from those about a scenario", () => {
    // Every 4xx has issues now; only a scenario's go to the builder's fields.
    const notFound = new ApiError(404, 'scenario "x" was not found', [{ path: 'params/id', message: 'scenario "x" was not found' }]);
    expect(notFound.scenarioIssues).toEqual([]);
    const refusals = ['body', 'body/trials', 'querystring/format', 'headers/content-type', 'request', 'url'].map((path) => ({ path, message: 'm' }));
    expect(new ApiError(400, 'm', refusals).scenarioIssues).toEqual([]);
    const invalid = new ApiError(400, 'scenario is not valid', [
      { path: 'horizon.years', message: 'must be >= 1' },
      { path: '', message: 'a scenario must be an object' },
      { path: 'baseline.systems[0].name', message: 'is required' },
    ]);
    expect(invalid.scenarioIssues.map((issue) => issue.path)).toEqual(['horizon.years', '', 'baseline.systems[0].name']);
  });
});

describe("the API client's runs", () => {
  /** Calls `call` with fetch answering `status` and `body`, and returns what was asked for. */
  async function asked(status: number, body: unknown, call: () => Promise<unknown>): Promise<{ method: string; url: string; result: unknown }> {
    const requests: Array<{ method: string; url: string }> = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      requests.push({ method: init.method ?? 'GET', url });
      return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    });
    try {
      const result = await call();
      return { ...requests[0], result };
    } finally {
      vi.unstubAllGlobals();
    }
  }

  test('listRuns asks for the newest runs, optionally of one scenario, and returns the list', async () => {
    const runs = [{ id: 'r1', kind: 'run', status: 'done' }];
    expect(await asked(200, { runs }, () => api.listRuns({ limit: 20 }))).toEqual({ method: 'GET', url: '/api/runs?limit=20', result: runs });
    expect((await asked(200, { runs: [] }, () => api.listRuns())).url).toBe('/api/runs');
    expect((await asked(200, { runs: [] }, () => api.listRuns({ scenarioId: 'a b', limit: 5 }))).url).toBe('/api/runs?limit=5&scenarioId=a+b');
  });

  test('deleteRun sends DELETE and resolves on 204; a 409 rejects with its status and message', async () => {
    expect(await asked(204, undefined, () => api.deleteRun('r/1'))).toEqual({ method: 'DELETE', url: '/api/runs/r%2F1', result: undefined });
    const refused = asked(409, { message: 'run "r1" is running: cancel it first' }, () => api.deleteRun('r1'));
    await expect(refused).rejects.toMatchObject({ name: 'ApiError', status: 409, message: 'run "r1" is running: cancel it first' });
  });
});
