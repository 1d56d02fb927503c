import { appendEvent } from '../../db/queries/eventQueries.ts';
import {
  clearPublishedAnswers,
  listDocuments,
  setAnswerPublishedMessage,
  setInfoRequestPublication,
  type DocumentRow,
} from '../../db/queries/infoRequestOpenQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { RedactedText } from '../../domain/infoRequests/redaction.ts';
import {
  canPublishInfoRequest,
  canReadInfoRequestPublication,
  canReviewInfoRequestDocument,
} from '../../domain/policies/infoRequestOpenPolicy.ts';
import { toSearchWords } from '../../domain/thai/segmentWords.ts';
import type { CommandContext, ReadContext } from '../context.ts';
import { redactInfoRequest } from './redactInfoRequest.ts';

export interface PublicationDocument {
  id: string;
  answerId: string;
  title: string;
  disclosure: DocumentRow['disclosure'];
  groundCodes: string[];
  reviewStatus: DocumentRow['review_status'];
  reviewedAt: Date | null;
  reviewNote: string | null;
  filename: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  /** Whether this actor may approve or reject it (a coordinator of the agency who did not upload it). */
  canReview: boolean;
}

export interface InfoRequestPublication {
  caseId: string;
  ref: string;
  agency: { id: string; code: string; nameTh: string; nameEn: string | null };
  state: string;
  publishConsent: boolean;
  publishedAt: Date | null;
  /** What would be published now (already redacted), each replacement marked. */
  title: RedactedText;
  body: RedactedText;
  answers: { id: string; outcome: string; createdAt: Date; message: RedactedText; published: boolean }[];
  documents: PublicationDocument[];
  canPublish: boolean;
}

/** The publication preview of a request: staff handling it, and national roles reading. */
export async function readInfoRequestPublication(ctx: ReadContext, caseId: string): Promise<InfoRequestPublication> {
  const redacted = await redactInfoRequest(ctx.db, caseId);
  const { subject } = redacted;
  if (!canReadInfoRequestPublication(ctx.actor, subject.agency_path)) throw new AppError('not_found');
  const documents = await listDocuments(ctx.db, caseId);
  return {
    caseId,
    ref: subject.ref,
    agency: { id: subject.agency_unit_id, code: subject.agency_code, nameTh: subject.agency_name_th, nameEn: subject.agency_name_en },
    state: subject.state,
    publishConsent: subject.publish_consent,
    publishedAt: subject.published_at,
    title: redacted.title,
    body: redacted.body,
    answers: redacted.answers.map(({ answer, message }) => ({
      id: answer.id,
      outcome: answer.outcome,
      createdAt: answer.created_at,
      message,
      published: answer.published_message !== null,
    })),
    documents: documents.map((doc) => ({
      id: doc.id,
      answerId: doc.answer_id,
      title: doc.title,
      disclosure: doc.disclosure,
      groundCodes: doc.ground_codes,
      reviewStatus: doc.review_status,
      reviewedAt: doc.reviewed_at,
      reviewNote: doc.review_note,
      filename: doc.filename,
      contentType: doc.content_type,
      sizeBytes: doc.size_bytes,
      canReview: doc.disclosure !== 'withheld' && canReviewInfoRequestDocument(ctx.actor, subject.agency_path, doc.uploaded_by),
    })),
    canPublish: canPublishInfoRequest(ctx.actor, subject.agency_path),
  };
}

/**
 * Publishes a request on the disclosure log, or publishes it again with what changed since (a new
 * answer, a new rule): only when the requester consented (`publish_consent_missing` otherwise).
 * The redacted title, body and answer messages are stored as published, with the words the
 * disclosure log's search reads; documents appear only once a person approved them.
 */
export async function publishInfoRequest(ctx: CommandContext, caseId: string): Promise<{ caseId: string; publishedAt: Date }> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const redacted = await redactInfoRequest(tx, caseId, { forUpdate: true });
    const { subject } = redacted;
    if (!canReadInfoRequestPublication(ctx.actor, subject.agency_path)) throw new AppError('not_found');
    if (!canPublishInfoRequest(ctx.actor, subject.agency_path)) throw new AppError('forbidden');
    if (!subject.publish_consent) throw new AppError('publish_consent_missing');
    const messages = redacted.answers.map((a) => a.message.text);
    const texts = [redacted.title.text, redacted.body.text, ...messages];
    await setInfoRequestPublication(tx, caseId, {
      title: redacted.title.text,
      body: redacted.body.text,
      searchWords: toSearchWords(...texts),
      searchText: texts.join(' ').toLowerCase(),
      at: subject.published_at ?? now,
    });
    for (const { answer, message } of redacted.answers) await setAnswerPublishedMessage(tx, answer.id, message.text);
    await appendEvent(tx, {
      caseId,
      type: subject.published_at ? 'info_request_republished' : 'info_request_published',
      actorUserId: ctx.actor.userId,
      actorUnitId: ctx.actor.unitId,
      data: { answers: redacted.answers.length, rules: redacted.rules.length },
      at: now,
    });
    return { caseId, publishedAt: subject.published_at ?? now };
  });
}

/** Withdraws a request from the disclosure log: its text, answers and documents leave the portal at once. */
export async function withdrawInfoRequestPublication(ctx: CommandContext, caseId: string): Promise<{ caseId: string; publishedAt: null }> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const redacted = await redactInfoRequest(tx, caseId, { forUpdate: true });
    const { subject } = redacted;
    if (!canReadInfoRequestPublication(ctx.actor, subject.agency_path)) throw new AppError('not_found');
    if (!canPublishInfoRequest(ctx.actor, subject.agency_path)) throw new AppError('forbidden');
    if (subject.published_at === null) return { caseId, publishedAt: null };
    await setInfoRequestPublication(tx, caseId, null);
    await clearPublishedAnswers(tx, caseId);
    await appendEvent(tx, {
      caseId,
      type: 'info_request_unpublished',
      actorUserId: ctx.actor.userId,
      actorUnitId: ctx.actor.unitId,
      data: {},
      at: now,
    });
    return { caseId, publishedAt: null };
  });
}
