import { hasNationalReach, type Actor } from '../roles.ts';

/** The Commission's office (สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ): receives section 13 complaints and section 18 appeals. */
export const OIC_UNIT_CODE = 'OIC';

/**
 * Who answers a request for the agency: its officers and coordinators whose unit reaches the unit
 * holding the request's open lead assignment (that unit or one above it), as for every case's work.
 * National roles read requests but do not answer for an agency.
 */
export function canAnswerInfoRequest(actor: Actor, leadUnitPath: string): boolean {
  return (actor.role === 'officer' || actor.role === 'coordinator') && leadUnitPath.startsWith(actor.unitPath);
}

/** The legal grounds list is kept by administrators; every signed-in staff member reads it (the answer form needs it). */
export function canManageDisclosureGrounds(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Staff of the Commission's office (its unit or below). */
function inOicOffice(actor: Actor, oicPath: string): boolean {
  return actor.unitPath.startsWith(oicPath);
}

/** The objections list: the Commission's office, and the national roles who read everything. */
export function canListObjections(actor: Actor, oicPath: string): boolean {
  return inOicOffice(actor, oicPath) || hasNationalReach(actor.role);
}

/** Decisions on objections are recorded by the office's officers and coordinators. */
export function canDecideObjection(actor: Actor, oicPath: string): boolean {
  return (actor.role === 'officer' || actor.role === 'coordinator') && inOicOffice(actor, oicPath);
}
