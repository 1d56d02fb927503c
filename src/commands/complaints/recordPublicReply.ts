import type { Queryable } from '../../db/database.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { limits } from '../../shared/limits.ts';

/**
 * Staff's words to the citizen, checked: a public reply says what was done in a few plain words,
 * never an empty line. Kept apart from internal notes (`note` on every move), which the citizen never sees.
 */
export function checkPublicReply(text: string, path = '/publicReply'): string {
  const trimmed = text.trim();
  if (trimmed.length < limits.reasonMin || trimmed.length > limits.reasonMax) {
    throw new AppError('validation_failed', {
      fields: [
        {
          path,
          th: `โปรดเขียนข้อความถึงผู้ร้องเรียน ${limits.reasonMin}–${limits.reasonMax} ตัวอักษร`,
          en: `Write ${limits.reasonMin}–${limits.reasonMax} characters to the citizen.`,
        },
      ],
    });
  }
  return trimmed;
}

/**
 * Records a public reply as the case event `public_reply`, in the caller's transaction: the text as
 * written stays with the staff member and unit who wrote it (the audit trail), and the tracking page
 * and the citizen's message show it through `maskPersonalData`, as every free text beyond the
 * handling unit is shown.
 */
export async function recordPublicReply(
  tx: Queryable,
  input: { caseId: string; assignmentId: string | null; message: string; by: { userId: string | null; unitId: string | null }; now: Date },
): Promise<number> {
  return appendEvent(tx, {
    caseId: input.caseId,
    assignmentId: input.assignmentId,
    type: 'public_reply',
    actorUserId: input.by.userId,
    actorUnitId: input.by.unitId,
    data: { message: input.message },
    at: input.now,
  });
}
