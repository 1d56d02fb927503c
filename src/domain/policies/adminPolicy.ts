import type { Actor } from '../roles.ts';

/** Accounts and units are managed by administrators only. */
export function canManageUsers(actor: Actor): boolean {
  return actor.role === 'admin';
}

export function canManageUnits(actor: Actor): boolean {
  return actor.role === 'admin';
}
