import type { Queryable } from '../database.ts';

export interface EventRow {
  id: number;
  case_id: string;
  assignment_id: string | null;
  type: string;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_unit_id: string | null;
  actor_unit_name_th: string | null;
  actor_unit_name_en: string | null;
  data: Record<string, unknown>;
  created_at: Date;
}

export interface NewEvent {
  caseId: string;
  assignmentId?: string | null;
  type: string;
  actorUserId: string | null;
  actorUnitId: string | null;
  data?: Record<string, unknown>;
  at: Date;
}

/** Appends one event; called inside the transaction that makes the change it records. */
export async function appendEvent(db: Queryable, event: NewEvent): Promise<number> {
  const result = await db.query<{ id: number }>(
    `insert into case_events (case_id, assignment_id, type, actor_user_id, actor_unit_id, data, created_at)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      event.caseId,
      event.assignmentId ?? null,
      event.type,
      event.actorUserId,
      event.actorUnitId,
      JSON.stringify(event.data ?? {}),
      event.at,
    ],
  );
  return result.rows[0]!.id;
}

/**
 * A page of the case timeline, oldest first: the newest `limit` events (before event `before`
 * when given), and whether earlier ones remain. Bounded: a directive to every province collects
 * thousands of events over the years, and reading and sending them all took 600 ms at 10 M events.
 */
export async function listCaseEvents(
  db: Queryable,
  caseId: string,
  page: { limit: number; before?: number },
): Promise<{ events: EventRow[]; hasEarlier: boolean }> {
  const result = await db.query<EventRow>(
    `select e.id, e.case_id, e.assignment_id, e.type, e.actor_user_id, usr.display_name as actor_name, e.actor_unit_id,
            un.name_th as actor_unit_name_th, un.name_en as actor_unit_name_en, e.data, e.created_at
       from case_events e
       left join users usr on usr.id = e.actor_user_id
       left join units un on un.id = e.actor_unit_id
      where e.case_id = $1 and ($2::bigint is null or e.id < $2) order by e.id desc limit $3`,
    [caseId, page.before ?? null, page.limit + 1],
  );
  const rows = result.rows.slice(0, page.limit).reverse();
  return { events: rows, hasEarlier: result.rows.length > page.limit };
}
