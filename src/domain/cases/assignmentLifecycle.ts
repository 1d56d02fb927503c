import type { AssignmentAction, AssignmentStatus } from '../../shared/assignmentStates.ts';
import { AppError } from '../errors.ts';
import { transitionRefusal } from './transitionRefusal.ts';

/**
 * One unit's share of one case moves
 *   sent → acknowledged → in_progress → done → accepted
 * and may be returned by the unit it was sent to (not ours, with a reason)
 * before it is done. The assigning side accepts a done assignment or sends it
 * back to in_progress with a reason.
 */
export {
  assigneeActions,
  assignerActions,
  assignmentRoles,
  assignmentStatuses,
  type AssigneeAction,
  type AssignerAction,
  type AssignmentAction,
  type AssignmentRole,
  type AssignmentStatus,
} from '../../shared/assignmentStates.ts';

/**
 * Moves a complaint's lead assignment makes from outside both units: the complaint desk sends the
 * complaint to another unit (the lead is returned, whatever it had reached), and the citizen reopens a
 * resolved complaint (its lead goes back to in progress). Their other checks stay with their commands
 * (who may reroute, the 30-day reopening window); the lifecycle only says which statuses allow them.
 */
export const handlingMoves = ['reroute', 'reopen'] as const;
export type HandlingMove = (typeof handlingMoves)[number];
/** Every way an assignment's status changes; `changeAssignmentStatus` is the one writer of all of them. */
export type AssignmentMove = AssignmentAction | HandlingMove;

const allowedFrom: Record<AssignmentMove, readonly AssignmentStatus[]> = {
  acknowledge: ['sent'],
  cascade: ['acknowledged', 'in_progress'],
  progress: ['acknowledged', 'in_progress'],
  complete: ['acknowledged', 'in_progress'],
  return: ['sent', 'acknowledged', 'in_progress'],
  accept: ['done'],
  send_back: ['done'],
  reroute: ['sent', 'acknowledged', 'in_progress', 'done', 'accepted'],
  reopen: ['done', 'accepted'],
};

const resultingStatus: Record<AssignmentMove, AssignmentStatus> = {
  acknowledge: 'acknowledged',
  cascade: 'in_progress',
  progress: 'in_progress',
  complete: 'done',
  return: 'returned',
  accept: 'accepted',
  send_back: 'in_progress',
  reroute: 'returned',
  reopen: 'in_progress',
};

/** Open assignments still wait for the unit that holds them. */
export const openAssignmentStatuses: readonly AssignmentStatus[] = ['sent', 'acknowledged', 'in_progress'];

export function canTransition(status: AssignmentStatus, action: AssignmentMove): boolean {
  return allowedFrom[action].includes(status);
}

/** The status after `action`, or an `invalid_transition` error saying, in words, why not. */
export function nextAssignmentStatus(status: AssignmentStatus, action: AssignmentMove): AssignmentStatus {
  if (!canTransition(status, action)) {
    throw new AppError('invalid_transition', transitionRefusal(status, action, resultingStatus[action] === status));
  }
  return resultingStatus[action];
}

/**
 * Open and past its due date, or still not acknowledged past its acknowledgement deadline (when the
 * row carries it; null while paused): the same rule as the queries' `assignmentOverdueSql`.
 */
export function isOverdue(
  assignment: { status: AssignmentStatus; due_at: Date | null; acknowledge_due_at?: Date | null },
  now: Date,
): boolean {
  if (!openAssignmentStatuses.includes(assignment.status)) return false;
  if (assignment.due_at !== null && assignment.due_at < now) return true;
  const ackBy = assignment.acknowledge_due_at ?? null;
  return assignment.status === 'sent' && ackBy !== null && ackBy < now;
}
