import { appendEvent } from '../../db/queries/eventQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { rootPathOf } from '../../domain/roles.ts';
import { canAssignCase } from '../../domain/policies/casePolicy.ts';
import type { CommandContext } from '../context.ts';
import {
  assignmentEventData,
  createAssignments,
  type AssignmentRequest,
  type CreatedAssignments,
} from '../assignments/createAssignments.ts';
import { alreadyAssigned } from '../assignments/alreadyAssigned.ts';
import { loadReadableCase } from './loadReadableCase.ts';
import { refreshCaseStatus } from './refreshCaseStatus.ts';

/** The case owner sends the case to more units (any unit in the government tree). */
export async function assignCase(
  ctx: CommandContext,
  caseId: string,
  request: AssignmentRequest,
  options: { expectedVersion?: number } = {},
): Promise<CreatedAssignments> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { row, facts } = await loadReadableCase(tx, actor, caseId, { forUpdate: true, expectedVersion: options.expectedVersion });
    if (!canAssignCase(actor, facts)) throw new AppError('forbidden');
    const result = await createAssignments(tx, {
      caseId,
      parentId: null,
      basePath: rootPathOf(actor.unitPath),
      assignedByUnitId: actor.unitId,
      assignedBy: actor.userId,
      now,
      request,
    });
    if (result.created.length === 0) throw alreadyAssigned();
    await appendEvent(tx, {
      caseId,
      type: 'assigned',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: assignmentEventData(result, request),
      at: now,
    });
    await refreshCaseStatus(tx, row, actor, now);
    return result;
  });
}
