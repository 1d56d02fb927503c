/**
 * The staff roles, in the order an administrator reads them (most reach first). The server's
 * policies (`domain/roles.ts`) and the browser's account pages both take the list from here, so a
 * role added on one side is a type error on the other until it has a name in both languages.
 */
export const staffRoles = ['admin', 'delivery_unit', 'coordinator', 'officer', 'operator', 'viewer'] as const;
export type StaffRole = (typeof staffRoles)[number];
