import type { UserRow } from '../../db/queries/userQueries.ts';
import type { Snapshot } from '../../domain/audit/changedFields.ts';

/** What the audit trail keeps of an account: who it is, its role, unit and state; never its password hash. */
export function userSnapshot(user: UserRow): Snapshot {
  return {
    username: user.username,
    displayName: user.display_name,
    email: user.email,
    role: user.role,
    unitId: user.unit_id,
    unitCode: user.unit_code,
    active: user.active,
    locale: user.locale,
  };
}
