// The server's health: its engine version goes on every share link, and the
// page header says whether the server can be reached. Fetched once when it
// answers; until then, tried again every little while, so the header
// recovers when a server that was down comes back.
import { api } from '../api/client.ts';
import type { Health } from '../api/types.ts';
import { serverState, SLOW_ANSWER_MS, type ServerState } from './server-status.ts';

export const health = $state<{ value: Health | undefined; error: string | undefined; state: ServerState }>({ value: undefined, error: undefined, state: 'connecting' });

/** A health check with no answer after this long (ms) counts as the server not being reached. */
const HEALTH_TIMEOUT_MS = 15_000;
/** How long to wait before asking a server that could not be reached again (ms). */
const RETRY_MS = 5_000;

let started = false;

export function loadHealth(): void {
  if (started) return;
  started = true;
  check();
}

function check(): void {
  const slow = setTimeout(() => {
    if (health.state === 'connecting') health.state = 'slow';
  }, SLOW_ANSWER_MS);
  api
    .health(AbortSignal.timeout(HEALTH_TIMEOUT_MS))
    .then((value) => {
      health.value = value;
      health.error = undefined;
      health.state = 'ready';
    })
    .catch((error: Error) => {
      health.error = error.message;
      health.state = serverState(error);
      setTimeout(check, RETRY_MS);
    })
    .finally(() => clearTimeout(slow));
}
