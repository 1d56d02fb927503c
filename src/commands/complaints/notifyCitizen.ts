import type { Queryable } from '../../db/database.ts';
import { enqueueForComplainants, listFollowingCodes } from '../../db/queries/outboxQueries.ts';
import { statusChangedMessage, type CitizenStatus } from '../../domain/complaints/citizenMessages.ts';

/**
 * Queues a status message for every complainant following the case (read of their contacts logged).
 * Citizens of a complaint merged into this one are told under their own tracking code: a tracking
 * code lets its holder rate and reopen, so it never reaches another citizen (issue 9, finding 2).
 */
export async function notifyCitizen(
  tx: Queryable,
  input: { caseId: string; trackingCode: string; status: CitizenStatus; note?: string | null; reply?: string | null; now: Date },
): Promise<number> {
  let queued = 0;
  for (const group of await listFollowingCodes(tx, input.caseId)) {
    const trackingCode = group.original_case_id === input.caseId ? input.trackingCode : group.tracking_code;
    const message = statusChangedMessage({ ...input, trackingCode });
    queued += await enqueueForComplainants(tx, {
      caseId: input.caseId,
      originalCaseId: group.original_case_id,
      kind: 'status_changed',
      subject: message.subject,
      body: message.body,
      payload: { trackingCode, status: input.status },
      now: input.now,
    });
  }
  return queued;
}
