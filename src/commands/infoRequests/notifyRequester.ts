import type { Queryable } from '../../db/database.ts';
import { enqueueForComplainants } from '../../db/queries/outboxQueries.ts';
import type { CitizenMessage } from '../../domain/complaints/citizenMessages.ts';

/**
 * Queues a message to the requester through the outbox (e-mail, or SMS to a mobile number given
 * alone), in the transaction of the change it reports; reading their contact is logged like a
 * complainant's. A requester who gave only a postal address is answered by letter by the agency.
 */
export async function notifyRequester(
  tx: Queryable,
  input: { caseId: string; kind: string; message: CitizenMessage; trackingCode: string; now: Date },
): Promise<number> {
  return enqueueForComplainants(tx, {
    caseId: input.caseId,
    kind: input.kind,
    subject: input.message.subject,
    body: input.message.body,
    payload: { trackingCode: input.trackingCode, kind: 'info_request' },
    now: input.now,
  });
}
