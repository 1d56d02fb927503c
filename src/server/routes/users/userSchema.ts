import { Type, type Static } from 'typebox';
import { roles } from '../../../domain/roles.ts';
import { literals } from '../../../shared/api/common.ts';
import { limits } from '../../../shared/limits.ts';
import { UserView } from '../../presenters/presentUser.ts';
import { Nullable, PageQuery, Uuid } from '../../schemas/common.ts';

export const RoleSchema = literals(roles);
const Locale = Type.Union([Type.Literal('th'), Type.Literal('en')]);
const Username = Type.String({ minLength: 3, maxLength: limits.usernameMax, pattern: '^[A-Za-z0-9][A-Za-z0-9._@-]*$' });
/** Length and strength are checked by `assertStrongPassword`, which says what is wrong and how to fix it (`weak_password`). */
const Password = Type.String({
  minLength: 1,
  maxLength: limits.passwordMax,
  description: `At least ${limits.passwordMin} characters and not easy to guess (no common password, repetition, sequence or the username).`,
});
const Email = Type.String({ format: 'email', maxLength: 254 });

export const UserListQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });
export type UserListQuery = Static<typeof UserListQuery>;

export const UserList = Type.Object({ items: Type.Array(UserView), nextCursor: Nullable(Type.String()) });

export const CreateUserBody = Type.Object(
  {
    username: Username,
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.Optional(Nullable(Email)),
    password: Password,
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
    password: Type.Optional(Password),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;
