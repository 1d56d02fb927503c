import { pauseAssignment, resumeAssignment } from '../../db/queries/assignmentQueries.ts';
import { touchCase } from '../../db/queries/caseQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { setInfoRequestState } from '../../db/queries/infoRequestHandlingQueries.ts';
import { parseTrackingCode } from '../../domain/complaints/trackingCode.ts';
import { AppError } from '../../domain/errors.ts';
import { clarificationAskedMessage } from '../../domain/infoRequests/requesterMessages.ts';
import { canAskClarification } from '../../domain/policies/infoRequestHandlingPolicy.ts';
import { infoRequestLimits } from '../../shared/infoRequests.ts';
import type { CommandContext, PublicContext } from '../context.ts';
import { checkText, loadByCode, loadInfoRequest } from './loadInfoRequest.ts';
import { notifyRequester } from './notifyRequester.ts';

/**
 * The agency asks the requester what exactly they want: the request reads `clarification_needed` and
 * its clock stops (`clarification_since`, and the lead assignment paused like a complaint waiting for
 * its citizen); the requester is told through the outbox.
 */
export async function askClarification(ctx: CommandContext, caseId: string, input: { question: string }) {
  const question = checkText(input.question, '/question', infoRequestLimits.reasonMax);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const { request, facts } = await loadInfoRequest(tx, ctx.actor, caseId, { forUpdate: true });
    if (!canAskClarification(ctx.actor, facts)) {
      if (!facts.pending) throw new AppError('invalid_transition');
      throw new AppError('forbidden');
    }
    if (request.state === 'clarification_needed' || request.lead_paused_at) throw new AppError('invalid_transition');
    await pauseAssignment(tx, { id: request.lead_id!, now });
    await setInfoRequestState(tx, { caseId, state: 'clarification_needed', now, clarificationSince: now });
    await touchCase(tx, caseId, now);
    await appendEvent(tx, {
      caseId,
      assignmentId: request.lead_id,
      type: 'clarification_requested',
      actorUserId: ctx.actor.userId,
      actorUnitId: ctx.actor.unitId,
      data: { question, resumeState: request.state },
      at: now,
    });
    await notifyRequester(tx, {
      caseId,
      kind: 'info_request_clarification',
      trackingCode: request.tracking_code,
      message: clarificationAskedMessage({ trackingCode: request.tracking_code, question }),
      now,
    });
  });
}

/**
 * The requester answers by their tracking code: the clock runs again and every deadline moves later
 * by the time it stood still; the request goes back to the state it had before the question.
 */
export async function answerClarification(deps: PublicContext, code: string, input: { answer: string }) {
  const trackingCode = parseTrackingCode(code);
  if (!trackingCode) throw new AppError('not_found');
  const answer = checkText(input.answer, '/answer', infoRequestLimits.bodyMax);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const request = await loadByCode(tx, trackingCode, { forUpdate: true });
    if (request.state !== 'clarification_needed' || !request.clarification_since) throw new AppError('invalid_transition');
    const pausedMs = Math.max(0, now.getTime() - request.clarification_since.getTime());
    const later = (date: Date | null) => (date ? new Date(date.getTime() + pausedMs) : null);
    const asked = await tx.query<{ resume: string | null }>(
      `select data->>'resumeState' as resume from case_events where case_id = $1 and type = 'clarification_requested' order by id desc limit 1`,
      [request.case_id],
    );
    const resumeState = asked.rows[0]?.resume === 'transferred' ? 'transferred' : 'awaiting_response';
    if (request.lead_id && request.lead_paused_at) {
      await resumeAssignment(tx, { id: request.lead_id, pausedMs: now.getTime() - request.lead_paused_at.getTime(), now });
    }
    await setInfoRequestState(tx, {
      caseId: request.case_id,
      state: resumeState,
      now,
      clarificationSince: null,
      dueAt: later(request.due_at),
      longOverdueAt: later(request.long_overdue_at),
    });
    // The assignment's own clock leaves the paused time out through its paused_ms, as for a complaint.
    await tx.query('update cases set due_at = $2 where id = $1', [request.case_id, later(request.due_at)]);
    await touchCase(tx, request.case_id, now);
    await appendEvent(tx, {
      caseId: request.case_id,
      assignmentId: request.lead_id,
      type: 'clarification_answered',
      actorUserId: null,
      actorUnitId: null,
      data: { answer, pausedMs },
      at: now,
    });
  });
}
