import type { Database } from '../../db/database.ts';
import { lockImportedComplaint } from '../../db/queries/traffyImportQueries.ts';
import { findCase } from '../../db/queries/caseQueries.ts';
import { nextAssignmentStatus, type AssignmentMove, type AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';
import type { CaseStatus } from '../../domain/cases/caseKinds.ts';
import { movesToStage, traffyStageNames, type TraffyStage } from '../../domain/complaints/traffy/traffyState.ts';
import { changeAssignmentStatus } from '../assignments/changeAssignmentStatus.ts';

/** The event each move records, as staff actions record it (`transitionAssignment`, `reportProgress`). */
const eventTypes: Partial<Record<AssignmentMove, string>> = {
  acknowledge: 'acknowledged',
  progress: 'progress_reported',
  complete: 'completed',
  accept: 'accepted',
};

/**
 * Brings an imported complaint up to its Traffy ticket's stage, in one transaction: each move goes
 * through `changeAssignmentStatus` (lifecycle check, status and its timestamps, event, case status, the
 * complaint's hook that records `resolved_at`), dated when the ticket reached its stage, or at the
 * case's newest event if that is later. The district office acknowledges, works and reports done; the
 * owner (the 1111 centre) accepts. Merged and closed complaints are left alone. Answers how many moves
 * were made (0: it was already there, or further).
 */
export async function advanceTraffyComplaint(
  db: Database,
  input: { caseId: string; ticketId: string; state: string; stage: TraffyStage; at: Date },
): Promise<number> {
  if (input.stage === 'waiting') return 0;
  return db.transaction(async (tx) => {
    const kase = await lockImportedComplaint(tx, input.caseId);
    if (!kase || kase.merged || kase.case_status === 'closed' || !kase.lead_id || !kase.lead_status) return 0;
    const moves = movesToStage(kase.lead_status as AssignmentStatus, input.stage);
    const at = kase.last_event_at && kase.last_event_at > input.at ? kase.last_event_at : input.at;
    const note = `สถานะใน Traffy Fondue (${input.ticketId}): ${input.state} / Traffy Fondue state: ${traffyStageNames[input.stage].en}`;
    let status = kase.lead_status as AssignmentStatus;
    let caseStatus = kase.case_status as CaseStatus;
    for (const move of moves) {
      const unitId = move === 'accept' ? kase.assigned_by_unit_id : kase.lead_unit_id;
      const { to } = await changeAssignmentStatus(tx, {
        kase: { id: input.caseId, kind: 'complaint', status: caseStatus },
        assignment: { id: kase.lead_id, status },
        move,
        by: { userId: null, unitId },
        event: { type: eventTypes[move]!, data: { from: status, to: nextAssignmentStatus(status, move), note, source: 'traffy' } },
        now: at,
      });
      status = to;
      caseStatus = (await findCase(tx, input.caseId))!.status;
    }
    return moves.length;
  });
}
