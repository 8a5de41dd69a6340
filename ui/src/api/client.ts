// Every request the UI makes goes through this module.
import type {
  Comparison,
  DecisionView,
  Health,
  ProgressSoFar,
  RealArea,
  Results,
  RunFinalStatus,
  RunInputs,
  RunProgress,
  RunView,
  Scenario,
  Session,
  ScenarioDetail,
  ScenarioRef,
  ScenarioSummary,
  ScenarioVersionDetail,
  ScenarioVersionSummary,
  Validation,
  ValidationIssue,
} from './types.ts';

// Issues about the request itself (every refusal names one) rather than a place in a scenario.
const REQUEST_PLACE = /^(body|params|querystring|headers|request|url)(\/|$)/;
/** Where the server names a scenario document or file as a whole (a syntax error, not an object). */
const WHOLE_DOCUMENT = /^body\/(document|text)$/;

/** A request the server refused or could not serve. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
    /** Seconds to wait before retrying (429). */
    readonly retryAfter: number | undefined = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /**
   * The issues about places in a scenario (`systems[0].name`), not about the
   * request (`body/trials`, `params/id`); one about the document or file as a
   * whole (`body/document`, `body/text`) has the scenario's own empty path.
   */
  get scenarioIssues(): ValidationIssue[] {
    return this.issues.flatMap((issue) => (WHOLE_DOCUMENT.test(issue.path) ? [{ path: '', message: issue.message }] : REQUEST_PLACE.test(issue.path) ? [] : [issue]));
  }
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

// With sign-in on, the session's CSRF token goes with every request that changes something,
// and a 401 (the session ended) tells the app to show the sign-in page.
let csrfToken: string | undefined;
let onSignedOut: () => void = () => undefined;

/** The token the server gave the session (undefined when signed out or sign-in is off). */
export function useCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** What to do when the server says the session is gone (401). */
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

function headersFor(method: string, body: unknown): Record<string, string> {
  const headers: Record<string, string> = body === undefined ? { accept: 'application/json' } : { ...JSON_HEADERS };
  if (csrfToken !== undefined && method !== 'GET' && method !== 'HEAD') headers['x-csrf-token'] = csrfToken;
  return headers;
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers: headersFor(method, body),
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'Cannot reach the server. Check that it is running, then try again.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (response.status === 401 && path !== '/session') onSignedOut();
  if (!response.ok) {
    const record = (parsed ?? {}) as { error?: string; message?: string; issues?: ValidationIssue[] };
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ApiError(
      response.status,
      record.message ?? record.error ?? `The server answered ${response.status} ${response.statusText}`,
      Array.isArray(record.issues) ? record.issues : [],
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
  }
  return parsed as T;
}

const encode = encodeURIComponent;

/** What a comparison with a given baseline runs on when it is sent no trials or seed (GET /api/compare/settings). */
export interface CompareSettings {
  /** The baseline's simulation.trials, else 1000: may be above `maxTrials`. */
  readonly trials: number;
  /** The baseline's simulation.seed, else 1. */
  readonly seed: number;
  /** The most trials the server takes in one run. */
  readonly maxTrials: number;
  /** The baseline's own settings, as written (absent when it sets none). */
  readonly simulation: { readonly trials?: number; readonly seed?: number };
}

export const api = {
  health: (signal?: AbortSignal) => request<Health>('GET', '/health', undefined, signal),

  session: (signal?: AbortSignal) => request<Session>('GET', '/session', undefined, signal),
  signIn: (name: string, password: string) => request<Session>('POST', '/session', { name, password }),
  signOut: () => request<void>('DELETE', '/session'),

  listScenarios: (search = '') => request<{ scenarios: ScenarioSummary[] }>('GET', `/scenarios${search ? `?search=${encode(search)}` : ''}`).then((body) => body.scenarios),
  getScenario: (id: string) => request<ScenarioDetail>('GET', `/scenarios/${encode(id)}`),
  createScenario: (document: Scenario) => request<ScenarioDetail>('POST', '/scenarios', { document }),
  updateScenario: (id: string, document: Scenario, expectedVersion?: number) => request<ScenarioDetail>('PUT', `/scenarios/${encode(id)}`, { document, expectedVersion }),
  listVersions: (id: string) => request<{ versions: ScenarioVersionSummary[] }>('GET', `/scenarios/${encode(id)}/versions`).then((body) => body.versions),
  getVersion: (id: string, version: number) => request<ScenarioVersionDetail>('GET', `/scenarios/${encode(id)}/versions/${version}`),
  duplicateScenario: (id: string, name?: string) => request<ScenarioDetail>('POST', `/scenarios/${encode(id)}/duplicate`, name ? { name } : {}),
  deleteScenario: (id: string) => request<void>('DELETE', `/scenarios/${encode(id)}`),
  importScenario: (text: string, format?: 'yaml' | 'json') => request<ScenarioDetail>('POST', '/scenarios/import', { text, format }),
  listRealAreas: () => request<{ areas: RealArea[] }>('GET', '/scenarios/real-areas').then((body) => body.areas),
  createRealArea: (icb: string) => request<ScenarioDetail>('POST', '/scenarios/real-areas', { icb }),
  exportUrl: (id: string, format: 'yaml' | 'json', version?: number) => `/api/scenarios/${encode(id)}/export?format=${format}${version === undefined ? '' : `&version=${version}`}`,

  validate: (document: unknown, signal?: AbortSignal) => request<Validation>('POST', '/validate', { document }, signal),

  startRun: (scenario: ScenarioRef, options: { trials?: number; seed?: number } = {}) => request<RunView>('POST', '/runs', { ...scenario, ...options }),
  startCompare: (baseline: ScenarioRef, alternative: ScenarioRef, options: { trials?: number; seed?: number } = {}) => request<RunView>('POST', '/compare', { baseline, alternative, ...options }),
  compareSettings: (baseline: Extract<ScenarioRef, { scenarioId: string }>) =>
    request<CompareSettings>('GET', `/compare/settings?scenarioId=${encode(baseline.scenarioId)}${baseline.version === undefined ? '' : `&version=${baseline.version}`}`),
  /** Runs and comparisons, newest first (GET /api/runs); `scenarioId` keeps those of one scenario, on either side. */
  listRuns: (options: { limit?: number; scenarioId?: string } = {}) => {
    const query = new URLSearchParams();
    if (options.limit !== undefined) query.set('limit', String(options.limit));
    if (options.scenarioId !== undefined) query.set('scenarioId', options.scenarioId);
    const search = query.toString();
    return request<{ runs: RunView[] }>('GET', `/runs${search ? `?${search}` : ''}`).then((body) => body.runs);
  },
  getRun: (id: string) => request<RunView>('GET', `/runs/${encode(id)}`),
  /** Deletes a finished run and its results; refused with 409 while it is queued or running. */
  deleteRun: (id: string) => request<void>('DELETE', `/runs/${encode(id)}`),
  cancelRun: (id: string) => request<unknown>('POST', `/runs/${encode(id)}/cancel`),
  getResults: (id: string) => request<Results | Comparison>('GET', `/runs/${encode(id)}/results`),
  downloadUrl: (id: string, file: 'results.csv' | 'results.xlsx' | 'trials.csv') => `/api/runs/${encode(id)}/${file}`,
  /** What a run ran: its scenario document, seed and trials. */
  getRunInputs: (id: string) => request<RunInputs>('GET', `/runs/${encode(id)}/inputs`),

  /** Starts a solve or a sweep (POST /api/decisions/solve or /sweep). */
  startDecision: (kind: 'solve' | 'sweep', body: Record<string, unknown>) => request<DecisionView>('POST', `/decisions/${kind}`, body),
  getDecision: (id: string) => request<DecisionView>('GET', `/decisions/${encode(id)}`),
  cancelDecision: (id: string) => request<DecisionView>('POST', `/decisions/${encode(id)}/cancel`),
  decisionDownloadUrl: (id: string, file: 'result.csv' | 'result.xlsx') => `/api/decisions/${encode(id)}/${file}`,

  /**
   * Follows a run's progress over server-sent events. Falls back to polling
   * when the stream breaks. Returns a function that stops watching.
   */
  watchRun(id: string, handlers: { progress: (progress: ProgressSoFar) => void; status: (status: RunFinalStatus) => void }): () => void {
    return watchEvents(`/api/runs/${encode(id)}/events`, () => api.getRun(id), handlers);
  },

  /** Follows a decision's progress (trials across its points) as {@link api.watchRun} follows a run's. */
  watchDecision(id: string, handlers: { progress: (progress: ProgressSoFar) => void; status: (status: RunFinalStatus) => void }): () => void {
    return watchEvents(
      `/api/decisions/${encode(id)}/events`,
      () => api.getDecision(id).then((view) => ({ ...view, progress: { done: view.progress.done * view.trials, total: view.progress.total * view.trials } })),
      handlers,
    );
  },
};

/**
 * Follows a job's server-sent events, falling back to polling `get` when the
 * stream breaks. Returns a function that stops watching.
 */
function watchEvents(
  url: string,
  get: () => Promise<Pick<RunView, 'progress' | 'status' | 'error'>>,
  handlers: { progress: (progress: ProgressSoFar) => void; status: (status: RunFinalStatus) => void },
): () => void {
  let stopped = false;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  const source = new EventSource(url);
  const finish = (status: RunFinalStatus) => {
    if (stopped) return;
    stop();
    handlers.status(status);
  };
  const poll = async () => {
    if (stopped) return;
    try {
      const run = await get();
      handlers.progress(run.progress);
      if (run.status !== 'queued' && run.status !== 'running') return finish({ status: run.status, error: run.error });
    } catch {
      // Keep polling: the server may be restarting.
    }
    pollTimer = setTimeout(poll, 1000);
  };
  source.addEventListener('progress', (event) => handlers.progress(JSON.parse((event as MessageEvent<string>).data) as RunProgress));
  source.addEventListener('status', (event) => finish(JSON.parse((event as MessageEvent<string>).data) as RunFinalStatus));
  source.onerror = () => {
    // The stream ends when the run does, or breaks: either way, ask directly.
    source.close();
    if (!stopped && pollTimer === undefined) void poll();
  };
  function stop() {
    stopped = true;
    source.close();
    clearTimeout(pollTimer);
  }
  return stop;
}

/** Whether results are a comparison of two scenarios rather than one run. */
export function isComparison(results: Results | Comparison): results is Comparison {
  return 'rows' in results && 'probabilities' in results;
}
