import type { Queryable } from '../../db/database.ts';
import type { AssignmentMove, AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';
import type { CitizenStatus } from '../../domain/complaints/citizenMessages.ts';
import { notifyCitizen } from './notifyCitizen.ts';

/**
 * What the citizen hears when their complaint's lead assignment moves. A cascade and a progress report
 * are news too (the office is working on it), even when the lead was already in progress. Returning,
 * accepting and rerouting say nothing: the citizen hears from the unit that takes the complaint next.
 */
const citizenNews: Partial<Record<AssignmentMove, CitizenStatus>> = {
  acknowledge: 'acknowledged',
  cascade: 'in_progress',
  progress: 'in_progress',
  complete: 'resolved',
  send_back: 'in_progress',
  reopen: 'reopened',
};

/**
 * The complaint's hook in `assignmentHooks`: when the top-level lead assignment moves, records when the
 * complaint was resolved (the reopening window counts from it) and tells the citizen through the outbox,
 * in the words of `statusChangedMessage` (no staff names, no internal notes). Moves of other
 * assignments (units below the lead, supporting units) are internal.
 */
export async function onComplaintTransition(
  tx: Queryable,
  input: { caseId: string; assignmentId: string; move: AssignmentMove; to: AssignmentStatus; now: Date },
): Promise<void> {
  const row = await tx.query<{ tracking_code: string; lead: boolean }>(
    `select k.tracking_code, (a.role = 'lead' and a.parent_id is null) as lead
       from complaints k join assignments a on a.case_id = k.case_id where k.case_id = $1 and a.id = $2`,
    [input.caseId, input.assignmentId],
  );
  const complaint = row.rows[0];
  if (!complaint?.lead) return;
  if (input.to === 'done') await tx.query('update complaints set resolved_at = $2 where case_id = $1', [input.caseId, input.now]);
  if (input.to === 'in_progress') await tx.query('update complaints set resolved_at = null where case_id = $1', [input.caseId]);
  const status = citizenNews[input.move];
  if (status) await notifyCitizen(tx, { caseId: input.caseId, trackingCode: complaint.tracking_code, status, now: input.now });
}
