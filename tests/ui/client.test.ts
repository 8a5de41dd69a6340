import { describe, expect, test } from 'vitest';
import { ApiError } from '../../ui/src/api/client.ts';

describe('the API client', () => {
  test('a refusal\'s issues about the request are told apart from those about a scenario', () => {
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
