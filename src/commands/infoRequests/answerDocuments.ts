import { createHash } from 'node:crypto';
import { findAttachmentMeta, insertAttachment, readAttachmentData, type AttachmentMeta } from '../../db/queries/attachmentQueries.ts';
import { findAnswerDocument, findLeadAssignment } from '../../db/queries/infoRequestAnswerQueries.ts';
import { findInfoRequestByCase } from '../../db/queries/infoRequestQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canAnswerInfoRequest } from '../../domain/policies/infoRequestAnswersPolicy.ts';
import { reaches } from '../../domain/roles.ts';
import { limits } from '../../shared/limits.ts';
import { safeFilename, sniffContentType } from '../assignments/uploadAttachment.ts';
import { readCase } from '../cases/readCase.ts';
import type { CommandContext, ReadContext } from '../context.ts';

/**
 * The documents an agency releases: PDF and the office formats the attachment machinery accepts
 * (Word, Excel), never an image or plain text, whose type says nothing about what it holds. The type
 * is read from the bytes, as for every upload.
 */
export const answerDocumentTypes: readonly string[] = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/**
 * A file for an answer, uploaded before the answer is sent: only by staff who may answer this request.
 * Stored in the attachments table without a case until an answer uses it; a file no answer uses is
 * harmless (nobody but its uploader reads it).
 */
export async function uploadAnswerDocument(
  ctx: CommandContext,
  caseId: string,
  input: { filename: string; data: Buffer },
): Promise<AttachmentMeta> {
  const request = await findInfoRequestByCase(ctx.db, caseId);
  const lead = request ? await findLeadAssignment(ctx.db, caseId) : undefined;
  if (!request || !lead || !reaches(ctx.actor, lead.unit_path)) throw new AppError('not_found');
  if (!canAnswerInfoRequest(ctx.actor, lead.unit_path)) throw new AppError('forbidden');
  if (input.data.length === 0) {
    throw new AppError('validation_failed', { fields: [{ path: '/file', th: 'ไฟล์ว่างเปล่า', en: 'The file is empty.' }] });
  }
  if (input.data.length > limits.attachmentBytesMax) throw new AppError('payload_too_large');
  const contentType = await sniffContentType(input.data, input.filename);
  if (!contentType || !answerDocumentTypes.includes(contentType)) {
    throw new AppError('file_type_not_allowed', {
      th: 'เอกสารคำตอบต้องเป็นไฟล์ PDF, Word (.docx) หรือ Excel (.xlsx)',
      en: 'An answer document must be a PDF, Word (.docx) or Excel (.xlsx) file.',
    });
  }
  return insertAttachment(ctx.db, {
    uploadedBy: ctx.actor.userId,
    filename: safeFilename(input.filename),
    contentType,
    sha256: createHash('sha256').update(input.data).digest('hex'),
    data: input.data,
    now: ctx.clock.now(),
  });
}

/** One answer document's file, for staff who may read the request's case; a withheld document has none (404). */
export async function readAnswerDocument(
  ctx: ReadContext,
  caseId: string,
  documentId: string,
): Promise<{ meta: AttachmentMeta; data: Buffer }> {
  await readCase(ctx, caseId);
  const doc = await findAnswerDocument(ctx.db, caseId, documentId);
  if (!doc?.attachment_id) throw new AppError('not_found');
  const meta = await findAttachmentMeta(ctx.db, doc.attachment_id);
  if (!meta) throw new AppError('not_found');
  return { meta, data: await readAttachmentData(ctx.db, meta.id) };
}
