import type { Actor } from '../roles.ts';

/**
 * Search synonym groups change what every staff member's and citizen's search finds, as the
 * complaint categories and routing rules change where complaints go: administrators keep them,
 * as they keep those settings (`canManageComplaintSettings`).
 */
export function canManageSearchSynonyms(actor: Actor): boolean {
  return actor.role === 'admin';
}
