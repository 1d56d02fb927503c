import type { Actor } from '../roles.ts';

/**
 * What the public may download, and under which licence, is the administrator's decision: a
 * dataset once harvested by the national catalogue cannot be taken back from its copies, so
 * publication is one role's act and every change is in the audit trail.
 */
export function canManageOpenData(actor: Actor): boolean {
  return actor.role === 'admin';
}
