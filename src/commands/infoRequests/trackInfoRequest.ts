import type { Queryable } from '../../db/database.ts';
import {
  findRequesterDocument,
  listInfoRequestAnswers,
  listInfoRequestDocuments,
  listInfoRequestTransfers,
  listPublicInfoRequestEvents,
  type InfoRequestForHandling,
} from '../../db/queries/infoRequestHandlingQueries.ts';
import { readAttachmentData, findAttachmentMeta } from '../../db/queries/attachmentQueries.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import { parseTrackingCode } from '../../domain/complaints/trackingCode.ts';
import { AppError } from '../../domain/errors.ts';
import { infoRequestDisplayState, mayObject } from '../../domain/infoRequests/displayState.ts';
import { publicStepText } from '../../domain/infoRequests/publicSteps.ts';
import { pendingInfoRequestStates } from '../../shared/infoRequests.ts';
import type { TrackedInfoRequestView } from '../../shared/api/infoRequests.ts';
import type { PublicContext } from '../context.ts';
import { loadByCode } from './loadInfoRequest.ts';

const words = (th: string, en: string | null) => ({ th, en: en ?? th });

/**
 * What the requester and staff both read of a request: its state in plain words, the agency and its
 * deadline, transfers with their reasons, the question asked, the answers with their documents (the
 * grounds of what was withheld named), and a timeline without staff names or personal data.
 */
export async function publicInfoRequestView(db: Queryable, request: InfoRequestForHandling, now: Date): Promise<TrackedInfoRequestView> {
  const [transfers, answers, documents, events] = [
    await listInfoRequestTransfers(db, request.case_id),
    await listInfoRequestAnswers(db, request.case_id),
    await listInfoRequestDocuments(db, request.case_id),
    await listPublicInfoRequestEvents(db, request.case_id),
  ];
  const displayState = infoRequestDisplayState(
    {
      state: request.state,
      dueAt: request.due_at,
      longOverdueAt: request.long_overdue_at,
      clarificationSince: request.clarification_since,
    },
    now,
  );
  const question = [...events].reverse().find((event) => event.type === 'clarification_requested');
  const grounds = (docs: typeof documents) => docs.flatMap((d) => d.grounds);
  return {
    ref: request.ref,
    title: maskPersonalData(request.title),
    body: maskPersonalData(request.body),
    formWanted: request.form_wanted,
    state: request.state,
    displayState,
    agency: words(request.agency_name_th, request.agency_name_en),
    receivedAt: request.received_at.toISOString(),
    dueAt: request.due_at?.toISOString() ?? null,
    clarificationQuestion:
      request.state === 'clarification_needed' && typeof question?.data.question === 'string'
        ? maskPersonalData(question.data.question)
        : null,
    transfers: transfers.map((t) => ({
      at: t.created_at.toISOString(),
      from: words(t.from_name_th, t.from_name_en),
      to: words(t.to_name_th, t.to_name_en),
      reason: maskPersonalData(t.reason),
    })),
    answers: answers.map((answer) => {
      const own = documents.filter((d) => d.answer_id === answer.id);
      const codes = new Set(answer.ground_codes);
      const named = new Map(grounds(documents).map((g) => [g.code, g]));
      return {
        at: answer.created_at.toISOString(),
        outcome: answer.outcome,
        message: maskPersonalData(answer.message),
        feeBaht: Number(answer.fee_baht),
        feeNote: answer.fee_note,
        appealDeadlineAt: answer.appeal_deadline_at?.toISOString() ?? null,
        grounds: [...codes].map((code) => {
          const g = named.get(code);
          return { code, name: g ? words(g.name_th, g.name_en) : words(code, code) };
        }),
        documents: own.map((d) => ({
          id: d.id,
          title: d.title,
          disclosure: d.disclosure,
          grounds: d.grounds.map((g) => ({ code: g.code, name: words(g.name_th, g.name_en) })),
          downloadable: d.attachment_id !== null,
        })),
      };
    }),
    steps: events.map((event) => {
      const step = publicStepText(event.type, event.data);
      return {
        at: event.created_at.toISOString(),
        kind: event.type,
        text: step.text,
        message: step.message ? maskPersonalData(step.message) : null,
      };
    }),
    canWithdraw: pendingInfoRequestStates.includes(request.state) && request.case_status !== 'closed',
    canObject: mayObject(
      displayState,
      answers.map((a) => a.outcome),
    ),
  };
}

/** The request by its tracking code, for whoever holds it; an unknown or malformed code is `not_found`, said the same way. */
export async function trackInfoRequest(deps: PublicContext, code: string): Promise<TrackedInfoRequestView> {
  const trackingCode = parseTrackingCode(code);
  if (!trackingCode) throw new AppError('not_found');
  const request = await loadByCode(deps.db, trackingCode);
  return publicInfoRequestView(deps.db, request, deps.clock.now());
}

/** A document of the answer for the requester holding the code, whatever its publication review. */
export async function readRequesterDocument(deps: PublicContext, code: string, documentId: string) {
  const trackingCode = parseTrackingCode(code);
  if (!trackingCode) throw new AppError('not_found');
  const document = await findRequesterDocument(deps.db, trackingCode, documentId);
  if (!document) throw new AppError('not_found');
  const meta = await findAttachmentMeta(deps.db, document.attachment_id);
  if (!meta) throw new AppError('not_found');
  return { meta, data: await readAttachmentData(deps.db, meta.id) };
}
