/**
 * What "overdue" means for an assignment, written once for every query that filters, flags or counts
 * it (the case list's filter, the inbox, the assignment tree, the national picture), so a summary's
 * count and the list it links to never disagree (issue 13, item 15). An open assignment is overdue
 * when it is past its due date, or when it is still not acknowledged past its acknowledgement
 * deadline: created + the service level's acknowledge hours (the policy the sweep escalates by:
 * kind, category and priority, the most specific first; see `matchServiceLevel`), plus time paused.
 */

/** The acknowledgement deadline of assignment `a` (null when its service level sets none), from the case and `service_levels`. */
export function acknowledgeDeadlineSql(a: string): string {
  return `(select ${a}.created_at + ${a}.paused_ms * interval '1 millisecond' + make_interval(hours => sl.acknowledge_hours)
     from cases kc
     cross join lateral (
       select s.acknowledge_hours from service_levels s
        where s.case_kind = kc.kind and s.unit_id is null and (s.category is null or s.category = kc.category)
          and (s.priority is null or s.priority = kc.priority)
        order by (s.category is not null) desc, (s.priority is not null) desc limit 1) sl
    where kc.id = ${a}.case_id)`;
}

/** Whether assignment `a` is overdue at `now` (an SQL parameter or expression). */
export function assignmentOverdueSql(a: string, now: string): string {
  return `((${a}.status in ('sent', 'acknowledged', 'in_progress') and ${a}.due_at < ${now})
        or (${a}.status = 'sent' and ${a}.paused_at is null and ${acknowledgeDeadlineSql(a)} < ${now}))`;
}
