import { hasNationalReach, reaches, type Actor } from '../roles.ts';
import type { CaseFacts } from './casePolicy.ts';
import type { ComplaintFacts } from './complaintPolicy.ts';

/**
 * Who chooses what the public portal shows (issue #12: nothing is public by default except
 * complaint statistics). A policy or directive is published by the coordinators of the unit that
 * owns it (or a unit above it) and by national roles; a complaint is never published as a case,
 * only as a story written for the public.
 */
export function canPublishCase(actor: Actor, facts: Pick<CaseFacts, 'kind' | 'ownerUnitPath'>): boolean {
  if (facts.kind === 'complaint') return false;
  if (hasNationalReach(actor.role)) return true;
  return actor.role === 'coordinator' && reaches(actor, facts.ownerUnitPath);
}

/**
 * A resolved complaint is told as a story by the coordinators of the unit that handled it (it
 * wrote the reply being published) and by national roles. Officers draft nothing public on their own.
 */
export function canPublishComplaintStory(actor: Actor, facts: ComplaintFacts): boolean {
  if (hasNationalReach(actor.role)) return true;
  return actor.role === 'coordinator' && facts.leadUnitId === actor.unitId;
}
