import type { Queryable } from '../database.ts';

/** Complaints imported before, by their Traffy ticket id (`complaints.external_ref`, unique per channel). */
export async function findImportedTickets(db: Queryable, ticketIds: readonly string[]): Promise<Map<string, string>> {
  const result = await db.query<{ external_ref: string; case_id: string }>(
    `select external_ref, case_id from complaints where channel = 'import' and external_ref = any($1::text[])`,
    [ticketIds],
  );
  return new Map(result.rows.map((row) => [row.external_ref, row.case_id]));
}

export interface ImportedComplaintState {
  case_status: string;
  merged: boolean;
  lead_id: string | null;
  lead_status: string | null;
  lead_unit_id: string | null;
  assigned_by_unit_id: string | null;
  /** The case's newest event: a move is never dated before it, so the history stays in order. */
  last_event_at: Date | null;
}

/** An imported complaint's case (locked) and its current lead, for bringing it up to its ticket's state. */
export async function lockImportedComplaint(tx: Queryable, caseId: string): Promise<ImportedComplaintState | undefined> {
  const result = await tx.query<ImportedComplaintState>(
    `select c.status as case_status, k.merged_into is not null as merged, a.id as lead_id, a.status as lead_status,
            a.unit_id as lead_unit_id, a.assigned_by_unit_id,
            (select max(e.created_at) from case_events e where e.case_id = c.id) as last_event_at
       from cases c
       join complaints k on k.case_id = c.id
       left join lateral (
         select * from assignments a
          where a.case_id = c.id and a.role = 'lead' and a.parent_id is null and a.status <> 'returned'
          order by a.created_at desc, a.id limit 1) a on true
      where c.id = $1
      for update of c`,
    [caseId],
  );
  return result.rows[0];
}
