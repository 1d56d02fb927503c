import { currentCitizenStatus } from '../../domain/complaints/citizenTimeline.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { AppError } from '../../domain/errors.ts';
import { canReplyToCitizen } from '../../domain/policies/complaintPolicy.ts';
import type { CommandContext } from '../context.ts';
import { loadComplaint } from './loadComplaint.ts';
import { notifyCitizen } from './notifyCitizen.ts';
import { checkPublicReply, recordPublicReply } from './recordPublicReply.ts';

/**
 * Staff write to the citizen without moving the complaint: what was done, what happens next. The
 * reply is a case event (who wrote it, when, the words as written) and goes out to the complainants
 * with the complaint's status now, masked as every free text shown beyond the handling unit is.
 */
export async function replyToCitizen(
  ctx: CommandContext,
  caseId: string,
  input: { message: string; expectedVersion?: number },
): Promise<{ eventId: number }> {
  const message = checkPublicReply(input.message, '/message');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { complaint, lead, facts } = await loadComplaint(tx, ctx.actor, caseId, {
      forUpdate: true,
      expectedVersion: input.expectedVersion,
    });
    if (!canReplyToCitizen(ctx.actor, facts)) throw new AppError('forbidden');
    if (complaint.merged_into) {
      throw new AppError('invalid_transition', {
        th: 'เรื่องนี้รวมกับเรื่องอื่นแล้ว โปรดเขียนถึงผู้ร้องในเรื่องที่รวมไว้',
        en: 'This complaint was joined with another; write to the citizen on that one.',
      });
    }
    const eventId = await recordPublicReply(tx, { caseId, assignmentId: lead?.id ?? null, message, by: ctx.actor, now });
    const status = currentCitizenStatus({
      mergedInto: null,
      caseStatus: complaint.case_status,
      waitingSince: complaint.waiting_since,
      leadStatus: lead?.status ?? null,
    });
    await notifyCitizen(tx, { caseId, trackingCode: complaint.tracking_code, status, reply: maskPersonalData(message), now });
    return { eventId };
  });
}
