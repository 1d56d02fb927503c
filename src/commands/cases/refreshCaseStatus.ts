import type { Queryable } from '../../db/database.ts';
import { topLevelAssignmentStates, touchCase, updateCaseStatus, type CaseRow } from '../../db/queries/caseQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { deriveCaseStatus } from '../../domain/cases/deriveCaseStatus.ts';

/**
 * After an assignment changes, bring the case status in line and record the change when there is one.
 * `actor` is whoever made the change: a staff member, or nobody (a citizen reopening, the system).
 */
export async function refreshCaseStatus(
  tx: Queryable,
  kase: Pick<CaseRow, 'id' | 'status'>,
  actor: { userId: string | null; unitId: string | null },
  now: Date,
): Promise<void> {
  const next = deriveCaseStatus(kase.status, await topLevelAssignmentStates(tx, kase.id));
  if (next === kase.status) {
    await touchCase(tx, kase.id, now);
    return;
  }
  await updateCaseStatus(tx, kase.id, next, now);
  await appendEvent(tx, {
    caseId: kase.id,
    type: 'status_changed',
    actorUserId: actor.userId,
    actorUnitId: actor.unitId,
    data: { from: kase.status, to: next },
    at: now,
  });
}
