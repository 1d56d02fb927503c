import { updateAssignmentStatus } from '../../db/queries/assignmentQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import type { CommandContext } from '../context.ts';
import { refreshCaseStatus } from '../cases/refreshCaseStatus.ts';
import { alreadyAssigned } from './alreadyAssigned.ts';
import { assignmentEventData, createAssignments, type AssignmentRequest, type CreatedAssignments } from './createAssignments.ts';
import { loadAssignmentForAction } from './loadAssignmentForAction.ts';

/**
 * A unit passes its assignment down to units below it (a province to its
 * district offices, a ministry to its provincial offices in one zone), making
 * child assignments under its own. Its own assignment moves to in progress.
 */
export async function cascadeAssignment(
  ctx: CommandContext,
  assignmentId: string,
  request: AssignmentRequest,
): Promise<CreatedAssignments> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { assignment, kase, next } = await loadAssignmentForAction(tx, actor, assignmentId, 'cascade');
    const result = await createAssignments(tx, {
      caseId: kase.id,
      parentId: assignmentId,
      basePath: assignment.unit_path,
      assignedByUnitId: assignment.unit_id,
      assignedBy: actor.userId,
      now,
      request,
    });
    if (result.created.length === 0) throw alreadyAssigned();
    if (next !== assignment.status) await updateAssignmentStatus(tx, { id: assignmentId, status: next, now });
    await appendEvent(tx, {
      caseId: kase.id,
      assignmentId,
      type: 'cascaded',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: { ...assignmentEventData(result, request), from: assignment.status, to: next },
      at: now,
    });
    await refreshCaseStatus(tx, kase, actor, now);
    return result;
  });
}
