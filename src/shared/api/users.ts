import { Type, type Static } from 'typebox';
import { limits } from '../limits.ts';
import { staffRoles } from '../staffRoles.ts';
import { literals, Nullable, Uuid } from './common.ts';
import { UserView } from './session.ts';

/** The shapes of staff-account administration (`/api/users`): the list, a new account, a change, a password reset. */
export const RoleSchema = literals(staffRoles);
const Locale = Type.Union([Type.Literal('th'), Type.Literal('en')]);
const Username = Type.String({ minLength: 3, maxLength: limits.usernameMax, pattern: '^[A-Za-z0-9][A-Za-z0-9._@-]*$' });
/** Length and strength are checked by `assertStrongPassword`, which says what is wrong and how to fix it (`weak_password`). */
const passwordRule = `At least ${limits.passwordMin} characters and not easy to guess (no common password, repetition, sequence or the username).`;
const Password = (more = '') => Type.String({ minLength: 1, maxLength: limits.passwordMax, description: `${passwordRule}${more}` });
const orMadeOnce = ' Leave out to have a one-time password made, answered once.';
const Email = Type.String({ format: 'email', maxLength: 254 });

export const UserList = Type.Object({
  items: Type.Array(UserView),
  nextCursor: Nullable(Type.String()),
  total: Type.Integer({ description: 'How many accounts match the search, on every page' }),
});
export type UserList = Static<typeof UserList>;

export const CreateUserBody = Type.Object(
  {
    username: Username,
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.Optional(Nullable(Email)),
    password: Type.Optional(Password(orMadeOnce)),
    role: RoleSchema,
    unitId: Uuid,
    locale: Type.Optional(Locale),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const UpdateUserBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    email: Type.Optional(Nullable(Email)),
    role: Type.Optional(RoleSchema),
    unitId: Type.Optional(Uuid),
    active: Type.Optional(Type.Boolean()),
    locale: Type.Optional(Locale),
    password: Type.Optional(Password()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;

/** A new account, with the one-time password when the server made one (shown once, never stored in clear). */
export const CreatedUser = Type.Intersect([UserView, Type.Object({ oneTimePassword: Nullable(Type.String()) })]);
export type CreatedUser = Static<typeof CreatedUser>;

export const PasswordResetBody = Type.Object({ password: Type.Optional(Password(orMadeOnce)) }, { additionalProperties: false });
export type PasswordResetBody = Static<typeof PasswordResetBody>;

export const PasswordResetResult = Type.Object({
  user: UserView,
  oneTimePassword: Nullable(Type.String({ description: 'The password made by the server, answered this once; null when one was given' })),
  sessionsEnded: Type.Integer(),
});
export type PasswordResetResult = Static<typeof PasswordResetResult>;
