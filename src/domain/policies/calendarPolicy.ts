import type { Actor } from '../roles.ts';

/**
 * The public-holiday calendar moves every working-day deadline in the country, and an agency's service
 * level is what the public is promised and what escalation is built on: administrators keep both, as
 * they keep the other service levels and the complaint settings. An agency's own staff do not set
 * their own deadline (they could lengthen it); they ask the administrators, whose every change is audited.
 */
export function canManageWorkingCalendar(actor: Actor): boolean {
  return actor.role === 'admin';
}
