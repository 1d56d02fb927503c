import type { Queryable } from '../../db/database.ts';
import { linkAttachments } from '../../db/queries/attachmentQueries.ts';
import { AppError } from '../../domain/errors.ts';

/** Links evidence files uploaded first (each has an id) to the event that cites them; all of them, or the whole report fails. */
export async function attachEvidence(
  tx: Queryable,
  input: { ids: readonly string[]; uploadedBy: string; caseId: string; eventId: number },
): Promise<void> {
  const linked = await linkAttachments(tx, input);
  if (linked !== new Set(input.ids).size) {
    throw new AppError('validation_failed', {
      fields: [
        {
          path: '/attachmentIds',
          th: 'ไม่พบไฟล์แนบบางไฟล์ หรือไฟล์นั้นถูกใช้ไปแล้ว โปรดแนบไฟล์ใหม่',
          en: 'Some attached files were not found or are already used. Attach them again.',
        },
      ],
    });
  }
}
