import type { Queryable } from '../../db/database.ts';
import { updateAssignmentStatus } from '../../db/queries/assignmentQueries.ts';
import type { CaseRow } from '../../db/queries/caseQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { nextAssignmentStatus, type AssignmentMove, type AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';
import { AppError } from '../../domain/errors.ts';
import { refreshCaseStatus } from '../cases/refreshCaseStatus.ts';
import { assignmentHooks } from './assignmentHooks.ts';

export interface AssignmentChange {
  /** The case, already locked by the caller (case first, then assignment: see `loadAssignmentForAction`). */
  kase: Pick<CaseRow, 'id' | 'kind' | 'status'>;
  assignment: { id: string; status: AssignmentStatus };
  move: AssignmentMove;
  /** Who made the move: a staff member, or nobody (a citizen reopening, the system). */
  by: { userId: string | null; unitId: string | null };
  event: {
    type: string;
    /** Recorded as given: each event type keeps the shape its readers (timelines, presenters) expect. */
    data: Record<string, unknown>;
    /** When the event belongs to another assignment than the one that moved (a reroute: the new lead). */
    assignmentId?: string;
  };
  /** Why the assignment is returned, when it is. */
  returnReason?: string | null;
  /** Words to the public that go with the move (a complaint's reply to its citizen); only a case kind with a hook takes them. */
  publicReply?: string | null;
  now: Date;
}

/**
 * The one way an assignment's status changes, inside the caller's transaction: the lifecycle says
 * whether the move is allowed (else `invalid_transition`), then the status and its timestamps are
 * written, the event appended, the case status brought in line, and the case kind's hook run (a
 * complaint tells its citizen). Every writer going through here is what keeps a cascade or a progress
 * report from changing a complaint without its citizen hearing of it, and keeps every change of a case
 * beside its event in one transaction.
 */
export async function changeAssignmentStatus(tx: Queryable, change: AssignmentChange): Promise<{ eventId: number; to: AssignmentStatus }> {
  const { kase, assignment, move, by, now } = change;
  const to = nextAssignmentStatus(assignment.status, move);
  const hook = assignmentHooks[kase.kind];
  if (change.publicReply && !hook) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/publicReply', th: 'งานประเภทนี้ไม่มีผู้ร้องที่จะส่งข้อความถึง', en: 'This kind of case has no citizen to write to.' }],
    });
  }
  if (to !== assignment.status) {
    await updateAssignmentStatus(tx, { id: assignment.id, status: to, now, returnReason: change.returnReason ?? null });
  }
  const eventId = await appendEvent(tx, {
    caseId: kase.id,
    assignmentId: change.event.assignmentId ?? assignment.id,
    type: change.event.type,
    actorUserId: by.userId,
    actorUnitId: by.unitId,
    data: change.event.data,
    at: now,
  });
  await refreshCaseStatus(tx, kase, by, now);
  await hook?.(tx, {
    caseId: kase.id,
    assignmentId: assignment.id,
    move,
    from: assignment.status,
    to,
    now,
    publicReply: change.publicReply ?? null,
    by,
  });
  return { eventId, to };
}
