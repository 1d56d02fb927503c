import type { Actor } from '../roles.ts';

/**
 * Who may file a request for someone who asked by phone, letter or at a counter: the contact
 * centre's operators and the agencies' own staff who receive requests (officers and coordinators).
 * Administrators run the system and viewers only read; neither files.
 */
export function canFileInfoRequestFor(actor: Actor): boolean {
  return actor.role === 'operator' || actor.role === 'officer' || actor.role === 'coordinator' || actor.role === 'delivery_unit';
}
