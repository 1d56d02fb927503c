import type { RedactionScope } from '../../shared/infoRequests.ts';
import { hasNationalReach, reaches, type Actor } from '../roles.ts';

/**
 * Who may publish an information request and its answer, review its documents and keep its
 * redaction rules (issue #16, "in the open"). `agencyPath` is the path of the agency that holds the
 * request now (it changes with a transfer).
 *
 * - Staff handling the request: officers and coordinators whose unit reaches the agency. They see
 *   the publication preview and keep the request's and the requester's redaction rules.
 * - Reviewing a document before it is published: a coordinator of the agency (or above it), and
 *   never the person who uploaded the file: a second pair of eyes, because automatic redaction of
 *   PDFs is unreliable. A coordinator who uploaded a file needs another coordinator.
 * - Publishing and withdrawing: a coordinator of the agency (or above it), who answers for what
 *   the agency puts in public.
 * - National roles (administrators, the delivery unit) read the preview; they do not publish an
 *   agency's answers for it.
 */
export function canHandleInfoRequest(actor: Actor, agencyPath: string): boolean {
  return (actor.role === 'officer' || actor.role === 'coordinator') && reaches(actor, agencyPath);
}

export function canReadInfoRequestPublication(actor: Actor, agencyPath: string): boolean {
  return canHandleInfoRequest(actor, agencyPath) || hasNationalReach(actor.role);
}

export function canPublishInfoRequest(actor: Actor, agencyPath: string): boolean {
  return actor.role === 'coordinator' && reaches(actor, agencyPath);
}

export function canReviewInfoRequestDocument(actor: Actor, agencyPath: string, uploadedBy: string | null): boolean {
  return canPublishInfoRequest(actor, agencyPath) && uploadedBy !== actor.userId;
}

/**
 * Keeping redaction rules: site-wide rules are the administrators'; an agency's, its coordinators'
 * (or a coordinator above it) and the administrators'; a requester's and a request's, the staff
 * handling the request. `targetPath` is the agency's path (for agency, requester and request rules).
 */
export function canManageRedactionRule(actor: Actor, scope: RedactionScope, targetPath: string | null): boolean {
  if (scope === 'site') return actor.role === 'admin';
  if (targetPath === null) return false;
  if (scope === 'agency') return actor.role === 'admin' || (actor.role === 'coordinator' && reaches(actor, targetPath));
  return canHandleInfoRequest(actor, targetPath);
}

/** Reading the list of site-wide and agency rules (the administration page): administrators and coordinators. */
export function canListRedactionRules(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'coordinator';
}
