import type { InboxEntry } from '../../commands/inbox/listInbox.ts';
import type { Actor } from '../../domain/roles.ts';
import { presentAssignment, presentCaseTitle } from './presentCase.ts';
import { localized } from './presentUnit.ts';

/**
 * One line of a unit's work: the assignment with what the viewer may do, its case, and why it
 * waits; for several units' work on one case, each unit of the group.
 */
export function presentInboxItem(entry: InboxEntry, actor: Actor, now: Date) {
  const { row } = entry;
  return {
    // Overdue as the query decided it (past due, or unacknowledged past the acknowledgement deadline: overdueSql.ts).
    assignment: { ...presentAssignment(row, actor, now, false), overdue: row.overdue },
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
    group: entry.group.map((member) => ({
      assignmentId: member.id,
      unit: {
        code: member.unit_code,
        kind: member.unit_kind,
        name: localized(member.unit_name_th, member.unit_name_en),
      },
      status: member.status,
      dueAt: member.due_at?.toISOString() ?? null,
      overdue: member.overdue,
    })),
  };
}
