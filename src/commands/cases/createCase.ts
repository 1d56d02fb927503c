import { appendEvent } from '../../db/queries/eventQueries.ts';
import { insertCase } from '../../db/queries/caseQueries.ts';
import { formatCaseRef, type CaseKind, type Priority } from '../../domain/cases/caseKinds.ts';
import { AppError } from '../../domain/errors.ts';
import { rootPathOf } from '../../domain/roles.ts';
import { canCreateCase } from '../../domain/policies/casePolicy.ts';
import { toSearchWords } from '../../domain/thai/segmentWords.ts';
import type { Queryable } from '../../db/database.ts';
import type { CommandContext, TxContext } from '../context.ts';
import { prepareCaseDetails } from '../delivery/prepareCaseDetails.ts';
import { assignmentEventData, createAssignments, type AssignmentRequest } from '../assignments/createAssignments.ts';

export interface CreateCaseInput {
  kind: CaseKind;
  title: string;
  body: string;
  priority: Priority;
  category: string | null;
  areaCode: string | null;
  dueAt: Date | null;
  details: Record<string, unknown>;
  /** Optional first assignments, made in the same transaction. */
  assignments: AssignmentRequest[];
}

/** Opens a case owned by the actor's unit, with its `created` event and any first assignments, in one transaction. */
export async function createCase(ctx: CommandContext, input: CreateCaseInput): Promise<{ id: string; ref: string }> {
  return ctx.db.transaction((tx) => createCaseInTx(tx, ctx, input));
}

/**
 * `createCase` inside the caller's transaction, so a command that opens a case as part of its
 * own work (a stocktake decision's follow-up directive) commits both or neither.
 */
export async function createCaseInTx(tx: Queryable, ctx: TxContext, input: CreateCaseInput): Promise<{ id: string; ref: string }> {
  const { actor, clock } = ctx;
  if (!canCreateCase(actor, input.kind)) throw new AppError('forbidden');
  const now = clock.now();
  if (input.areaCode) {
    const area = await tx.query('select 1 from areas where code = $1', [input.areaCode]);
    if (area.rows.length === 0) {
      throw new AppError('validation_failed', {
        fields: [{ path: '/areaCode', th: 'ไม่พบรหัสพื้นที่นี้', en: 'There is no area with this code.' }],
      });
    }
  }
  const { details, dueAt } = await prepareCaseDetails(tx, input);
  const created = await insertCase(tx, {
    ...input,
    details,
    dueAt,
    ownerUnitId: actor.unitId,
    createdBy: actor.userId,
    searchWords: toSearchWords(input.title, input.body),
    now,
    refFor: (sequence) => formatCaseRef(input.kind, now, sequence),
  });
  await appendEvent(tx, {
    caseId: created.id,
    type: 'created',
    actorUserId: actor.userId,
    actorUnitId: actor.unitId,
    data: { kind: input.kind, title: input.title, priority: input.priority },
    at: now,
  });
  for (const request of input.assignments) {
    const result = await createAssignments(tx, {
      caseId: created.id,
      parentId: null,
      basePath: rootPathOf(actor.unitPath),
      assignedByUnitId: actor.unitId,
      assignedBy: actor.userId,
      now,
      request,
    });
    await appendEvent(tx, {
      caseId: created.id,
      type: 'assigned',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: assignmentEventData(result, request),
      at: now,
    });
  }
  return created;
}
