import type { Queryable } from '../../db/database.ts';
import type { AssignmentMove, AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';
import type { CaseKind } from '../../domain/cases/caseKinds.ts';
import { onComplaintTransition } from '../complaints/onComplaintTransition.ts';
import { onInfoRequestTransition } from '../infoRequests/onInfoRequestTransition.ts';

/** One assignment's move, as a case kind's hook sees it (after the status, event and case status are written). */
export interface AssignmentChanged {
  caseId: string;
  assignmentId: string;
  move: AssignmentMove;
  from: AssignmentStatus;
  to: AssignmentStatus;
  now: Date;
  /** Staff's words to the public with this move (a complaint's public reply), when there are any. */
  publicReply?: string | null;
  /** Who made the move, for an event the hook appends. */
  by?: { userId: string | null; unitId: string | null };
}

/** Runs in the transaction of the move, so what it writes (an outbox message) commits or rolls back with it. */
export type AssignmentHook = (tx: Queryable, change: AssignmentChanged) => Promise<void>;

/**
 * What else a move means for each kind of case, kept in one table rather than in `if (kind === ...)`
 * branches in every command: a complaint tells its citizen. Kinds without an entry need nothing more.
 */
export const assignmentHooks: Partial<Record<CaseKind, AssignmentHook>> = {
  complaint: onComplaintTransition,
  info_request: onInfoRequestTransition,
};
