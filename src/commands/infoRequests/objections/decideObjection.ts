import { findCase } from '../../../db/queries/caseQueries.ts';
import { appendEvent } from '../../../db/queries/eventQueries.ts';
import { findLeadAssignment, reopenRequestForAnswer } from '../../../db/queries/infoRequestAnswerQueries.ts';
import { decideObjectionRow, extendObjectionRow, findObjection } from '../../../db/queries/infoRequestObjectionQueries.ts';
import { findInfoRequestByCase } from '../../../db/queries/infoRequestQueries.ts';
import { enqueueForComplainants } from '../../../db/queries/outboxQueries.ts';
import { findUnitByCode } from '../../../db/queries/unitQueries.ts';
import { AppError } from '../../../domain/errors.ts';
import { decisionMessage } from '../../../domain/infoRequests/infoRequestMessages.ts';
import { extendedComplaintDue } from '../../../domain/infoRequests/objectionClocks.ts';
import { canDecideObjection, OIC_UNIT_CODE } from '../../../domain/policies/infoRequestAnswersPolicy.ts';
import { decisionsFor, objectionDecisionNames, type ObjectionDecision } from '../../../shared/infoRequestAnswers.ts';
import { changeAssignmentStatus } from '../../assignments/changeAssignmentStatus.ts';
import type { CommandContext } from '../../context.ts';
import { infoRequestDeadline } from '../infoRequestDeadline.ts';

/** Decisions that send the request back to the agency to answer again. */
const sendsBack: readonly ObjectionDecision[] = ['overturned', 'partly_overturned', 'agency_ordered_to_answer'];

/**
 * The Commission's office records a decision on an objection, in one transaction with its event on the
 * request's case and the requester's message in the outbox:
 * - `extended` (complaints only, once): the due date moves to 60 days from filing (section 13); the
 *   objection stays open and keeps the extension in `extended_at` / `extension_note`;
 * - an appeal overturned in whole or in part, or a complaint that orders the agency to answer, sends an
 *   answered request back to the agency: its lead assignment reopens (through `changeAssignmentStatus`),
 *   the request awaits a response again with a new deadline from the agency's service level;
 * - `upheld` / `no_fault` close the objection and change nothing else.
 */
export async function decideObjection(
  ctx: CommandContext,
  objectionId: string,
  input: { decision: ObjectionDecision; note?: string | null | undefined },
): Promise<{ status: 'open' | 'decided'; dueAt: Date | null; reopened: boolean }> {
  const oic = await findUnitByCode(ctx.db, OIC_UNIT_CODE);
  if (!oic || !canDecideObjection(ctx.actor, oic.path)) throw new AppError('forbidden');
  const note = input.note?.normalize('NFC').trim() || null;
  return ctx.db.transaction(async (tx) => {
    const found = await findObjection(tx, objectionId);
    if (!found) throw new AppError('not_found');
    const kase = (await findCase(tx, found.case_id, { forUpdate: true }))!;
    const objection = (await findObjection(tx, objectionId, { forUpdate: true }))!;
    const request = (await findInfoRequestByCase(tx, kase.id, { forUpdate: true }))!;
    if (objection.status !== 'open') throw new AppError('objection_not_open');
    if (!decisionsFor[objection.kind].includes(input.decision)) {
      throw new AppError('validation_failed', {
        fields: [
          {
            path: '/decision',
            th: `เรื่องประเภทนี้ตัดสินได้เพียง: ${decisionsFor[objection.kind].map((d) => objectionDecisionNames[d].th).join(', ')}`,
            en: `This kind of objection can only be decided as: ${decisionsFor[objection.kind].join(', ')}`,
          },
        ],
      });
    }
    const now = ctx.clock.now();
    const by = { userId: ctx.actor.userId, unitId: ctx.actor.unitId };
    let result: { status: 'open' | 'decided'; dueAt: Date | null; reopened: boolean };
    if (input.decision === 'extended') {
      if (objection.extended_at) throw new AppError('objection_already_extended');
      const dueAt = extendedComplaintDue(objection.filed_at);
      await extendObjectionRow(tx, { id: objection.id, dueAt, note, now });
      await appendEvent(tx, {
        caseId: kase.id,
        type: 'info_request_objection_extended',
        actorUserId: by.userId,
        actorUnitId: by.unitId,
        data: { objectionId: objection.id, kind: objection.kind, dueAt: dueAt.toISOString(), note },
        at: now,
      });
      result = { status: 'open', dueAt, reopened: false };
    } else {
      await decideObjectionRow(tx, { id: objection.id, decision: input.decision, note, decidedBy: ctx.actor.userId, now });
      await appendEvent(tx, {
        caseId: kase.id,
        type: 'info_request_objection_decided',
        actorUserId: by.userId,
        actorUnitId: by.unitId,
        data: { objectionId: objection.id, kind: objection.kind, decision: input.decision, note },
        at: now,
      });
      let reopened = false;
      const lead = await findLeadAssignment(tx, kase.id, { forUpdate: true });
      if (sendsBack.includes(input.decision) && lead && (lead.status === 'done' || lead.status === 'accepted')) {
        await changeAssignmentStatus(tx, {
          kase: (await findCase(tx, kase.id))!,
          assignment: { id: lead.id, status: lead.status },
          move: 'reopen',
          by,
          event: { type: 'info_request_reopened', data: { objectionId: objection.id, decision: input.decision, from: request.state } },
          now,
        });
        const deadline = await infoRequestDeadline(tx, request.agency_unit_id, now);
        await reopenRequestForAnswer(tx, { caseId: kase.id, assignmentId: lead.id, ...deadline, now });
        reopened = true;
      }
      result = { status: 'decided', dueAt: objection.due_at, reopened };
    }
    const message = decisionMessage({
      ref: kase.ref,
      trackingCode: request.tracking_code,
      kind: objection.kind,
      decision: input.decision,
      note,
      dueAt: result.dueAt,
    });
    await enqueueForComplainants(tx, {
      caseId: kase.id,
      kind: 'info_request_objection_decided',
      subject: message.subject,
      body: message.body,
      payload: { trackingCode: request.tracking_code, kind: objection.kind, decision: input.decision },
      now,
    });
    return result;
  });
}
