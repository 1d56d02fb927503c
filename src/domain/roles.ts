import { staffRoles } from '../shared/staffRoles.ts';

/**
 * Staff roles. Who may do what is declared in `policies/`; this file only names
 * the roles and what reach each has. National roles see every unit's work:
 * the delivery unit watches the national picture and administrators support
 * every office. Every other role sees the subtree of the unit it belongs to.
 */
export const roles = staffRoles;
export type Role = (typeof roles)[number];

export function hasNationalReach(role: Role): boolean {
  return role === 'admin' || role === 'delivery_unit';
}

/** The signed-in person (or API token) on whose behalf a request acts. */
export interface Actor {
  userId: string;
  role: Role;
  unitId: string;
  /** Materialised path of the actor's unit; a unit is inside the actor's reach when its path starts with this. */
  unitPath: string;
}

/** Whether a unit (by its path) is inside what the actor may see. */
export function reaches(actor: Actor, unitPath: string): boolean {
  return hasNationalReach(actor.role) || unitPath.startsWith(actor.unitPath);
}

/** The path of the government root above any unit: a case owner may send work anywhere below it. */
export function rootPathOf(unitPath: string): string {
  return unitPath.slice(0, unitPath.indexOf('/', 1) + 1);
}
