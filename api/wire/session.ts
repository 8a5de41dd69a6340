// GET/POST /api/session, as TypeBox schemas: the routes validate and document
// their bodies with them, and the UI takes the types from them (Static).
import { Type, type Static } from '@sinclair/typebox';
import { ROLES } from '../auth/roles.ts';

export const RoleSchema = Type.Union(
  ROLES.map((role) => Type.Literal(role)),
  { description: 'viewer: look and check; editor: also save and run, delete own runs; admin: also delete anything' },
);

export const SessionSchema = Type.Object(
  {
    signIn: Type.Boolean({ description: 'Whether this server asks users to sign in (SIGN_IN=on); when false every request is allowed and nothing is attributed' }),
    user: Type.Optional(Type.Object({ name: Type.String(), role: RoleSchema }, { additionalProperties: false })),
    csrfToken: Type.Optional(Type.String({ description: 'Send it as the X-CSRF-Token header on every request that changes something' })),
    expiresAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type Session = Static<typeof SessionSchema>;

export const SignInSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type SignIn = Static<typeof SignInSchema>;
