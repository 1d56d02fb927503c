import type { Queryable } from '../database.ts';
import { ASSIGNMENT_COLUMNS, type AssignmentRow } from './assignmentQueries.ts';

export type InboxRow = AssignmentRow & {
  case_ref: string;
  case_kind: string;
  case_title: string;
  case_status: string;
  case_priority: string;
  waiting_for: 'acknowledgement' | 'action' | 'acceptance';
  overdue: boolean;
};

/**
 * "My work": what waits for the unit — assignments sent to it and not yet
 * acknowledged, those in hand, and work it passed on that came back reported
 * done and waits for its acceptance. Overdue first, then by due date.
 */
export async function listInbox(db: Queryable, input: { unitId: string; now: Date; limit: number; offset: number }): Promise<InboxRow[]> {
  const result = await db.query<InboxRow>(
    `select ${ASSIGNMENT_COLUMNS}, c.ref as case_ref, c.kind as case_kind, c.title as case_title, c.status as case_status,
            c.priority as case_priority,
            case when a.status = 'sent' then 'acknowledgement' when a.status = 'done' then 'acceptance' else 'action' end as waiting_for,
            (a.due_at is not null and a.due_at < $2 and a.status in ('sent', 'acknowledged', 'in_progress')) as overdue
       from assignments a
       join units u on u.id = a.unit_id
       join cases c on c.id = a.case_id
      where c.status <> 'closed'
        and ((a.unit_id = $1 and a.status in ('sent', 'acknowledged', 'in_progress'))
          or (a.assigned_by_unit_id = $1 and a.status = 'done'))
      order by overdue desc, a.due_at asc nulls last, a.created_at desc, a.id
      limit $3 offset $4`,
    [input.unitId, input.now, input.limit, input.offset],
  );
  return result.rows;
}
