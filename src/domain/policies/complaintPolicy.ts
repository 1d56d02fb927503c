import type { Actor, Role } from '../roles.ts';

/**
 * Who may do what with a complaint beyond what every case allows.
 *
 * "Handling" a complaint means working in the unit that holds its lead
 * assignment now, or being an operator of the intake unit that owns it (who
 * took the call). Only those see the complainant's personal data (PDPA), and
 * only they see the free text unmasked.
 */
const handlingRoles: readonly Role[] = ['officer', 'coordinator', 'operator'];

export interface ComplaintFacts {
  ownerUnitId: string;
  leadUnitId: string | null;
  caseClosed: boolean;
}

export function isHandlingComplaint(actor: Actor, facts: ComplaintFacts): boolean {
  if (!handlingRoles.includes(actor.role)) return false;
  if (facts.leadUnitId === actor.unitId) return true;
  return actor.role === 'operator' && facts.ownerUnitId === actor.unitId;
}

export function canReadComplainants(actor: Actor, facts: ComplaintFacts): boolean {
  return isHandlingComplaint(actor, facts);
}

/** Re-route to another unit: the intake operators, or the receiving unit itself (not ours). */
export function canRerouteComplaint(actor: Actor, facts: ComplaintFacts): boolean {
  return !facts.caseClosed && isHandlingComplaint(actor, facts);
}

/** Put on hold waiting for the citizen, and resume: the unit handling it. */
export function canPauseComplaint(actor: Actor, facts: ComplaintFacts): boolean {
  return !facts.caseClosed && (actor.role === 'officer' || actor.role === 'coordinator') && facts.leadUnitId === actor.unitId;
}

export function canMergeComplaint(actor: Actor, facts: ComplaintFacts): boolean {
  return !facts.caseClosed && isHandlingComplaint(actor, facts);
}

/**
 * Writing to the citizen in words they read on /track and in their message (a public reply): whoever
 * handles the complaint, the unit holding its lead or the intake operators who own it, also after the
 * case is closed (the citizen's 30 days outlast the close). Never from a unit only supporting it.
 */
export function canReplyToCitizen(actor: Actor, facts: ComplaintFacts): boolean {
  return isHandlingComplaint(actor, facts);
}

/** Taking complaints by phone, mail or at a counter, and finding a returning caller. */
export function canTakeComplaints(actor: Actor): boolean {
  return actor.role === 'operator';
}

export function canManageComplaintSettings(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Correct a complaint's category (which teaches the suggester): whoever may re-route it. */
export function canRecategoriseComplaint(actor: Actor, facts: ComplaintFacts): boolean {
  return canRerouteComplaint(actor, facts);
}
