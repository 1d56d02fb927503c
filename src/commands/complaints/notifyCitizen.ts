import type { Queryable } from '../../db/database.ts';
import { topLevelAssignmentStates, updateCaseStatus } from '../../db/queries/caseQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { enqueueForComplainants } from '../../db/queries/outboxQueries.ts';
import { deriveCaseStatus } from '../../domain/cases/deriveCaseStatus.ts';
import type { CaseStatus } from '../../domain/cases/caseKinds.ts';
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

/** Brings the case status in line after a change made by a citizen or the system (no staff actor). */
export async function refreshComplaintCaseStatus(
  tx: Queryable,
  input: { caseId: string; status: CaseStatus; actorUserId: string | null; actorUnitId: string | null; now: Date },
): Promise<void> {
  const next = deriveCaseStatus(input.status, await topLevelAssignmentStates(tx, input.caseId));
  if (next === input.status) return;
  await updateCaseStatus(tx, input.caseId, next, input.now);
  await appendEvent(tx, {
    caseId: input.caseId,
    type: 'status_changed',
    actorUserId: input.actorUserId,
    actorUnitId: input.actorUnitId,
    data: { from: input.status, to: next },
    at: input.now,
  });
}
