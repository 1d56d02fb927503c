import type { Queryable } from '../database.ts';
import type { ObjectionKind, ObjectionStatus } from '../../shared/infoRequests.ts';

export interface ObjectionRow {
  id: string;
  case_id: string;
  kind: ObjectionKind;
  answer_id: string | null;
  reason: string;
  status: ObjectionStatus;
  filed_at: Date;
  due_at: Date | null;
  decision: string | null;
  decision_note: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  extended_at: Date | null;
  extension_note: string | null;
}

const COLUMNS = `o.id, o.case_id, o.kind, o.answer_id, o.reason, o.status, o.filed_at, o.due_at, o.decision, o.decision_note,
  o.decided_at, o.decided_by, o.extended_at, o.extension_note`;

export async function insertObjection(
  db: Queryable,
  row: { caseId: string; kind: ObjectionKind; answerId: string | null; reason: string; dueAt: Date; now: Date },
): Promise<string> {
  const result = await db.query<{ id: string }>(
    `insert into info_request_objections (case_id, kind, answer_id, reason, status, filed_at, due_at)
     values ($1, $2, $3, $4, 'open', $5, $6) returning id`,
    [row.caseId, row.kind, row.answerId, row.reason, row.now, row.dueAt],
  );
  return result.rows[0]!.id;
}

export async function listCaseObjections(db: Queryable, caseId: string): Promise<ObjectionRow[]> {
  const result = await db.query<ObjectionRow>(
    `select ${COLUMNS} from info_request_objections o where o.case_id = $1 order by o.filed_at, o.id`,
    [caseId],
  );
  return result.rows;
}

export async function findObjection(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<ObjectionRow | undefined> {
  const result = await db.query<ObjectionRow>(
    `select ${COLUMNS} from info_request_objections o where o.id = $1${options.forUpdate ? ' for update' : ''}`,
    [id],
  );
  return result.rows[0];
}

export async function decideObjectionRow(
  db: Queryable,
  input: { id: string; decision: string; note: string | null; decidedBy: string; now: Date },
): Promise<void> {
  await db.query(
    `update info_request_objections set status = 'decided', decision = $2, decision_note = $3, decided_by = $4, decided_at = $5 where id = $1`,
    [input.id, input.decision, input.note, input.decidedBy, input.now],
  );
}

export async function extendObjectionRow(db: Queryable, input: { id: string; dueAt: Date; note: string | null; now: Date }): Promise<void> {
  await db.query(`update info_request_objections set due_at = $2, extension_note = $3, extended_at = $4 where id = $1`, [
    input.id,
    input.dueAt,
    input.note,
    input.now,
  ]);
}

export async function withdrawObjectionRow(db: Queryable, id: string): Promise<void> {
  await db.query(`update info_request_objections set status = 'withdrawn' where id = $1`, [id]);
}

export interface ObjectionListRow extends ObjectionRow {
  ref: string;
  title: string;
  agency_unit_id: string;
  agency_name_th: string;
  agency_name_en: string | null;
}

/** Every objection for the Commission's office: open first (the soonest due first), then the latest decided. */
export async function listObjectionsForOffice(
  db: Queryable,
  input: { status: 'open' | 'all'; limit: number; offset: number },
): Promise<{ rows: ObjectionListRow[]; total: number }> {
  const where = input.status === 'open' ? `where o.status = 'open'` : '';
  const result = await db.query<ObjectionListRow>(
    `select ${COLUMNS}, c.ref, c.title, r.agency_unit_id, u.name_th as agency_name_th, u.name_en as agency_name_en
       from info_request_objections o
       join cases c on c.id = o.case_id
       join info_requests r on r.case_id = o.case_id
       join units u on u.id = r.agency_unit_id
      ${where}
      order by (o.status = 'open') desc, case when o.status = 'open' then o.due_at end asc nulls last, o.filed_at desc, o.id
      limit $1 offset $2`,
    [input.limit, input.offset],
  );
  const total = await db.query<{ n: number }>(`select count(*)::int as n from info_request_objections o ${where}`);
  return { rows: result.rows, total: total.rows[0]!.n };
}
