import type { Queryable } from '../../db/database.ts';
import { enqueueForComplainants } from '../../db/queries/outboxQueries.ts';
import { statusChangedMessage, type CitizenStatus } from '../../domain/complaints/citizenMessages.ts';

/** Queues a status message for every complainant following the case (read of their contacts logged). */
export async function notifyCitizen(
  tx: Queryable,
  input: { caseId: string; trackingCode: string; status: CitizenStatus; note?: string | null; now: Date },
): Promise<number> {
  const message = statusChangedMessage(input);
  return enqueueForComplainants(tx, {
    caseId: input.caseId,
    kind: 'status_changed',
    subject: message.subject,
    body: message.body,
    payload: { trackingCode: input.trackingCode, status: input.status },
    now: input.now,
  });
}
