import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../../api-error.ts';
import { describeRole, may } from '../../auth/roles.ts';
import { isSafeMethod, PUBLIC_ROUTES, routeAction, routeKey } from '../../auth/route-actions.ts';
import { readCookie, SESSION_COOKIE } from '../../auth/session-cookie.ts';
import type { AppOptions } from '../../config.ts';
import { UserStore, type StoredSession, type StoredUser } from '../../store/user-store.ts';
import { hostName } from './allowed-hosts.ts';

declare module 'fastify' {
  interface FastifyInstance {
    users: UserStore;
  }
  interface FastifyRequest {
    /** The signed-in user; undefined when sign-in is off or nobody is signed in. */
    user: StoredUser | undefined;
    /** The session the request's cookie names, when it is live. */
    session: StoredSession | undefined;
  }
}

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Optional sign-in for a shared server (SIGN_IN=on; off by default, when
 * every request is allowed and nothing is attributed). With it on, every
 * /api route but the health check and the session itself needs a live
 * session cookie (401); every request that changes something needs the
 * session's CSRF token in X-CSRF-Token (403) and, if it names an Origin, this
 * server's; and the user's role must allow the route's action
 * (auth/route-actions.ts, auth/roles.ts; 403 naming what the role may do).
 * Cancelling or deleting a run is for whoever started it, or an admin.
 */
export default fp(
  async function signIn(fastify: FastifyInstance, options: AppOptions) {
    fastify.decorate('users', new UserStore(fastify.db));
    fastify.decorateRequest('user', undefined);
    fastify.decorateRequest('session', undefined);
    if (!options.signIn) return;
    if (fastify.users.count() === 0) fastify.log.warn('sign-in is on but there are no users: add one with `npm run users -- add NAME --role admin`');
    const allowedOrigins = new Set(options.allowedHosts.map((host) => host.toLowerCase()));

    fastify.addHook('onRequest', async (request: FastifyRequest) => {
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      const session = token ? fastify.users.session(token, new Date()) : undefined;
      request.session = session;
      request.user = session?.user;
      const url = request.routeOptions.url;
      if (url === undefined || !url.startsWith('/api/')) return;
      if (!isSafeMethod(request.method)) checkOrigin(request, allowedOrigins, options);
      if (PUBLIC_ROUTES.has(routeKey(request.method, url))) return;
      if (!session) throw ApiError.at(401, 'headers/cookie', 'sign in first: this server asks every user to sign in (POST /api/session with name and password)');
      if (!isSafeMethod(request.method)) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !sameText(sent, session.csrfToken))
          throw ApiError.at(403, 'headers/x-csrf-token', 'this request changes something and needs the X-CSRF-Token header your session was given (GET /api/session)');
      }
      const { action, owned } = routeAction(request.method, url);
      const { role, name } = session.user;
      if (owned && !may(role, 'deleteAny') && may(role, action)) {
        const id = (request.params as { id?: unknown }).id;
        const found = typeof id !== 'string' ? undefined : owned === 'run' ? fastify.runStore.get(id) : decisionOf(fastify, id);
        if (found && found.startedBy !== name)
          throw ApiError.at(403, 'params/id', `${owned} ${id} was started by ${found.startedBy ?? 'nobody signed in'}; only they or an admin may cancel or delete it`);
        return;
      }
      if (!may(role, action)) throw ApiError.at(403, 'request', `${name} is ${role === 'admin' ? 'an' : 'a'} ${role}: ${describeRole(role)}`);
    });
  },
  { name: 'sign-in', dependencies: ['database'] },
);

/** A changing request from a page on another site is refused, whatever cookie it carries (SameSite stops most; this stops the rest). */
function checkOrigin(request: FastifyRequest, allowed: ReadonlySet<string>, options: AppOptions): void {
  const origin = request.headers.origin;
  if (origin === undefined || options.allowedHosts.includes('*')) return;
  let host: string | undefined;
  try {
    host = hostName(new URL(origin).host);
  } catch {
    host = undefined;
  }
  if (host === undefined || !allowed.has(host))
    throw ApiError.at(403, 'headers/origin', `requests that change something must come from this server's own pages; origin "${origin}" is not one of them`);
}

/** A decision's record, or undefined when there is none (the route then answers 404 itself). */
function decisionOf(fastify: FastifyInstance, id: string): { startedBy?: string } | undefined {
  try {
    return fastify.decisions.record(id);
  } catch {
    return undefined;
  }
}
