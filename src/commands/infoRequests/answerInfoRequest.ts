import type { Queryable } from '../../db/database.ts';
import { linkAttachments } from '../../db/queries/attachmentQueries.ts';
import { findCase } from '../../db/queries/caseQueries.ts';
import {
  appendCaseSearchWords,
  countUnusedUploads,
  findLeadAssignment,
  insertAnswer,
  insertAnswerDocument,
  listDisclosureGrounds,
  setRequestState,
} from '../../db/queries/infoRequestAnswerQueries.ts';
import { findInfoRequestByCase } from '../../db/queries/infoRequestQueries.ts';
import { enqueueForComplainants } from '../../db/queries/outboxQueries.ts';
import { openAssignmentStatuses } from '../../domain/cases/assignmentLifecycle.ts';
import { AppError } from '../../domain/errors.ts';
import { checkAnswer, groundsUsed, refusesSomething, type AnswerInput } from '../../domain/infoRequests/answerRules.ts';
import { answerMessage } from '../../domain/infoRequests/infoRequestMessages.ts';
import { appealDeadlineFrom } from '../../domain/infoRequests/objectionClocks.ts';
import { canAnswerInfoRequest } from '../../domain/policies/infoRequestAnswersPolicy.ts';
import { reaches } from '../../domain/roles.ts';
import { toSearchWords } from '../../domain/thai/segmentWords.ts';
import { pendingInfoRequestStates } from '../../shared/infoRequests.ts';
import { changeAssignmentStatus } from '../assignments/changeAssignmentStatus.ts';
import type { CommandContext } from '../context.ts';

export interface AnsweredInfoRequest {
  answerId: string;
  documentIds: string[];
  appealDeadlineAt: Date | null;
  messagesQueued: number;
}

/**
 * The agency answers a request, in one transaction: the answer and its documents (each waiting for a
 * person's review before anything is published), the request's state (= the outcome) and answer
 * time, the lead assignment completed and accepted through `changeAssignmentStatus` (acknowledged first
 * when the office had not yet, since answering shows it saw the request) so the case completes, the
 * `info_request_answered` event, the uploaded files tied to that event, the answer's words added to
 * the case's search words, the appeal deadline of a refusal (section 18, `appealDeadlineFrom`), and
 * the requester's message in the outbox.
 */
export async function answerInfoRequest(ctx: CommandContext, caseId: string, input: AnswerInput): Promise<AnsweredInfoRequest> {
  return ctx.db.transaction(async (tx) => {
    const active = new Set((await listDisclosureGrounds(tx, { activeOnly: true })).map((ground) => ground.code));
    const kase = await findCase(tx, caseId, { forUpdate: true });
    const request = kase?.kind === 'info_request' ? await findInfoRequestByCase(tx, caseId, { forUpdate: true }) : undefined;
    if (!kase || !request) throw new AppError('not_found');
    const lead = await findLeadAssignment(tx, caseId, { forUpdate: true });
    if (!lead || !reaches(ctx.actor, lead.unit_path)) throw new AppError('not_found');
    if (!canAnswerInfoRequest(ctx.actor, lead.unit_path)) throw new AppError('forbidden');
    if (request.state === 'withdrawn') throw new AppError('info_request_withdrawn');
    if (!pendingInfoRequestStates.includes(request.state) || !openAssignmentStatuses.includes(lead.status)) {
      throw new AppError('info_request_already_answered');
    }
    const answer = checkAnswer(input, active);
    const files = answer.documents.map((doc) => doc.attachmentId).filter((id): id is string => id !== null);
    if ((await countUnusedUploads(tx, files, ctx.actor.userId)) !== files.length) {
      throw new AppError('validation_failed', {
        fields: [
          {
            path: '/documents',
            th: 'ไม่พบไฟล์ที่แนบ หรือไฟล์ถูกใช้ไปแล้ว โปรดอัปโหลดไฟล์อีกครั้ง',
            en: 'An attached file was not found or is already used. Upload it again.',
          },
        ],
      });
    }
    const now = ctx.clock.now();
    const appealDeadlineAt = refusesSomething(answer) ? appealDeadlineFrom(now) : null;
    const answerId = await insertAnswer(tx, {
      caseId,
      unitId: lead.unit_id,
      outcome: answer.outcome,
      message: answer.message,
      groundCodes: answer.groundCodes,
      feeBaht: answer.feeBaht,
      feeNote: answer.feeNote,
      appealDeadlineAt,
      answeredBy: ctx.actor.userId,
      now,
    });
    const documentIds: string[] = [];
    for (const doc of answer.documents) documentIds.push(await insertAnswerDocument(tx, { caseId, answerId, ...doc, now }));

    const by = { userId: ctx.actor.userId, unitId: ctx.actor.unitId };
    let status = lead.status;
    if (status === 'sent') {
      ({ to: status } = await changeAssignmentStatus(tx, {
        kase,
        assignment: { id: lead.id, status },
        move: 'acknowledge',
        by,
        event: { type: 'acknowledged', data: { via: 'answer' } },
        now,
      }));
    }
    const current = (await findCase(tx, caseId))!;
    const grounds = groundsUsed(answer);
    const { eventId } = await changeAssignmentStatus(tx, {
      kase: current,
      assignment: { id: lead.id, status },
      move: 'complete',
      by,
      event: {
        type: 'info_request_answered',
        data: {
          answerId,
          outcome: answer.outcome,
          groundCodes: grounds,
          feeBaht: answer.feeBaht,
          documents: answer.documents.map((doc) => ({ title: doc.title, disclosure: doc.disclosure })),
          appealDeadlineAt: appealDeadlineAt?.toISOString() ?? null,
        },
      },
      now,
    });
    // The agency assigned its own lead: the answer is its final word, so the lead is accepted at once and
    // the case completes; an objection that sends the request back reopens it.
    await changeAssignmentStatus(tx, {
      kase: (await findCase(tx, caseId))!,
      assignment: { id: lead.id, status: 'done' },
      move: 'accept',
      by,
      event: { type: 'accepted', data: { via: 'answer', answerId } },
      now,
    });
    await linkAttachments(tx, { ids: files, uploadedBy: ctx.actor.userId, caseId, eventId });
    await setRequestState(tx, { caseId, state: answer.outcome, answeredAt: now, now });
    await appendCaseSearchWords(tx, caseId, toSearchWords(answer.message, ...answer.documents.map((doc) => doc.title)));
    const messagesQueued = await tellRequester(tx, {
      caseId,
      ref: kase.ref,
      trackingCode: request.tracking_code,
      answer,
      grounds,
      appealDeadlineAt,
      now,
    });
    return { answerId, documentIds, appealDeadlineAt, messagesQueued };
  });
}

async function tellRequester(
  tx: Queryable,
  input: {
    caseId: string;
    ref: string;
    trackingCode: string;
    answer: ReturnType<typeof checkAnswer>;
    grounds: string[];
    appealDeadlineAt: Date | null;
    now: Date;
  },
): Promise<number> {
  const named = (await listDisclosureGrounds(tx)).filter((ground) => input.grounds.includes(ground.code));
  const message = answerMessage({
    ref: input.ref,
    trackingCode: input.trackingCode,
    outcome: input.answer.outcome,
    message: input.answer.message,
    grounds: named,
    feeBaht: input.answer.feeBaht,
    feeNote: input.answer.feeNote,
    appealDeadline: input.appealDeadlineAt,
  });
  return enqueueForComplainants(tx, {
    caseId: input.caseId,
    kind: 'info_request_answered',
    subject: message.subject,
    body: message.body,
    payload: { trackingCode: input.trackingCode, outcome: input.answer.outcome },
    now: input.now,
  });
}
