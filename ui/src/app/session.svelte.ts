// Who is signed in, on a server that asks (SIGN_IN=on). With sign-in off the
// app never shows a sign-in page and nothing here changes.
import { api, useCsrfToken, whenSignedOut } from '../api/client.ts';
import type { Session } from '../api/types.ts';

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

/** Whether the sign-in page should be shown instead of the app. */
export const needsSignIn = (): boolean => session.value?.signIn === true && session.value.user === undefined;
