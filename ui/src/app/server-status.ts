// What the page header says about the server: the engine it runs once it
// answers, or why there is none to show yet. Kept apart from health.svelte.ts
// so the wording can be tested without Svelte.
import { ApiError } from '../api/client.ts';

/** Where the health check stands. */
export type ServerState = 'connecting' | 'slow' | 'ready' | 'unreachable' | 'failing';

/** After this long without an answer (ms), the server is said to be slow rather than still being checked. */
export const SLOW_ANSWER_MS = 3000;

/** How a failed request leaves the server: not reached at all (no answer, or none in time), or reached but answering with an error. */
export function serverState(error: unknown): 'unreachable' | 'failing' {
  return error instanceof ApiError && error.status !== 0 ? 'failing' : 'unreachable';
}

/** The header's words for the server: `engine 0.4.0`, `connecting to the server…`, `server cannot be reached`. */
export function serverStatusText(state: ServerState, engineVersion?: string): string {
  switch (state) {
    case 'ready':
      return `engine ${engineVersion ?? 'unknown'}`;
    case 'connecting':
      return 'connecting to the server…';
    case 'slow':
      return 'the server is slow to answer…';
    case 'unreachable':
      return 'server cannot be reached';
    case 'failing':
      return 'server unavailable';
  }
}
