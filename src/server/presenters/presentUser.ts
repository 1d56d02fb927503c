import { Type, type Static } from 'typebox';
import type { UserRow } from '../../db/queries/userQueries.ts';
import { IsoDateTime, LocalizedText, Nullable, Uuid } from '../schemas/common.ts';

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

export function presentUser(user: UserRow): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    email: user.email,
    role: user.role,
    locale: user.locale,
    active: user.active,
    unit: { id: user.unit_id, code: user.unit_code, name: { th: user.unit_name_th, en: user.unit_name_en ?? user.unit_name_th } },
    lastLoginAt: user.last_login_at?.toISOString() ?? null,
  };
}
