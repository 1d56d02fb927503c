import { updateAssignmentStatus } from '../../db/queries/assignmentQueries.ts';
import { linkAttachments } from '../../db/queries/attachmentQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { CommandContext } from '../context.ts';
import { refreshCaseStatus } from '../cases/refreshCaseStatus.ts';
import { loadAssignmentForAction } from './loadAssignmentForAction.ts';

/**
 * A progress note with evidence files. Files are uploaded first (each gets an
 * id) and linked here, in the same transaction as the event that cites them.
 */
export async function reportProgress(
  ctx: CommandContext,
  assignmentId: string,
  input: { note: string; attachmentIds: string[] },
): Promise<{ eventId: number }> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { assignment, kase, next } = await loadAssignmentForAction(tx, actor, assignmentId, 'progress');
    if (next !== assignment.status) await updateAssignmentStatus(tx, { id: assignmentId, status: next, now });
    const eventId = await appendEvent(tx, {
      caseId: kase.id,
      assignmentId,
      type: 'progress_reported',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: { note: input.note, attachmentIds: input.attachmentIds, from: assignment.status, to: next },
      at: now,
    });
    const linked = await linkAttachments(tx, { ids: input.attachmentIds, uploadedBy: actor.userId, caseId: kase.id, eventId });
    if (linked !== new Set(input.attachmentIds).size) {
      throw new AppError('validation_failed', {
        fields: [
          {
            path: '/attachmentIds',
            th: 'ไม่พบไฟล์แนบบางไฟล์ หรือไฟล์นั้นถูกใช้ไปแล้ว โปรดแนบไฟล์ใหม่',
            en: 'Some attached files were not found or are already used. Attach them again.',
          },
        ],
      });
    }
    await refreshCaseStatus(tx, kase, actor, now);
    return { eventId };
  });
}
