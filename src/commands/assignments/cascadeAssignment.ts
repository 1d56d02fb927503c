import type { CommandContext } from '../context.ts';
import { alreadyAssigned } from './alreadyAssigned.ts';
import { changeAssignmentStatus } from './changeAssignmentStatus.ts';
import { assignmentEventData, createAssignments, type AssignmentRequest, type CreatedAssignments } from './createAssignments.ts';
import { loadAssignmentForAction } from './loadAssignmentForAction.ts';

/**
 * A unit passes its assignment down to units below it (a province to its
 * district offices, a ministry to its provincial offices in one zone), making
 * child assignments under its own. Its own assignment moves to in progress (a complaint's citizen hears
 * that it is being worked on).
 */
export async function cascadeAssignment(
  ctx: CommandContext,
  assignmentId: string,
  request: AssignmentRequest,
  options: { expectedVersion?: number } = {},
): Promise<CreatedAssignments> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { assignment, kase, next } = await loadAssignmentForAction(tx, actor, assignmentId, 'cascade', options.expectedVersion);
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
    await changeAssignmentStatus(tx, {
      kase,
      assignment,
      move: 'cascade',
      by: actor,
      event: { type: 'cascaded', data: { ...assignmentEventData(result, request), from: assignment.status, to: next } },
      now,
    });
    return result;
  });
}
