import { randomUUID } from 'node:crypto';
import type { AssignmentRole, AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';
import type { Queryable } from '../database.ts';
import { acknowledgeDeadlineSql } from './overdueSql.ts';

export interface AssignmentRow {
  id: string;
  case_id: string;
  unit_id: string;
  unit_path: string;
  unit_code: string;
  unit_name_th: string;
  unit_name_en: string | null;
  unit_kind: string;
  unit_area_code: string | null;
  parent_id: string | null;
  role: AssignmentRole;
  status: AssignmentStatus;
  due_at: Date | null;
  assigned_by_unit_id: string;
  assigned_by: string | null;
  note: string | null;
  created_at: Date;
  updated_at: Date;
  acknowledged_at: Date | null;
  done_at: Date | null;
  closed_at: Date | null;
  return_reason: string | null;
  /** Raised by every update of the row (a trigger): what `If-Match` is compared with. */
  version: number;
  /** When the unit had to acknowledge by (service level; null while paused), where the query reads it (`listCaseAssignments`). */
  acknowledge_due_at?: Date | null;
}

export const ASSIGNMENT_COLUMNS = `a.id, a.case_id, a.unit_id, u.path as unit_path, u.code as unit_code, u.name_th as unit_name_th,
  u.name_en as unit_name_en, u.kind as unit_kind, u.area_code as unit_area_code, a.parent_id, a.role, a.status, a.due_at,
  a.assigned_by_unit_id, a.assigned_by, a.note, a.created_at, a.updated_at, a.acknowledged_at, a.done_at, a.closed_at,
  a.return_reason, a.version`;

export async function findAssignment(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<AssignmentRow | undefined> {
  const result = await db.query<AssignmentRow>(
    `select ${ASSIGNMENT_COLUMNS} from assignments a join units u on u.id = a.unit_id where a.id = $1
     ${options.forUpdate ? 'for update of a' : ''}`,
    [id],
  );
  return result.rows[0];
}

export async function listCaseAssignments(db: Queryable, caseId: string): Promise<AssignmentRow[]> {
  const result = await db.query<AssignmentRow>(
    `select ${ASSIGNMENT_COLUMNS}, case when a.paused_at is null then ${acknowledgeDeadlineSql('a')} end as acknowledge_due_at
       from assignments a join units u on u.id = a.unit_id
      where a.case_id = $1 order by u.depth, u.code`,
    [caseId],
  );
  return result.rows;
}

export interface NewAssignment {
  id: string;
  unitId: string;
  role: AssignmentRole;
  dueAt: Date | null;
  note: string | null;
}

/** Inserts many assignments in one statement: a cascade to 928 district offices is one round trip. */
export async function insertAssignments(
  db: Queryable,
  input: {
    caseId: string;
    parentId: string | null;
    assignedByUnitId: string;
    assignedBy: string | null;
    now: Date;
    assignments: NewAssignment[];
  },
): Promise<void> {
  await db.query(
    `insert into assignments (id, case_id, unit_id, parent_id, role, status, due_at, assigned_by_unit_id, assigned_by,
                              note, created_at, updated_at)
     select x.id, $2, x.unit_id, $3, x.role, 'sent', x.due_at, $4, $5, x.note, $6, $6
       from jsonb_to_recordset($1::jsonb) as x(id uuid, unit_id uuid, role text, due_at timestamptz, note text)`,
    [
      JSON.stringify(
        input.assignments.map((a) => ({ id: a.id, unit_id: a.unitId, role: a.role, due_at: a.dueAt?.toISOString() ?? null, note: a.note })),
      ),
      input.caseId,
      input.parentId,
      input.assignedByUnitId,
      input.assignedBy,
      input.now,
    ],
  );
}

/** Unit ids that already hold an assignment on the case (a unit holds at most one). */
export async function assignedUnitIds(db: Queryable, caseId: string, unitIds: readonly string[]): Promise<Set<string>> {
  const result = await db.query<{ unit_id: string }>('select unit_id from assignments where case_id = $1 and unit_id = any($2::uuid[])', [
    caseId,
    unitIds,
  ]);
  return new Set(result.rows.map((row) => row.unit_id));
}

export async function updateAssignmentStatus(
  db: Queryable,
  input: { id: string; status: AssignmentStatus; now: Date; returnReason?: string | null },
): Promise<void> {
  await db.query(
    `update assignments set status = $2, updated_at = $3,
       acknowledged_at = case when $2 = 'acknowledged' then $3 else acknowledged_at end,
       done_at = case when $2 = 'done' then $3 when $2 = 'in_progress' then null else done_at end,
       closed_at = case when $2 in ('accepted', 'returned') then $3 else closed_at end,
       return_reason = coalesce($4, return_reason)
     where id = $1`,
    [input.id, input.status, input.now, input.returnReason ?? null],
  );
}

/**
 * Gives a unit a complaint's lead, fresh: a unit that held the case before gets its own assignment back
 * (a unit holds at most one per case) with its service-level clock started again; any other unit gets a
 * new one. Answers the lead's id. Sent, not yet acknowledged: the new unit has not seen it.
 */
export async function reinstateLeadAssignment(
  db: Queryable,
  input: { caseId: string; unitId: string; assignedByUnitId: string; assignedBy: string; now: Date },
): Promise<string> {
  const reused = await db.query<{ id: string }>(
    `update assignments set status = 'sent', role = 'lead', parent_id = null, created_at = $3, updated_at = $3, acknowledged_at = null,
            done_at = null, closed_at = null, return_reason = null, paused_at = null, paused_ms = 0, assigned_by_unit_id = $4, assigned_by = $5
      where case_id = $1 and unit_id = $2 returning id`,
    [input.caseId, input.unitId, input.now, input.assignedByUnitId, input.assignedBy],
  );
  if (reused.rows[0]) return reused.rows[0].id;
  const id = randomUUID();
  await db.query(
    `insert into assignments (id, case_id, unit_id, parent_id, role, status, assigned_by_unit_id, assigned_by, created_at, updated_at)
     values ($1, $2, $3, null, 'lead', 'sent', $4, $5, $6, $6)`,
    [id, input.caseId, input.unitId, input.assignedByUnitId, input.assignedBy, input.now],
  );
  return id;
}

/**
 * A merged complaint's case closes: every assignment still open or done is returned at once, with the
 * merge's reason. Closing a case is not a move of one assignment, so there is no event per assignment
 * (the case records one `merged`) and no per-kind hook (the merge tells the complainants itself).
 */
export async function returnUnfinishedAssignments(db: Queryable, input: { caseId: string; reason: string; now: Date }): Promise<void> {
  await db.query(
    `update assignments set status = 'returned', return_reason = $2, closed_at = $3, updated_at = $3
      where case_id = $1 and status in ('sent', 'acknowledged', 'in_progress', 'done')`,
    [input.caseId, input.reason, input.now],
  );
}

/** Stops an assignment's service-level clock while the unit waits for the citizen's answer. */
export async function pauseAssignment(db: Queryable, input: { id: string; now: Date }): Promise<void> {
  await db.query('update assignments set paused_at = $2, updated_at = $2 where id = $1', [input.id, input.now]);
}

/** Starts the clock again; the paused time is added to `paused_ms`, which service levels leave out. */
export async function resumeAssignment(db: Queryable, input: { id: string; pausedMs: number; now: Date }): Promise<void> {
  await db.query('update assignments set paused_at = null, paused_ms = paused_ms + $2, updated_at = $3 where id = $1', [
    input.id,
    input.pausedMs,
    input.now,
  ]);
}
