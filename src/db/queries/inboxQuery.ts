import type { Queryable } from '../database.ts';
import { ASSIGNMENT_COLUMNS, type AssignmentRow } from './assignmentQueries.ts';
import { assignmentOverdueSql } from './overdueSql.ts';

export type WaitingFor = 'acknowledgement' | 'action' | 'acceptance' | 'escalation' | 'help';

export type InboxRow = AssignmentRow & {
  case_ref: string;
  case_kind: string;
  case_title: string;
  case_status: string;
  case_priority: string;
  waiting_for: WaitingFor;
  overdue: boolean;
  reminded_at: Date | null;
  escalation: { reason: 'acknowledge' | 'resolve'; level: number; at: string } | null;
};

/**
 * "My work": what waits for the unit — assignments sent to it and not yet
 * acknowledged, those in hand, work it passed on that came back reported done
 * and waits for its acceptance, and work of units below that was escalated to
 * it because they missed their service level (while they still have not
 * acted). Escalations and overdue work first, then by due date.
 *
 * In two steps, because a provincial hall can have thousands of open items (bench/events.ts: 3,377
 * at 10 M events): the page is chosen from the few columns the order needs, carried by each branch
 * so no assignment is looked up twice, and only the page's rows are then read whole with their
 * units, cases and last reminder.
 */
export async function listInbox(db: Queryable, input: { unitId: string; now: Date; limit: number; offset: number }): Promise<InboxRow[]> {
  const result = await db.query<InboxRow>(
    `with own as (
       select a.id as assignment_id, a.case_id, a.status, a.due_at, a.created_at, a.paused_at, a.paused_ms,
              case when a.status = 'sent' then 'acknowledgement' when a.status = 'done' then 'acceptance' else 'action' end as waiting_for,
              null::jsonb as escalation
         from assignments a
        where (a.unit_id = $1 and a.status in ('sent', 'acknowledged', 'in_progress'))
           or (a.assigned_by_unit_id = $1 and a.status = 'done')
       union all
       (select distinct on (s.assignment_id) s.assignment_id, ea.case_id, ea.status, ea.due_at, ea.created_at, ea.paused_at,
              ea.paused_ms, 'escalation', jsonb_build_object('reason', s.reason, 'level', s.level, 'at', s.created_at)
         from service_level_steps s join assignments ea on ea.id = s.assignment_id
        where s.to_unit_id = $1 and s.step = 'escalation' and ea.unit_id <> $1
          and ((s.reason = 'acknowledge' and ea.status = 'sent')
            or (s.reason = 'resolve' and ea.status in ('sent', 'acknowledged', 'in_progress')))
        order by s.assignment_id, s.level desc)
       union all
       -- A unit's latest progress report asks for help: the case's owner (the delivery unit for its priorities) must answer.
       select distinct hr.assignment_id, ha.case_id, ha.status, ha.due_at, ha.created_at, ha.paused_at, ha.paused_ms, 'help', null::jsonb
         from progress_reports hr
         join cases hc on hc.id = hr.case_id
         join assignments ha on ha.id = hr.assignment_id
        where hr.help_needed and hc.owner_unit_id = $1 and ha.unit_id <> $1
          and ha.status in ('sent', 'acknowledged', 'in_progress', 'done')
          and not exists (select 1 from progress_reports later
                           where later.assignment_id = hr.assignment_id and later.event_id > hr.event_id)
     ),
     page as (
       select own.assignment_id, own.waiting_for, own.escalation, own.due_at, own.created_at,
              ${assignmentOverdueSql('own', '$2')} as overdue
         from own
         join cases oc on oc.id = own.case_id
        where oc.status <> 'closed'
        order by (own.waiting_for in ('escalation', 'help')) desc, overdue desc, own.due_at asc nulls last, own.created_at desc,
                 own.assignment_id, own.waiting_for
        limit $3 offset $4
     )
     select ${ASSIGNMENT_COLUMNS}, c.ref as case_ref, c.kind as case_kind, c.title as case_title, c.status as case_status,
            c.priority as case_priority, page.waiting_for, page.escalation, page.overdue,
            (select max(r.created_at) from service_level_steps r where r.assignment_id = a.id and r.step = 'reminder') as reminded_at
       from page
       join assignments a on a.id = page.assignment_id
       join units u on u.id = a.unit_id
       join cases c on c.id = a.case_id
      order by (page.waiting_for in ('escalation', 'help')) desc, page.overdue desc, page.due_at asc nulls last, page.created_at desc,
               a.id, page.waiting_for`,
    [input.unitId, input.now, input.limit, input.offset],
  );
  return result.rows;
}
