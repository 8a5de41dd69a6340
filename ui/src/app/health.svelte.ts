// The server's health, fetched once: its engine version goes on every share link.
import { api } from '../api/client.ts';
import type { Health } from '../api/types.ts';

export const health = $state<{ value: Health | undefined; error: string | undefined }>({ value: undefined, error: undefined });

let started = false;

export function loadHealth(): void {
  if (started) return;
  started = true;
  api
    .health()
    .then((value) => {
      health.value = value;
    })
    .catch((error: Error) => {
      health.error = error.message;
    });
}
