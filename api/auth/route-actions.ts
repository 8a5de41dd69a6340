import type { Action } from './roles.ts';

/** What a route does, and whether it acts on a run that only its starter (or an admin) may touch. */
export interface RouteAction {
  readonly action: Action;
  /** The run or decision in `params/id` must have been started by the user, unless their role may `deleteAny`. */
  readonly owned?: 'run' | 'decision';
}

/** Routes anyone may call, signed in or not: the health check and signing in and out. */
export const PUBLIC_ROUTES: ReadonlySet<string> = new Set(['GET /api/health', 'GET /api/session', 'POST /api/session', 'DELETE /api/session']);

/**
 * The action each route that changes something takes, by method and route
 * pattern. Every GET is `view`. A changing route missing here is admin-only
 * (tests/api/sign-in.test.ts checks that every route of the app is listed).
 */
export const CHANGING_ROUTES: Readonly<Record<string, RouteAction>> = {
  'POST /api/validate': { action: 'check' },
  'POST /api/scenarios': { action: 'save' },
  'POST /api/scenarios/import': { action: 'save' },
  'POST /api/scenarios/real-areas': { action: 'save' },
  'POST /api/scenarios/:id/duplicate': { action: 'save' },
  'PUT /api/scenarios/:id': { action: 'save' },
  'DELETE /api/scenarios/:id': { action: 'deleteAny' },
  'POST /api/runs': { action: 'run' },
  'POST /api/compare': { action: 'run' },
  'POST /api/runs/:id/cancel': { action: 'run', owned: 'run' },
  'DELETE /api/runs/:id': { action: 'deleteOwn', owned: 'run' },
  'POST /api/decisions/solve': { action: 'run' },
  'POST /api/decisions/sweep': { action: 'run' },
  'POST /api/decisions/:id/cancel': { action: 'run', owned: 'decision' },
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a method only reads (no CSRF token needed). */
export const isSafeMethod = (method: string): boolean => SAFE_METHODS.has(method);

/** `METHOD /pattern` without a trailing slash (a prefix's root route is `/api/runs/`). */
export const routeKey = (method: string, url: string): string => `${method} ${url.length > 1 && url.endsWith('/') ? url.slice(0, -1) : url}`;

/** The action declared for a route: `view` for reading, the table's entry for a change; undefined when the table lacks it. */
export function declaredAction(method: string, url: string): RouteAction | undefined {
  return isSafeMethod(method) ? { action: 'view' } : CHANGING_ROUTES[routeKey(method, url)];
}

/** The action a route takes: as declared, else `deleteAny` (admins only). */
export function routeAction(method: string, url: string): RouteAction {
  return declaredAction(method, url) ?? { action: 'deleteAny' };
}
