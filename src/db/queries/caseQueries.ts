import type { AssignmentRole, AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';
import type { CaseKind, CaseStatus, Priority } from '../../domain/cases/caseKinds.ts';
import type { Queryable } from '../database.ts';

export interface CaseRow {
  id: string;
  ref: string;
  kind: CaseKind;
  title: string;
  body: string;
  status: CaseStatus;
  priority: Priority;
  category: string | null;
  area_code: string | null;
  owner_unit_id: string;
  owner_unit_path: string;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  due_at: Date | null;
  closed_at: Date | null;
  details: Record<string, unknown>;
  /** Raised by every update of the row (a trigger): what `If-Match` is compared with. */
  version: number;
}

export const CASE_COLUMNS = `c.id, c.ref, c.kind, c.title, c.body, c.status, c.priority, c.category, c.area_code,
  c.owner_unit_id, ou.path as owner_unit_path, c.created_by, c.created_at, c.updated_at, c.due_at, c.closed_at, c.details, c.version`;

export async function findCase(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<CaseRow | undefined> {
  const result = await db.query<CaseRow>(
    `select ${CASE_COLUMNS} from cases c join units ou on ou.id = c.owner_unit_id where c.id = $1
     ${options.forUpdate ? 'for update of c' : ''}`,
    [id],
  );
  return result.rows[0];
}

export interface InsertCase {
  kind: CaseKind;
  title: string;
  body: string;
  priority: Priority;
  category: string | null;
  areaCode: string | null;
  ownerUnitId: string;
  createdBy: string | null;
  dueAt: Date | null;
  details: Record<string, unknown>;
  searchWords: string;
  now: Date;
  refFor: (sequence: number) => string;
}

export async function insertCase(db: Queryable, input: InsertCase): Promise<{ id: string; ref: string }> {
  const sequence = await db.query<{ n: number }>(`select nextval('case_ref_seq') as n`);
  const ref = input.refFor(sequence.rows[0]!.n);
  const result = await db.query<{ id: string }>(
    `insert into cases (ref, kind, title, body, status, priority, category, area_code, owner_unit_id, created_by,
                        created_at, updated_at, due_at, details, search_words)
     values ($1, $2, $3, $4, 'open', $5, $6, $7, $8, $9, $10, $10, $11, $12, $13) returning id`,
    [
      ref,
      input.kind,
      input.title,
      input.body,
      input.priority,
      input.category,
      input.areaCode,
      input.ownerUnitId,
      input.createdBy,
      input.now,
      input.dueAt,
      JSON.stringify(input.details),
      input.searchWords,
    ],
  );
  return { id: result.rows[0]!.id, ref };
}

export async function updateCaseStatus(db: Queryable, id: string, status: CaseStatus, now: Date): Promise<void> {
  await db.query(
    `update cases set status = $2, updated_at = $3,
       closed_at = case when $2 in ('completed', 'closed') then coalesce(closed_at, $3) else null end
     where id = $1`,
    [id, status, now],
  );
}

export async function touchCase(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('update cases set updated_at = $2 where id = $1', [id, now]);
}

export async function topLevelAssignmentStates(
  db: Queryable,
  caseId: string,
): Promise<{ role: AssignmentRole; status: AssignmentStatus }[]> {
  const result = await db.query<{ role: AssignmentRole; status: AssignmentStatus }>(
    'select role, status from assignments where case_id = $1 and parent_id is null',
    [caseId],
  );
  return result.rows;
}

/**
 * Paths of the units holding an assignment on the case at or below `withinPath`
 * (the reader's unit), for the read policy: the only ones it can find in reach.
 * A national cascade has a thousand assignments; a provincial office holds a few.
 */
export async function assignmentUnitPathsWithin(db: Queryable, caseId: string, withinPath: string): Promise<string[]> {
  const result = await db.query<{ path: string }>(
    'select distinct u.path from assignments a join units u on u.id = a.unit_id where a.case_id = $1 and starts_with(u.path, $2)',
    [caseId, withinPath],
  );
  return result.rows.map((row) => row.path);
}
