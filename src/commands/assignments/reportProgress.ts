import { linkAttachments } from '../../db/queries/attachmentQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { CommandContext } from '../context.ts';
import { changeAssignmentStatus } from './changeAssignmentStatus.ts';
import { loadAssignmentForAction } from './loadAssignmentForAction.ts';

/**
 * A progress note with evidence files. Files are uploaded first (each gets an
 * id) and linked here, in the same transaction as the event that cites them. A complaint's citizen
 * hears of each report (the note itself stays internal).
 */
export async function reportProgress(
  ctx: CommandContext,
  assignmentId: string,
  input: { note: string; attachmentIds: string[]; expectedVersion?: number },
): Promise<{ eventId: number }> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { assignment, kase, next } = await loadAssignmentForAction(tx, actor, assignmentId, 'progress', input.expectedVersion);
    const { eventId } = await changeAssignmentStatus(tx, {
      kase,
      assignment,
      move: 'progress',
      by: actor,
      event: {
        type: 'progress_reported',
        data: { note: input.note, attachmentIds: input.attachmentIds, from: assignment.status, to: next },
      },
      now,
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
    return { eventId };
  });
}
