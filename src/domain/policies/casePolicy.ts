import { governmentKinds, type CaseKind } from '../../shared/caseKinds.ts';
import { hasNationalReach, reaches, type Actor, type Role } from '../roles.ts';

/**
 * Who may do what with a case, decided from the actor's role and place in the
 * unit tree. Every route asks these functions; none decides on its own.
 */
export interface CaseFacts {
  kind: CaseKind;
  status: string;
  ownerUnitPath: string;
  /** Paths of the units holding an assignment on the case, at least those inside the actor's subtree (the only ones `canReadCase` can find in reach). */
  assignmentUnitPaths: readonly string[];
  /** For a request for information: the Commission's office's path; its staff read every request (they decide objections). */
  oicUnitPath?: string | null;
}

const creatorRoles: Record<Role, readonly CaseKind[]> = {
  admin: [],
  delivery_unit: governmentKinds,
  coordinator: governmentKinds,
  officer: [],
  operator: ['complaint'],
  viewer: [],
};

export function creatableKinds(actor: Actor): readonly CaseKind[] {
  return creatorRoles[actor.role];
}

export function canCreateCase(actor: Actor, kind: CaseKind): boolean {
  return creatorRoles[actor.role].includes(kind);
}

/** The owner side: the case's own unit or above it, in a role that runs cases. */
export function isCaseOwnerSide(actor: Actor, facts: Pick<CaseFacts, 'ownerUnitPath'>): boolean {
  return reaches(actor, facts.ownerUnitPath);
}

export function canReadCase(actor: Actor, facts: CaseFacts): boolean {
  if (hasNationalReach(actor.role)) return true;
  if (facts.kind === 'info_request' && facts.oicUnitPath && actor.unitPath.startsWith(facts.oicUnitPath)) return true;
  return reaches(actor, facts.ownerUnitPath) || facts.assignmentUnitPaths.some((path) => reaches(actor, path));
}

/** Assign the case to more units, or close it: the roles that create such cases, on the owner side. */
export function canManageCase(actor: Actor, facts: CaseFacts): boolean {
  if (!canCreateCase(actor, facts.kind)) return false;
  if (facts.status === 'closed') return false;
  return isCaseOwnerSide(actor, facts);
}

export function canAssignCase(actor: Actor, facts: CaseFacts): boolean {
  return canManageCase(actor, facts);
}

export function canCloseCase(actor: Actor, facts: CaseFacts): boolean {
  return canManageCase(actor, facts);
}

/**
 * Which assignments of a readable case the actor sees: all of them on the
 * owner side (they answer for the whole case); otherwise those inside the
 * actor's reach and the chain above them, so a Chiang Mai office sees where
 * its work came from but not Lampang's.
 */
export function seesAllAssignments(actor: Actor, facts: Pick<CaseFacts, 'ownerUnitPath'>): boolean {
  return hasNationalReach(actor.role) || reaches(actor, facts.ownerUnitPath);
}
