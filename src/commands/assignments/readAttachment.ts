import { findAttachmentMeta, readAttachmentData, type AttachmentMeta } from '../../db/queries/attachmentQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { readCase } from '../cases/readCase.ts';
import type { ReadContext } from '../context.ts';

/**
 * One evidence file with its bytes, for whoever may read the case it belongs to and sees the
 * assignment it was filed under, or for its uploader before it is used. Anyone else is told
 * it is not found, so a file id does not reveal a case (OWASP ASVS 4.0 4.2.1, IDOR).
 */
export async function readAttachment(ctx: ReadContext, id: string): Promise<{ meta: AttachmentMeta; data: Buffer }> {
  const meta = await findAttachmentMeta(ctx.db, id);
  if (!meta) throw new AppError('not_found');
  if (meta.case_id) {
    const view = await readCase(ctx, meta.case_id);
    if (!view.attachments.some((file) => file.id === meta.id)) throw new AppError('not_found');
  } else if (meta.uploaded_by !== ctx.actor.userId) {
    throw new AppError('not_found');
  }
  return { meta, data: await readAttachmentData(ctx.db, meta.id) };
}
