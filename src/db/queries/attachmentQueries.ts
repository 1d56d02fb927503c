import type { Queryable } from '../database.ts';

export interface AttachmentMeta {
  id: string;
  case_id: string | null;
  event_id: number | null;
  uploaded_by: string | null;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  created_at: Date;
}

const META = 'id, case_id, event_id, uploaded_by, filename, content_type, size_bytes, sha256, created_at';

export async function insertAttachment(
  db: Queryable,
  input: { uploadedBy: string | null; filename: string; contentType: string; sha256: string; data: Buffer; now: Date },
): Promise<AttachmentMeta> {
  const result = await db.query<AttachmentMeta>(
    `insert into attachments (uploaded_by, filename, content_type, size_bytes, sha256, data, created_at)
     values ($1, $2, $3, $4, $5, $6, $7) returning ${META}`,
    [input.uploadedBy, input.filename, input.contentType, input.data.length, input.sha256, input.data, input.now],
  );
  return result.rows[0]!;
}

/** Links uploaded, still unused files of one uploader to an event; returns how many were linked. */
export async function linkAttachments(
  db: Queryable,
  input: { ids: readonly string[]; uploadedBy: string; caseId: string; eventId: number },
): Promise<number> {
  if (input.ids.length === 0) return 0;
  const result = await db.query(
    `update attachments set case_id = $3, event_id = $4
      where id = any($1::uuid[]) and uploaded_by = $2 and event_id is null`,
    [input.ids, input.uploadedBy, input.caseId, input.eventId],
  );
  return result.rowCount;
}

export async function findAttachmentMeta(db: Queryable, id: string): Promise<AttachmentMeta | undefined> {
  const result = await db.query<AttachmentMeta>(`select ${META} from attachments where id = $1`, [id]);
  return result.rows[0];
}

export async function readAttachmentData(db: Queryable, id: string): Promise<Buffer> {
  const result = await db.query<{ data: Uint8Array }>('select data from attachments where id = $1', [id]);
  return Buffer.from(result.rows[0]!.data);
}

/** A case's files, each with the assignment its event belongs to (null for case-level events). */
export async function listCaseAttachments(db: Queryable, caseId: string): Promise<(AttachmentMeta & { assignment_id: string | null })[]> {
  const result = await db.query<AttachmentMeta & { assignment_id: string | null }>(
    `select f.id, f.case_id, f.event_id, f.uploaded_by, f.filename, f.content_type, f.size_bytes, f.sha256, f.created_at,
            e.assignment_id
       from attachments f left join case_events e on e.id = f.event_id
      where f.case_id = $1 order by f.created_at, f.id`,
    [caseId],
  );
  return result.rows;
}
