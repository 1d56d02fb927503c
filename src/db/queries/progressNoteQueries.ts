import type { Queryable } from '../database.ts';

/** A progress note: the free-text report an assignment's unit sent with `progress` (the `progress_reported` event). */
export interface ProgressNoteRow {
  event_id: number;
  assignment_id: string;
  unit_id: string;
  unit_code: string;
  unit_name_th: string;
  unit_name_en: string | null;
  note: string;
  created_at: Date;
}

/** A case's progress notes, newest first, read from its events (the note lives only there). */
export async function listCaseProgressNotes(db: Queryable, caseId: string, limit = 200): Promise<ProgressNoteRow[]> {
  const result = await db.query<ProgressNoteRow>(
    `select e.id as event_id, e.assignment_id, a.unit_id, u.code as unit_code, u.name_th as unit_name_th, u.name_en as unit_name_en,
            coalesce(e.data->>'note', '') as note, e.created_at
       from case_events e
       join assignments a on a.id = e.assignment_id
       join units u on u.id = a.unit_id
      where e.case_id = $1 and e.type = 'progress_reported'
      order by e.id desc
      limit $2`,
    [caseId, limit],
  );
  return result.rows;
}
