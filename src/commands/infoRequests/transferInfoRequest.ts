import { reinstateLeadAssignment } from '../../db/queries/assignmentQueries.ts';
import { touchCase } from '../../db/queries/caseQueries.ts';
import { findRequestableAgency } from '../../db/queries/infoRequestQueries.ts';
import { insertInfoRequestTransfer, setInfoRequestState } from '../../db/queries/infoRequestHandlingQueries.ts';
import type { AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';
import type { CaseStatus } from '../../domain/cases/caseKinds.ts';
import { AppError } from '../../domain/errors.ts';
import { requestTransferredMessage } from '../../domain/infoRequests/requesterMessages.ts';
import { canTransferInfoRequest } from '../../domain/policies/infoRequestHandlingPolicy.ts';
import { infoRequestLimits } from '../../shared/infoRequests.ts';
import { changeAssignmentStatus } from '../assignments/changeAssignmentStatus.ts';
import type { CommandContext } from '../context.ts';
import { infoRequestDeadline } from './infoRequestDeadline.ts';
import { checkText, loadInfoRequest } from './loadInfoRequest.ts';
import { notifyRequester } from './notifyRequester.ts';

/**
 * Sends a request to the agency that holds the information (section 12), with the reason: the old
 * lead is returned, the new agency gets a fresh lead with a fresh deadline, the request and its case
 * move to it, a transfer row and an event record it, and the requester is told, in one transaction.
 * The request reads `transferred` until the new agency acknowledges it.
 */
export async function transferInfoRequest(ctx: CommandContext, caseId: string, input: { toUnitId: string; reason: string }) {
  const reason = checkText(input.reason, '/reason', infoRequestLimits.reasonMax);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { request, facts } = await loadInfoRequest(tx, ctx.actor, caseId, { forUpdate: true });
    if (!canTransferInfoRequest(ctx.actor, facts)) {
      if (!facts.pending) throw new AppError('invalid_transition');
      throw new AppError('forbidden');
    }
    const to = await findRequestableAgency(tx, input.toUnitId);
    if (!to) {
      throw new AppError('invalid_target', {
        fields: [{ path: '/toUnitId', th: 'ไม่พบหน่วยงานนี้ โปรดเลือกจากรายการ', en: 'There is no such agency. Choose one from the list.' }],
      });
    }
    if (to.id === request.agency_unit_id || to.id === request.lead_unit_id) {
      throw new AppError('conflict', {
        th: 'คำขออยู่ที่หน่วยงานนี้แล้ว โปรดเลือกหน่วยงานอื่น',
        en: 'The request is already with this agency. Choose another one.',
      });
    }
    const deadline = await infoRequestDeadline(tx, to.id, now);
    const newLeadId = await reinstateLeadAssignment(tx, {
      caseId,
      unitId: to.id,
      assignedByUnitId: ctx.actor.unitId,
      assignedBy: ctx.actor.userId,
      now,
    });
    await tx.query('update assignments set due_at = $2 where id = $1', [newLeadId, deadline.dueAt]);
    await tx.query('update cases set owner_unit_id = $2, due_at = $3 where id = $1', [caseId, to.id, deadline.dueAt]);
    await setInfoRequestState(tx, {
      caseId,
      state: 'transferred',
      now,
      agencyUnitId: to.id,
      dueAt: deadline.dueAt,
      longOverdueAt: deadline.longOverdueAt,
      clarificationSince: null,
    });
    await insertInfoRequestTransfer(tx, { caseId, fromUnitId: request.agency_unit_id, toUnitId: to.id, reason, by: ctx.actor.userId, now });
    await changeAssignmentStatus(tx, {
      kase: { id: caseId, kind: 'info_request', status: request.case_status as CaseStatus },
      assignment: { id: request.lead_id!, status: request.lead_status as AssignmentStatus },
      move: 'reroute',
      by: { userId: ctx.actor.userId, unitId: ctx.actor.unitId },
      returnReason: reason,
      event: {
        type: 'info_request_transferred',
        assignmentId: newLeadId,
        data: {
          from: { code: request.agency_code, th: request.agency_name_th, en: request.agency_name_en },
          to: { code: to.code, th: to.name_th, en: to.name_en },
          reason,
          dueAt: deadline.dueAt?.toISOString() ?? null,
        },
      },
      now,
    });
    await touchCase(tx, caseId, now);
    await notifyRequester(tx, {
      caseId,
      kind: 'info_request_transferred',
      trackingCode: request.tracking_code,
      message: requestTransferredMessage({ trackingCode: request.tracking_code, to: { th: to.name_th, en: to.name_en }, reason }),
      now,
    });
    return { assignmentId: newLeadId, toUnitId: to.id };
  });
}
