import type { InboxRow } from '../../db/queries/inboxQuery.ts';
import type { Actor } from '../../domain/roles.ts';
import { presentAssignment, presentCaseTitle } from './presentCase.ts';

/** One piece of a unit's work: the assignment with what the viewer may do, its case, and why it waits. */
export function presentInboxItem(row: InboxRow, actor: Actor, now: Date) {
  return {
    assignment: presentAssignment(row, actor, now, false),
    case: {
      id: row.case_id,
      ref: row.case_ref,
      kind: row.case_kind,
      title: presentCaseTitle(row.case_kind, row.case_title),
      status: row.case_status,
      priority: row.case_priority,
    },
    waitingFor: row.waiting_for,
    remindedAt: row.reminded_at?.toISOString() ?? null,
    escalation: row.escalation ? { ...row.escalation, at: new Date(row.escalation.at).toISOString() } : null,
  };
}
