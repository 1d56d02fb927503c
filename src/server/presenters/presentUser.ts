import type { UserRow } from '../../db/queries/userQueries.ts';
import type { UserView } from '../../shared/api/session.ts';

/** The schema of the shape presented here, for routes that describe their answers with it. */
export { UserView } from '../../shared/api/session.ts';

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
