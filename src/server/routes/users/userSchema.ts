import { Type, type Static } from 'typebox';
import { PageQuery } from '../../schemas/common.ts';

/** The bodies and answers of `/api/users` are shared with the browser (`shared/api/users.ts`); the list's query is the route's own. */
export {
  CreatedUser,
  CreateUserBody,
  PasswordResetBody,
  PasswordResetResult,
  RoleSchema,
  UpdateUserBody,
  UserList,
} from '../../../shared/api/users.ts';

export const UserListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the username, display name, e-mail, unit name or unit code' })),
  },
  { additionalProperties: false },
);
export type UserListQuery = Static<typeof UserListQuery>;
