import type { Actor } from '../roles.ts';

/** Accounts and units are managed by administrators only. */
export function canManageUsers(actor: Actor): boolean {
  return actor.role === 'admin';
}

export function canManageUnits(actor: Actor): boolean {
  return actor.role === 'admin';
}

/**
 * The audit trail shows who changed which account, unit, setting or key, with
 * personal data of staff in it: administrators only (OWASP ASVS 7.3, PDPA s. 37
 * security of personal data).
 */
export function canReadAuditEvents(actor: Actor): boolean {
  return actor.role === 'admin';
}
