import type { StaffRole } from '../../../../shared/staffRoles.ts';
import type { Messages } from '../../../i18n/th.ts';

/** A role's name for people, never its code (`delivery_unit`); an unknown word is shown as it came. */
export function roleName(t: Messages, role: string): string {
  return (t.adminPeople.roleName as Record<string, string>)[role] ?? role;
}

export function isStaffRole(t: Messages, role: string): role is StaffRole {
  return role in t.adminPeople.roleName;
}
