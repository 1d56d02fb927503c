import type { Queryable } from '../database.ts';
import type { DocumentDisclosure, InfoRequestOutcome, InfoRequestState } from '../../shared/infoRequests.ts';

/** A legal ground for withholding information (section 14, the items of section 15), kept by administrators. */
export interface DisclosureGroundRow {
  code: string;
  section: string;
  item: string | null;
  name_th: string;
  name_en: string;
  active: boolean;
  sort_order: number;
  created_at: Date;
  updated_at: Date;
}

export async function listDisclosureGrounds(db: Queryable, options: { activeOnly?: boolean } = {}): Promise<DisclosureGroundRow[]> {
  const result = await db.query<DisclosureGroundRow>(
    `select * from disclosure_grounds ${options.activeOnly ? 'where active' : ''} order by sort_order, code`,
  );
  return result.rows;
}

export async function findDisclosureGround(db: Queryable, code: string, options: { forUpdate?: boolean } = {}) {
  const result = await db.query<DisclosureGroundRow>(
    `select * from disclosure_grounds where code = $1${options.forUpdate ? ' for update' : ''}`,
    [code],
  );
  return result.rows[0];
}

export interface GroundFields {
  section: string;
  item: string | null;
  nameTh: string;
  nameEn: string;
  active: boolean;
  sortOrder: number;
}

/** Adds a ground; answers false when the code is taken. */
export async function insertDisclosureGround(db: Queryable, code: string, fields: GroundFields, now: Date): Promise<boolean> {
  const result = await db.query(
    `insert into disclosure_grounds (code, section, item, name_th, name_en, active, sort_order, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $8) on conflict (code) do nothing`,
    [code, fields.section, fields.item, fields.nameTh, fields.nameEn, fields.active, fields.sortOrder, now],
  );
  return result.rowCount > 0;
}

export async function updateDisclosureGround(db: Queryable, code: string, fields: GroundFields, now: Date): Promise<void> {
  await db.query(
    `update disclosure_grounds set section = $2, item = $3, name_th = $4, name_en = $5, active = $6, sort_order = $7, updated_at = $8
      where code = $1`,
    [code, fields.section, fields.item, fields.nameTh, fields.nameEn, fields.active, fields.sortOrder, now],
  );
}

/** A request's lead assignment (the agency's), open or not, with its unit's path. */
export async function findLeadAssignment(db: Queryable, caseId: string, options: { forUpdate?: boolean } = {}) {
  const result = await db.query<{
    id: string;
    unit_id: string;
    unit_path: string;
    status: 'sent' | 'acknowledged' | 'in_progress' | 'done' | 'accepted' | 'returned';
  }>(
    `select a.id, a.unit_id, u.path as unit_path, a.status
       from assignments a join units u on u.id = a.unit_id
      where a.case_id = $1 and a.role = 'lead' and a.parent_id is null
      order by (a.status in ('sent', 'acknowledged', 'in_progress')) desc, a.updated_at desc limit 1
      ${options.forUpdate ? 'for update of a' : ''}`,
    [caseId],
  );
  return result.rows[0];
}

export async function insertAnswer(
  db: Queryable,
  row: {
    caseId: string;
    unitId: string;
    outcome: InfoRequestOutcome;
    message: string;
    groundCodes: string[];
    feeBaht: number;
    feeNote: string | null;
    appealDeadlineAt: Date | null;
    answeredBy: string;
    now: Date;
  },
): Promise<string> {
  const result = await db.query<{ id: string }>(
    `insert into info_request_answers (case_id, unit_id, outcome, message, ground_codes, fee_baht, fee_note, appeal_deadline_at,
                                       answered_by, created_at)
     values ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9, $10) returning id`,
    [
      row.caseId,
      row.unitId,
      row.outcome,
      row.message,
      row.groundCodes,
      row.feeBaht,
      row.feeNote,
      row.appealDeadlineAt,
      row.answeredBy,
      row.now,
    ],
  );
  return result.rows[0]!.id;
}

export async function insertAnswerDocument(
  db: Queryable,
  row: {
    caseId: string;
    answerId: string;
    title: string;
    disclosure: DocumentDisclosure;
    groundCodes: string[];
    attachmentId: string | null;
    now: Date;
  },
): Promise<string> {
  const result = await db.query<{ id: string }>(
    `insert into info_request_documents (case_id, answer_id, title, disclosure, ground_codes, attachment_id, created_at)
     values ($1, $2, $3, $4, $5::text[], $6, $7) returning id`,
    [row.caseId, row.answerId, row.title, row.disclosure, row.groundCodes, row.attachmentId, row.now],
  );
  return result.rows[0]!.id;
}

/** Files this uploader sent and no answer or report used yet: the ones an answer may take. */
export async function countUnusedUploads(db: Queryable, ids: readonly string[], uploadedBy: string): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db.query<{ n: number }>(
    `select count(*)::int as n from attachments where id = any($1::uuid[]) and uploaded_by = $2 and case_id is null and event_id is null`,
    [ids, uploadedBy],
  );
  return result.rows[0]!.n;
}

export async function setRequestState(
  db: Queryable,
  input: { caseId: string; state: InfoRequestState; answeredAt: Date | null; now: Date },
): Promise<void> {
  await db.query(`update info_requests set state = $2, state_changed_at = $3, answered_at = $4 where case_id = $1`, [
    input.caseId,
    input.state,
    input.now,
    input.answeredAt,
  ]);
}

/** Words of a later text (an answer) added to the case's word index, so staff search finds the case by them. */
export async function appendCaseSearchWords(db: Queryable, caseId: string, words: string): Promise<void> {
  if (!words) return;
  await db.query(`update cases set search_words = trim(search_words || ' ' || $2) where id = $1`, [caseId, words]);
}

/** The request goes back to the agency: awaiting an answer again, with a new deadline on the request, case and lead. */
export async function reopenRequestForAnswer(
  db: Queryable,
  input: { caseId: string; assignmentId: string; dueAt: Date | null; longOverdueAt: Date | null; now: Date },
): Promise<void> {
  await db.query(
    `update info_requests set state = 'awaiting_response', state_changed_at = $2, answered_at = null, due_at = $3, long_overdue_at = $4
      where case_id = $1`,
    [input.caseId, input.now, input.dueAt, input.longOverdueAt],
  );
  await db.query(`update cases set due_at = $2 where id = $1`, [input.caseId, input.dueAt]);
  await db.query(`update assignments set due_at = $2 where id = $1`, [input.assignmentId, input.dueAt]);
}

export interface AnswerRow {
  id: string;
  case_id: string;
  unit_id: string;
  outcome: InfoRequestOutcome;
  message: string;
  ground_codes: string[];
  fee_baht: number;
  fee_note: string | null;
  appeal_deadline_at: Date | null;
  answered_by: string | null;
  created_at: Date;
}

export async function findLatestAnswer(db: Queryable, caseId: string): Promise<AnswerRow | undefined> {
  const result = await db.query<AnswerRow>(
    `select id, case_id, unit_id, outcome, message, ground_codes, fee_baht::float8 as fee_baht, fee_note, appeal_deadline_at,
            answered_by, created_at
       from info_request_answers where case_id = $1 order by created_at desc, id desc limit 1`,
    [caseId],
  );
  return result.rows[0];
}

export interface DocumentRow {
  id: string;
  case_id: string;
  answer_id: string;
  title: string;
  disclosure: DocumentDisclosure;
  ground_codes: string[];
  attachment_id: string | null;
  review_status: 'pending' | 'approved' | 'rejected';
  created_at: Date;
}

export async function listAnswerDocuments(db: Queryable, answerId: string): Promise<DocumentRow[]> {
  const result = await db.query<DocumentRow>(
    `select id, case_id, answer_id, title, disclosure, ground_codes, attachment_id, review_status, created_at
       from info_request_documents where answer_id = $1 order by created_at, seq`,
    [answerId],
  );
  return result.rows;
}

export async function findAnswerDocument(db: Queryable, caseId: string, documentId: string): Promise<DocumentRow | undefined> {
  const result = await db.query<DocumentRow>(
    `select id, case_id, answer_id, title, disclosure, ground_codes, attachment_id, review_status, created_at
       from info_request_documents where case_id = $1 and id = $2`,
    [caseId, documentId],
  );
  return result.rows[0];
}
