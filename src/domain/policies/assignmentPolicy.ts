import {
  assigneeActions,
  assignerActions,
  canTransition,
  type AssignmentAction,
  type AssignmentStatus,
} from '../cases/assignmentLifecycle.ts';
import type { Actor, Role } from '../roles.ts';

export interface AssignmentFacts {
  unitId: string;
  assignedByUnitId: string;
  status: AssignmentStatus;
  caseClosed: boolean;
}

/**
 * Assignee actions (acknowledge, cascade, report progress, complete, return)
 * belong to the unit the assignment was sent to: only its own staff act for
 * it, so an acknowledgement means the office itself has seen the work.
 * Assigner actions (accept, send back) belong to the unit that sent it.
 */
const assigneeRoles: readonly Role[] = ['delivery_unit', 'coordinator', 'officer'];
const assignerRoles: readonly Role[] = ['delivery_unit', 'coordinator', 'officer', 'operator'];

export function isPermitted(actor: Actor, facts: AssignmentFacts, action: AssignmentAction): boolean {
  if (facts.caseClosed) return false;
  if ((assigneeActions as readonly string[]).includes(action)) {
    return assigneeRoles.includes(actor.role) && actor.unitId === facts.unitId;
  }
  if ((assignerActions as readonly string[]).includes(action)) {
    return assignerRoles.includes(actor.role) && actor.unitId === facts.assignedByUnitId;
  }
  return false;
}

/** The actions the actor may take now: permitted by role and unit, and allowed by the lifecycle. */
export function allowedAssignmentActions(actor: Actor, facts: AssignmentFacts): AssignmentAction[] {
  return [...assigneeActions, ...assignerActions].filter(
    (action) => isPermitted(actor, facts, action) && canTransition(facts.status, action),
  );
}
