import type { Database } from '../../db/database.ts';
import { findComplaintByCode, findLeadAssignment } from '../../db/queries/complaintQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import type { AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';
import type { CaseStatus } from '../../domain/cases/caseKinds.ts';
import type { Clock } from '../../domain/clock.ts';
import { complaintLimits } from '../../shared/complaintLimits.ts';
import { citizenFollowUp } from '../../domain/complaints/citizenFollowUp.ts';
import { parseTrackingCode } from '../../domain/complaints/trackingCode.ts';
import { AppError } from '../../domain/errors.ts';
import { limits } from '../../shared/limits.ts';
import { reopenClosedCase } from '../cases/reopenClosedCase.ts';
import { changeAssignmentStatus } from '../assignments/changeAssignmentStatus.ts';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The complaint behind a tracking code, locked, and what its citizen may still do with it (`citizenFollowUp`). */
async function loadForFollowUp(tx: Tx, code: string, now: Date) {
  const trackingCode = parseTrackingCode(code);
  const complaint = trackingCode ? await findComplaintByCode(tx, trackingCode, { forUpdate: true }) : undefined;
  if (!complaint) throw new AppError('not_found');
  const lead = await findLeadAssignment(tx, complaint.case_id);
  const followUp = citizenFollowUp(
    {
      resolvedAt: complaint.resolved_at,
      leadStatus: lead?.status ?? null,
      merged: complaint.merged_into !== null,
      rating: complaint.rating,
    },
    now,
  );
  return { complaint, lead, followUp };
}

/** The refusal when the window has passed: one stable code whatever was tried. */
function windowClosed(): AppError {
  const within = complaintLimits.reopenWithinDays;
  return new AppError('follow_up_closed', {
    th: `ให้คะแนนหรือเปิดเรื่องอีกครั้งได้ภายใน ${within} วันหลังหน่วยงานแก้ไขเสร็จ ซึ่งพ้นกำหนดแล้ว หากปัญหายังอยู่ โปรดแจ้งเป็นเรื่องใหม่`,
    en: `A complaint can be rated or reopened within ${within} days of being resolved, and that time has passed. If the problem remains, file a new complaint.`,
  });
}

/** The citizen rates a resolved complaint, once, 1 to 5, with an optional comment, within 30 days of its resolution (closed or not). */
export async function rateComplaint(
  deps: { db: Database; clock: Clock },
  code: string,
  input: { rating: number; comment: string | null },
): Promise<void> {
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) {
    throw new AppError('validation_failed', { fields: [{ path: '/rating', th: 'โปรดให้คะแนน 1 ถึง 5', en: 'Give a rating from 1 to 5.' }] });
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const { complaint, followUp } = await loadForFollowUp(tx, code, now);
    if (followUp.refusal === 'not_resolved')
      throw new AppError('invalid_transition', { th: 'ให้คะแนนได้เมื่อเรื่องแก้ไขเสร็จแล้ว', en: 'A complaint can be rated once it is resolved.' });
    if (followUp.refusal === 'window_closed') throw windowClosed();
    if (complaint.rating !== null)
      throw new AppError('conflict', { th: 'ท่านให้คะแนนเรื่องนี้แล้ว', en: 'This complaint has already been rated.' });
    await tx.query('update complaints set rating = $2, rating_comment = $3, rated_at = $4 where case_id = $1', [
      complaint.case_id,
      input.rating,
      input.comment,
      now,
    ]);
    await appendEvent(tx, {
      caseId: complaint.case_id,
      type: 'rated',
      actorUserId: null,
      actorUnitId: null,
      data: { rating: input.rating, comment: input.comment },
      at: now,
    });
  });
}

/**
 * The citizen reopens a resolved complaint within 30 days of its resolution,
 * even after the owner accepted the work and closed the case, saying why: the
 * case opens again, the unit's assignment goes back to in progress, the service
 * level clock keeps running from where it was, and the citizen is told.
 */
export async function reopenComplaint(deps: { db: Database; clock: Clock }, code: string, input: { reason: string }): Promise<void> {
  const reason = input.reason.trim();
  if (reason.length < limits.reasonMin || reason.length > limits.reasonMax) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/reason', th: 'โปรดบอกเหตุผลที่ขอเปิดเรื่องอีกครั้ง', en: 'Say why the complaint should be reopened.' }],
    });
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const { complaint, lead, followUp } = await loadForFollowUp(tx, code, now);
    if (followUp.refusal === 'window_closed') throw windowClosed();
    if (!followUp.canReopen || !lead) {
      throw new AppError('invalid_transition', {
        th: 'เปิดเรื่องอีกครั้งได้เมื่อเรื่องแก้ไขเสร็จแล้ว',
        en: 'Only a resolved complaint can be reopened.',
      });
    }
    // A case the owner closed is open again: closing ends the staff side, not the citizen's 30 days.
    let caseStatus = complaint.case_status as CaseStatus;
    if (caseStatus === 'closed') {
      await reopenClosedCase(tx, { caseId: complaint.case_id, now });
      caseStatus = 'in_progress';
    }
    // resolved_at is cleared, and the citizen told, by the complaint's hook as the lead goes back to in progress.
    await tx.query(
      'update complaints set rating = null, rating_comment = null, rated_at = null, reopened_count = reopened_count + 1 where case_id = $1',
      [complaint.case_id],
    );
    await changeAssignmentStatus(tx, {
      kase: { id: complaint.case_id, kind: 'complaint', status: caseStatus },
      assignment: { id: lead.id, status: lead.status as AssignmentStatus },
      move: 'reopen',
      by: { userId: null, unitId: null },
      event: { type: 'reopened', data: { from: lead.status, to: 'in_progress', message: reason, by: 'citizen' } },
      now,
    });
  });
}
