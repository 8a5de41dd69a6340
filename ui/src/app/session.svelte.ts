// Who is signed in, on a server that asks (SIGN_IN=on). With sign-in off the
// app never shows a sign-in page and nothing here changes.
import { api, useCsrfToken, whenSignedOut } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { may, type Action } from '../../../api/auth/roles.ts';

export const session = $state<{ value: Session | undefined; loaded: boolean }>({ value: undefined, loaded: false });

function take(value: Session): void {
  session.value = value;
  session.loaded = true;
  useCsrfToken(value.csrfToken);
}

whenSignedOut(() => {
  if (session.value?.signIn) take({ signIn: true });
});

/** Asks the server whether it wants a sign-in and who is signed in. */
export async function loadSession(): Promise<void> {
  try {
    take(await api.session(AbortSignal.timeout(15_000)));
  } catch {
    // A server that cannot be reached: the header says so; pages load as they would.
    session.loaded = true;
  }
}

export async function signIn(name: string, password: string): Promise<void> {
  take(await api.signIn(name, password));
}

export async function signOut(): Promise<void> {
  await api.signOut();
  take({ signIn: true });
}

/**
 * Whether whoever uses the app may take an action (api/auth/roles.ts): always
 * with sign-in off; with it on, by the signed-in user's role. The server
 * decides and refuses; this only keeps a viewer from buttons that would fail.
 */
export function allowed(action: Action): boolean {
  const value = session.value;
  if (!value?.signIn) return true;
  return value.user !== undefined && may(value.user.role, action);
}

/** Whether whoever uses the app may delete (or cancel) a run or a decision: anyone's as an admin, their own as an editor, any with sign-in off. */
export function mayDelete(job: { readonly startedBy?: string }): boolean {
  return allowed('deleteAny') || (allowed('deleteOwn') && job.startedBy !== undefined && job.startedBy === session.value?.user?.name);
}

/** Whether the sign-in page should be shown instead of the app. */
export const needsSignIn = (): boolean => session.value?.signIn === true && session.value.user === undefined;
