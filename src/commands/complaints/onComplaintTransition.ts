import type { Queryable } from '../../db/database.ts';
import type { AssignmentMove, AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';
import type { CitizenStatus } from '../../domain/complaints/citizenMessages.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { AppError } from '../../domain/errors.ts';
import { notifyCitizen } from './notifyCitizen.ts';
import { checkPublicReply, recordPublicReply } from './recordPublicReply.ts';

/**
 * What the citizen hears when their complaint's lead assignment moves. A cascade and a progress report
 * are news too (the office is working on it), even when the lead was already in progress. Accepting
 * the work is news as well (it is fixed, not only reported fixed). Returning and rerouting say nothing: the citizen hears from the unit that takes the complaint next.
 */
const citizenNews: Partial<Record<AssignmentMove, CitizenStatus>> = {
  acknowledge: 'acknowledged',
  cascade: 'in_progress',
  progress: 'in_progress',
  // The office's word that it is done, then the owner's check: the citizen hears both, in those words.
  complete: 'reported_fixed',
  accept: 'resolved',
  send_back: 'in_progress',
  reopen: 'reopened',
};

/**
 * The complaint's hook in `assignmentHooks`: when the top-level lead assignment moves, records when the
 * complaint was resolved (the reopening window counts from it) and tells the citizen through the outbox,
 * in the words of `statusChangedMessage` (no staff names, no internal notes). Moves of other
 * assignments (units below the lead, supporting units) are internal.
 */
export async function onComplaintTransition(
  tx: Queryable,
  input: {
    caseId: string;
    assignmentId: string;
    move: AssignmentMove;
    to: AssignmentStatus;
    now: Date;
    publicReply?: string | null;
    by?: { userId: string | null; unitId: string | null };
  },
): Promise<void> {
  const row = await tx.query<{ tracking_code: string; lead: boolean }>(
    `select k.tracking_code, (a.role = 'lead' and a.parent_id is null) as lead
       from complaints k join assignments a on a.case_id = k.case_id where k.case_id = $1 and a.id = $2`,
    [input.caseId, input.assignmentId],
  );
  const complaint = row.rows[0];
  const reply = input.publicReply ? checkPublicReply(input.publicReply) : null;
  if (reply && !complaint?.lead) {
    throw new AppError('validation_failed', {
      fields: [
        {
          path: '/publicReply',
          th: 'ข้อความถึงผู้ร้องเรียนส่งได้จากงานหลักของหน่วยงานที่รับผิดชอบเรื่องเท่านั้น',
          en: 'Only the work of the unit handling the complaint can carry a message to the citizen.',
        },
      ],
    });
  }
  if (!complaint?.lead) return;
  if (reply) {
    await recordPublicReply(tx, {
      caseId: input.caseId,
      assignmentId: input.assignmentId,
      message: reply,
      by: input.by ?? { userId: null, unitId: null },
      now: input.now,
    });
  }
  if (input.to === 'done') await tx.query('update complaints set resolved_at = $2 where case_id = $1', [input.caseId, input.now]);
  if (input.to === 'in_progress') await tx.query('update complaints set resolved_at = null where case_id = $1', [input.caseId]);
  const status = citizenNews[input.move];
  if (status) {
    await notifyCitizen(tx, {
      caseId: input.caseId,
      trackingCode: complaint.tracking_code,
      status,
      reply: reply ? maskPersonalData(reply) : null,
      now: input.now,
    });
  }
}
