import type { Queryable } from '../../db/database.ts';
import type { AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';
import { notifyCitizen } from './notifyCitizen.ts';

/**
 * Called by the assignment lifecycle when a complaint's top-level lead
 * assignment moves: records when it was resolved and tells the citizen.
 */
export async function onComplaintTransition(
  tx: Queryable,
  input: { caseId: string; assignmentId: string; to: AssignmentStatus; now: Date },
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
  const status =
    input.to === 'acknowledged' ? 'acknowledged' : input.to === 'done' ? 'resolved' : input.to === 'in_progress' ? 'in_progress' : null;
  if (status) await notifyCitizen(tx, { caseId: input.caseId, trackingCode: complaint.tracking_code, status, now: input.now });
}
