import { returnUnfinishedAssignments } from '../../db/queries/assignmentQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { setInfoRequestState } from '../../db/queries/infoRequestHandlingQueries.ts';
import { parseTrackingCode } from '../../domain/complaints/trackingCode.ts';
import { AppError } from '../../domain/errors.ts';
import { requestWithdrawnMessage } from '../../domain/infoRequests/requesterMessages.ts';
import { pendingInfoRequestStates } from '../../shared/infoRequests.ts';
import type { PublicContext } from '../context.ts';
import { loadByCode } from './loadInfoRequest.ts';
import { notifyRequester } from './notifyRequester.ts';

/**
 * The requester withdraws their request by its tracking code while the agency still owes an answer:
 * the request reads `withdrawn`, its assignments are closed (returned with the reason) and its case
 * closed, with the event and the message to the requester in the same transaction.
 */
export async function withdrawInfoRequest(deps: PublicContext, code: string): Promise<void> {
  const trackingCode = parseTrackingCode(code);
  if (!trackingCode) throw new AppError('not_found');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const request = await loadByCode(tx, trackingCode, { forUpdate: true });
    if (!pendingInfoRequestStates.includes(request.state) || request.case_status === 'closed') throw new AppError('invalid_transition');
    await setInfoRequestState(tx, { caseId: request.case_id, state: 'withdrawn', now, withdrawnAt: now, clarificationSince: null });
    await returnUnfinishedAssignments(tx, { caseId: request.case_id, reason: 'ผู้ขอถอนคำขอ / The requester withdrew the request', now });
    await tx.query(`update cases set status = 'closed', closed_at = $2, updated_at = $2 where id = $1`, [request.case_id, now]);
    await appendEvent(tx, {
      caseId: request.case_id,
      type: 'info_request_withdrawn',
      actorUserId: null,
      actorUnitId: null,
      data: { by: 'requester' },
      at: now,
    });
    await notifyRequester(tx, {
      caseId: request.case_id,
      kind: 'info_request_withdrawn',
      trackingCode,
      message: requestWithdrawnMessage({ trackingCode, ref: request.ref }),
      now,
    });
  });
}
