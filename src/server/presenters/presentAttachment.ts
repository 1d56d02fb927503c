import type { AttachmentMeta } from '../../db/queries/attachmentQueries.ts';

/** An evidence file's description: never its uploader or its hash, which are the server's own. */
export function presentAttachment(file: AttachmentMeta) {
  return {
    id: file.id,
    filename: file.filename,
    contentType: file.content_type,
    sizeBytes: file.size_bytes,
    eventId: file.event_id,
    createdAt: file.created_at.toISOString(),
  };
}
