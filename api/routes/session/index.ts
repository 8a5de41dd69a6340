import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../../api-error.ts';
import { verifyPassword } from '../../auth/password.ts';
import { readCookie, SESSION_COOKIE, sessionCookie } from '../../auth/session-cookie.ts';
import type { AppOptions } from '../../config.ts';
import { SessionSchema, SignInSchema, type Session } from '../../wire/session.ts';
import { errors } from '../schemas.ts';

// A hash to check against when the name is unknown, so a wrong name takes as long as a wrong password.
const UNKNOWN_USER_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** Signing in and out (SIGN_IN=on), and what the UI needs to know about the session. */
const session: FastifyPluginAsyncTypebox<AppOptions> = async (fastify, options) => {
  const lifetimeMs = options.sessionHours * 3_600_000;
  const describe = (request: FastifyRequest): Session =>
    request.session
      ? { signIn: options.signIn, user: { name: request.session.user.name, role: request.session.user.role }, csrfToken: request.session.csrfToken, expiresAt: request.session.expiresAt }
      : { signIn: options.signIn };

  fastify.get(
    '/session',
    { schema: { tags: ['session'], summary: 'Whether this server asks users to sign in, and who is signed in', response: { 200: SessionSchema, ...errors() } } },
    async (request) => describe(request),
  );

  fastify.post(
    '/session',
    {
      schema: { tags: ['session'], summary: 'Sign in: sets the session cookie and answers the CSRF token', body: SignInSchema, response: { 200: SessionSchema, ...errors(400, 401, 409) } },
      // Ten tries a minute per client: enough for typing, too few for guessing.
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      if (!options.signIn) throw ApiError.at(409, 'request', 'this server does not ask users to sign in (SIGN_IN is off); every request is already allowed');
      const { name, password } = request.body;
      const stored = fastify.users.passwordHash(name);
      const matches = await verifyPassword(password, stored ?? UNKNOWN_USER_HASH);
      if (stored === undefined || !matches) throw ApiError.at(401, 'body/password', 'that name and password do not match a user of this server');
      const started = fastify.users.startSession(name, new Date(), lifetimeMs);
      reply.header('set-cookie', sessionCookie(started.token, { maxAgeSeconds: lifetimeMs / 1000, secure: options.secureCookies }));
      const user = fastify.users.get(name);
      return { signIn: true, user: user && { name: user.name, role: user.role }, csrfToken: started.csrfToken, expiresAt: started.expiresAt };
    },
  );

  fastify.delete(
    '/session',
    { schema: { tags: ['session'], summary: 'Sign out: ends the session and clears its cookie', response: { 204: Type.Null({ description: 'Signed out' }), ...errors() } } },
    async (request, reply) => {
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      if (token) fastify.users.endSession(token);
      reply.header('set-cookie', sessionCookie('', { maxAgeSeconds: 0, secure: options.secureCookies }));
      return reply.code(204).send(null);
    },
  );
};

export default session;
