import type { Queryable } from '../../db/database.ts';
import { updateCaseStatus } from '../../db/queries/caseQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';

/**
 * Opens a closed case again, inside the caller's transaction, and records it: `deriveCaseStatus`
 * never undoes a close by itself, so a citizen reopening a complaint its owner had closed passes
 * through here first (their 30 days outlast the close). Nobody on the staff side did it: no actor.
 */
export async function reopenClosedCase(tx: Queryable, input: { caseId: string; now: Date }): Promise<void> {
  await updateCaseStatus(tx, input.caseId, 'in_progress', input.now);
  await appendEvent(tx, {
    caseId: input.caseId,
    type: 'status_changed',
    actorUserId: null,
    actorUnitId: null,
    data: { from: 'closed', to: 'in_progress', by: 'citizen' },
    at: input.now,
  });
}
