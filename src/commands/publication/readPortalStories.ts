import { findAttachmentMeta, readAttachmentData, type AttachmentMeta } from '../../db/queries/attachmentQueries.ts';
import { isPublishedStoryPhoto, listPublicStories } from '../../db/queries/publicationQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { PublicContext } from '../context.ts';

export interface PortalStory {
  id: string;
  category: { th: string; en: string | null };
  place: { th: string; en: string | null } | null;
  text: string;
  reply: string;
  resolvedAt: Date | null;
  publishedAt: Date;
  beforePhotoId: string | null;
  afterPhotoId: string | null;
}

/**
 * Recently resolved complaints that staff published, newest first, in some provinces or the whole
 * country. Only what staff wrote for the public leaves: never the complaint's own text, contact,
 * point, address or tracking code. The story's id is its case id, which no citizen holds as a key.
 */
export async function readPortalStories(
  ctx: PublicContext,
  input: { areaCodes: readonly string[] | null; limit: number },
): Promise<PortalStory[]> {
  const rows = await listPublicStories(ctx.db, input);
  return rows.map((row) => ({
    id: row.case_id,
    category: { th: row.category_name_th, en: row.category_name_en },
    place: row.place_name_th
      ? {
          th: [row.place_name_th, row.parent_name_th].filter(Boolean).join(' '),
          en: row.place_name_en ? [row.place_name_en, row.parent_name_en].filter(Boolean).join(', ') : null,
        }
      : null,
    text: row.public_text,
    reply: row.public_reply,
    resolvedAt: row.resolved_at,
    publishedAt: row.published_at,
    beforePhotoId: row.before_attachment_id,
    afterPhotoId: row.after_attachment_id,
  }));
}

/** A story's photo, only while the story is published; any other file is not found. */
export async function readPortalStoryPhoto(ctx: PublicContext, attachmentId: string): Promise<{ meta: AttachmentMeta; data: Buffer }> {
  if (!(await isPublishedStoryPhoto(ctx.db, attachmentId))) throw new AppError('not_found');
  const meta = await findAttachmentMeta(ctx.db, attachmentId);
  if (!meta || !meta.content_type.startsWith('image/')) throw new AppError('not_found');
  return { meta, data: await readAttachmentData(ctx.db, attachmentId) };
}
