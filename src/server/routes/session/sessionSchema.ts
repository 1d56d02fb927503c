import { Type, type Static } from 'typebox';
import { limits } from '../../../shared/limits.ts';
import { UserView } from '../../presenters/presentUser.ts';

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
    creatableKinds: Type.Array(Type.String()),
    manageUsers: Type.Boolean(),
    nationalReach: Type.Boolean(),
  }),
});
