// The app's pages and their addresses. Real paths (the server answers any
// non-/api path with index.html), so every page can be bookmarked and shared.

/** A saved scenario, at its latest version unless one is given. */
export interface ScenarioPointer {
  readonly scenarioId: string;
  readonly version?: number;
}

export type Route =
  | { readonly page: 'library' }
  | { readonly page: 'builder'; readonly scenarioId: string | null; readonly version?: number }
  | { readonly page: 'run'; readonly runId: string }
  | { readonly page: 'compare'; readonly baseline?: ScenarioPointer; readonly alternative?: ScenarioPointer }
  | { readonly page: 'classroom' }
  | {
      readonly page: 'reproduce';
      readonly scenario?: ScenarioPointer;
      readonly baseline?: ScenarioPointer;
      readonly alternative?: ScenarioPointer;
      readonly seed?: number;
      readonly trials?: number;
      readonly engineVersion?: string;
    }
  | { readonly page: 'notFound'; readonly path: string };

/** `id@3` → {scenarioId: 'id', version: 3}; `id` → latest. */
export function parsePointer(text: string | null): ScenarioPointer | undefined {
  if (!text) return undefined;
  const at = text.lastIndexOf('@');
  if (at <= 0) return { scenarioId: text };
  const version = wholeNumber(text.slice(at + 1));
  return version === undefined ? { scenarioId: text } : { scenarioId: text.slice(0, at), version };
}

export function formatPointer(pointer: ScenarioPointer): string {
  return pointer.version === undefined ? pointer.scenarioId : `${pointer.scenarioId}@${pointer.version}`;
}

function wholeNumber(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined || !/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Reads a page from a path and query string. */
export function parseRoute(pathname: string, search = ''): Route {
  const query = new URLSearchParams(search);
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  if (parts.length === 0 || (first === 'library' && parts.length === 1)) return { page: 'library' };
  if (first === 'scenarios' && parts.length === 2) {
    if (second === 'new') return { page: 'builder', scenarioId: null };
    const version = wholeNumber(query.get('version'));
    return version === undefined ? { page: 'builder', scenarioId: second } : { page: 'builder', scenarioId: second, version };
  }
  if (first === 'runs' && parts.length === 2) return { page: 'run', runId: second };
  if (first === 'compare' && parts.length === 1) {
    return { page: 'compare', baseline: parsePointer(query.get('baseline')), alternative: parsePointer(query.get('alternative')) };
  }
  if (first === 'classroom' && parts.length === 1) return { page: 'classroom' };
  if (first === 'reproduce' && parts.length === 1) {
    return {
      page: 'reproduce',
      scenario: parsePointer(query.get('scenario')),
      baseline: parsePointer(query.get('baseline')),
      alternative: parsePointer(query.get('alternative')),
      seed: wholeNumber(query.get('seed')),
      trials: wholeNumber(query.get('trials')),
      engineVersion: query.get('engine') ?? undefined,
    };
  }
  return { page: 'notFound', path: pathname };
}

/** The address of a page. */
export function routeHref(route: Route): string {
  const withQuery = (path: string, entries: Array<[string, string | number | undefined]>) => {
    const query = new URLSearchParams();
    for (const [key, value] of entries) if (value !== undefined) query.set(key, String(value));
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  const pointer = (value: ScenarioPointer | undefined) => (value ? formatPointer(value) : undefined);
  switch (route.page) {
    case 'library':
      return '/';
    case 'builder':
      return route.scenarioId === null ? '/scenarios/new' : withQuery(`/scenarios/${encodeURIComponent(route.scenarioId)}`, [['version', route.version]]);
    case 'run':
      return `/runs/${encodeURIComponent(route.runId)}`;
    case 'compare':
      return withQuery('/compare', [
        ['baseline', pointer(route.baseline)],
        ['alternative', pointer(route.alternative)],
      ]);
    case 'classroom':
      return '/classroom';
    case 'reproduce':
      return withQuery('/reproduce', [
        ['scenario', pointer(route.scenario)],
        ['baseline', pointer(route.baseline)],
        ['alternative', pointer(route.alternative)],
        ['seed', route.seed],
        ['trials', route.trials],
        ['engine', route.engineVersion],
      ]);
    case 'notFound':
      return route.path;
  }
}

/** The page's title, for document.title and the announcement made on navigation. */
export function routeTitle(route: Route): string {
  switch (route.page) {
    case 'library':
      return 'Scenario library';
    case 'builder':
      return route.scenarioId === null ? 'New scenario' : 'Scenario builder';
    case 'run':
      return 'Run';
    case 'compare':
      return 'Compare scenarios';
    case 'classroom':
      return 'Classroom';
    case 'reproduce':
      return 'Reproduce a run';
    case 'notFound':
      return 'Page not found';
  }
}
