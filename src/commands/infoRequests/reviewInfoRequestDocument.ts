import { appendEvent } from '../../db/queries/eventQueries.ts';
import { findPublicationSubject, listDocuments, setDocumentReview } from '../../db/queries/infoRequestOpenQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canReadInfoRequestPublication, canReviewInfoRequestDocument } from '../../domain/policies/infoRequestOpenPolicy.ts';
import type { CommandContext } from '../context.ts';

export interface DocumentReviewInput {
  status: 'approved' | 'rejected';
  note?: string | null | undefined;
}

/**
 * A person's review of one document of an answer before it may be published: approved (the file
 * may be downloaded from the disclosure log while the request is published) or rejected (it never
 * is). Automatic redaction of PDFs is unreliable, so nothing is published without this. The
 * reviewer is a coordinator of the agency who did not upload the file. A withheld document has no
 * file: it is listed publicly by title and ground only, and there is nothing to review.
 */
export async function reviewInfoRequestDocument(
  ctx: CommandContext,
  caseId: string,
  documentId: string,
  input: DocumentReviewInput,
): Promise<{ id: string; reviewStatus: 'approved' | 'rejected'; reviewedAt: Date }> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const subject = await findPublicationSubject(tx, caseId, { forUpdate: true });
    if (!subject || !canReadInfoRequestPublication(ctx.actor, subject.agency_path)) throw new AppError('not_found');
    const document = (await listDocuments(tx, caseId, { documentId, forUpdate: true }))[0];
    if (!document) throw new AppError('not_found');
    if (document.disclosure === 'withheld') {
      throw new AppError('invalid_transition', {
        th: 'เอกสารที่ไม่เปิดเผยไม่มีไฟล์ให้ตรวจ จะแสดงต่อสาธารณะเพียงชื่อเอกสารและเหตุที่ไม่เปิดเผย',
        en: 'A withheld document has no file to review: the public sees only its title and the ground.',
      });
    }
    if (!canReviewInfoRequestDocument(ctx.actor, subject.agency_path, document.uploaded_by)) throw new AppError('forbidden');
    const note = input.note?.trim() || null;
    await setDocumentReview(tx, { documentId, status: input.status, by: ctx.actor.userId, at: now, note });
    await appendEvent(tx, {
      caseId,
      type: 'info_request_document_reviewed',
      actorUserId: ctx.actor.userId,
      actorUnitId: ctx.actor.unitId,
      data: { documentId, status: input.status },
      at: now,
    });
    return { id: documentId, reviewStatus: input.status, reviewedAt: now };
  });
}
