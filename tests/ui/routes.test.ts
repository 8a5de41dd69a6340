import { describe, expect, test } from 'vitest';
import { formatPointer, parsePointer, parseRoute, routeHref, type Route } from '../../ui/src/app/routes.ts';

describe('addresses of pages', () => {
  test('each page reads back from its own address', () => {
    const routes: Route[] = [
      { page: 'library' },
      { page: 'builder', scenarioId: null },
      { page: 'builder', scenarioId: 'preset-teaching' },
      { page: 'builder', scenarioId: 'abc', version: 3 },
      { page: 'run', runId: 'r-1' },
      { page: 'compare', baseline: { scenarioId: 'a', version: 1 }, alternative: { scenarioId: 'a', version: 2 } },
      { page: 'classroom' },
      { page: 'reproduce', scenario: { scenarioId: 'preset-teaching', version: 1 }, seed: 2025, trials: 2000, engineVersion: '0.1.0' },
    ];
    for (const route of routes) {
      const url = new URL(routeHref(route), 'http://localhost');
      expect(parseRoute(url.pathname, url.search)).toEqual(route);
    }
  });

  test('unknown addresses are not found, and malformed numbers are ignored', () => {
    expect(parseRoute('/nowhere')).toEqual({ page: 'notFound', path: '/nowhere' });
    expect(parseRoute('/scenarios/x', '?version=two')).toEqual({ page: 'builder', scenarioId: 'x' });
    expect(parseRoute('/reproduce', '?scenario=x&seed=-1').page).toBe('reproduce');
  });

  test('a scenario pointer is id@version, the latest without a version', () => {
    expect(parsePointer('abc@4')).toEqual({ scenarioId: 'abc', version: 4 });
    expect(parsePointer('abc')).toEqual({ scenarioId: 'abc' });
    expect(parsePointer(null)).toBeUndefined();
    expect(formatPointer({ scenarioId: 'abc', version: 4 })).toBe('abc@4');
  });
});
