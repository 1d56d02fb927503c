import type { Actor } from '../roles.ts';

/**
 * Who acts on a request for information: officers and coordinators whose unit reaches the unit that
 * holds the request's open lead assignment (the agency or a unit above it). National roles read but
 * do not act for an agency. Only those who act see the requester's identity (PDPA).
 */
export interface InfoRequestFacts {
  /** Path of the unit holding the open lead assignment; null when none is open (answered, withdrawn). */
  leadUnitPath: string | null;
  /** Path of the agency the request is addressed to now. */
  agencyUnitPath: string;
  pending: boolean;
}

export function isHandlingInfoRequest(actor: Actor, facts: InfoRequestFacts): boolean {
  if (actor.role !== 'officer' && actor.role !== 'coordinator') return false;
  return (facts.leadUnitPath ?? facts.agencyUnitPath).startsWith(actor.unitPath);
}

export function canTransferInfoRequest(actor: Actor, facts: InfoRequestFacts): boolean {
  return facts.pending && facts.leadUnitPath !== null && isHandlingInfoRequest(actor, facts);
}

export function canAskClarification(actor: Actor, facts: InfoRequestFacts): boolean {
  return canTransferInfoRequest(actor, facts);
}

export function canReadRequester(actor: Actor, facts: InfoRequestFacts): boolean {
  return isHandlingInfoRequest(actor, facts);
}
