import { Type, type Static } from 'typebox';
import { caseKinds } from '../caseKinds.ts';
import { limits } from '../limits.ts';
import { IsoDateTime, LocalizedText, Nullable, oneOf, Uuid } from './common.ts';

/** The shapes of `/api/session` (who is signed in, and what they may do) and of a staff account as the API shows it. */
export const UserView = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  email: Nullable(Type.String()),
  role: Type.String(),
  locale: Type.String(),
  active: Type.Boolean(),
  unit: Type.Object({ id: Uuid, code: Type.String(), name: LocalizedText }),
  lastLoginAt: Nullable(IsoDateTime),
});
export type UserView = Static<typeof UserView>;

export const SignInBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: limits.usernameMax }),
    password: Type.String({ minLength: 1, maxLength: limits.passwordMax }),
  },
  { additionalProperties: false },
);
export type SignInBody = Static<typeof SignInBody>;

export const SessionView = Type.Object({
  user: UserView,
  csrfToken: Type.String({
    description:
      'Send as X-CSRF-Token on every POST, PATCH and DELETE made with the session cookie; valid only with this session (empty for an API token)',
  }),
  expiresAt: Type.Optional(Type.String({ format: 'date-time' })),
  permissions: Type.Object({
    creatableKinds: Type.Array(oneOf(caseKinds)),
    manageUsers: Type.Boolean(),
    nationalReach: Type.Boolean(),
  }),
});
export type SessionView = Static<typeof SessionView>;
