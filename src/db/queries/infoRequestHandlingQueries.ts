import type { Queryable } from '../database.ts';
import type { InfoRequestRow } from './infoRequestQueries.ts';
import type { InfoRequestState } from '../../shared/infoRequests.ts';

/** A request with its case, its agency and its open lead assignment, as the handling commands need it. */
export interface InfoRequestForHandling extends InfoRequestRow {
  ref: string;
  title: string;
  body: string;
  case_status: string;
  version: number;
  agency_code: string;
  agency_path: string;
  agency_name_th: string;
  agency_name_en: string | null;
  lead_id: string | null;
  lead_status: string | null;
  lead_unit_id: string | null;
  lead_unit_path: string | null;
  lead_paused_at: Date | null;
}

const HANDLING_SELECT = `
  select r.*, c.ref, c.title, c.body, c.status as case_status, c.version,
         u.code as agency_code, u.path as agency_path, u.name_th as agency_name_th, u.name_en as agency_name_en,
         l.id as lead_id, l.status as lead_status, l.unit_id as lead_unit_id, lu.path as lead_unit_path, l.paused_at as lead_paused_at
    from info_requests r
    join cases c on c.id = r.case_id
    join units u on u.id = r.agency_unit_id
    left join lateral (
      select a.id, a.status, a.unit_id, a.paused_at from assignments a
       where a.case_id = r.case_id and a.role = 'lead' and a.parent_id is null and a.status in ('sent', 'acknowledged', 'in_progress')
       order by a.created_at desc limit 1
    ) l on true
    left join units lu on lu.id = l.unit_id`;

export async function findInfoRequestForHandling(db: Queryable, where: { caseId: string } | { trackingCode: string }) {
  const [column, value] = 'caseId' in where ? ['r.case_id', where.caseId] : ['r.tracking_code', where.trackingCode];
  const result = await db.query<InfoRequestForHandling>(`${HANDLING_SELECT} where ${column} = $1`, [value]);
  return result.rows[0];
}

/** Locks the request's case row then the request row (case first, like every write). */
export async function lockInfoRequest(db: Queryable, caseId: string): Promise<void> {
  await db.query('select id from cases where id = $1 for update', [caseId]);
  await db.query('select case_id from info_requests where case_id = $1 for update', [caseId]);
}

export async function setInfoRequestState(
  db: Queryable,
  input: {
    caseId: string;
    state: InfoRequestState;
    now: Date;
    clarificationSince?: Date | null;
    dueAt?: Date | null;
    longOverdueAt?: Date | null;
    agencyUnitId?: string;
    withdrawnAt?: Date;
  },
): Promise<void> {
  const sets = ['state = $2', 'state_changed_at = $3'];
  const values: unknown[] = [input.caseId, input.state, input.now];
  const add = (column: string, value: unknown) => {
    values.push(value);
    sets.push(`${column} = $${values.length}`);
  };
  if (input.clarificationSince !== undefined) add('clarification_since', input.clarificationSince);
  if (input.dueAt !== undefined) add('due_at', input.dueAt);
  if (input.longOverdueAt !== undefined) add('long_overdue_at', input.longOverdueAt);
  if (input.agencyUnitId !== undefined) add('agency_unit_id', input.agencyUnitId);
  if (input.withdrawnAt !== undefined) add('withdrawn_at', input.withdrawnAt);
  await db.query(`update info_requests set ${sets.join(', ')} where case_id = $1`, values);
}

export async function insertInfoRequestTransfer(
  db: Queryable,
  row: { caseId: string; fromUnitId: string; toUnitId: string; reason: string; by: string | null; now: Date },
): Promise<string> {
  const result = await db.query<{ id: string }>(
    `insert into info_request_transfers (case_id, from_unit_id, to_unit_id, reason, transferred_by, created_at)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [row.caseId, row.fromUnitId, row.toUnitId, row.reason, row.by, row.now],
  );
  return result.rows[0]!.id;
}

export interface TransferRow {
  created_at: Date;
  reason: string;
  from_name_th: string;
  from_name_en: string | null;
  to_name_th: string;
  to_name_en: string | null;
}

export async function listInfoRequestTransfers(db: Queryable, caseId: string): Promise<TransferRow[]> {
  const result = await db.query<TransferRow>(
    `select t.created_at, t.reason, f.name_th as from_name_th, f.name_en as from_name_en, u.name_th as to_name_th, u.name_en as to_name_en
       from info_request_transfers t join units f on f.id = t.from_unit_id join units u on u.id = t.to_unit_id
      where t.case_id = $1 order by t.created_at, t.id`,
    [caseId],
  );
  return result.rows;
}

export interface AnswerRow {
  id: string;
  outcome: string;
  message: string;
  ground_codes: string[];
  fee_baht: string | number;
  fee_note: string | null;
  appeal_deadline_at: Date | null;
  created_at: Date;
}

export async function listInfoRequestAnswers(db: Queryable, caseId: string): Promise<AnswerRow[]> {
  const result = await db.query<AnswerRow>(
    `select id, outcome, message, ground_codes, fee_baht, fee_note, appeal_deadline_at, created_at
       from info_request_answers where case_id = $1 order by created_at, id`,
    [caseId],
  );
  return result.rows;
}

export interface DocumentRow {
  id: string;
  answer_id: string;
  title: string;
  disclosure: string;
  attachment_id: string | null;
  review_status: string;
  grounds: { code: string; name_th: string; name_en: string }[];
}

/** The answers' documents with the names of the grounds they were withheld on. */
export async function listInfoRequestDocuments(db: Queryable, caseId: string): Promise<DocumentRow[]> {
  const result = await db.query<DocumentRow>(
    `select d.id, d.answer_id, d.title, d.disclosure, d.attachment_id, d.review_status,
            coalesce((select jsonb_agg(jsonb_build_object('code', g.code, 'name_th', g.name_th, 'name_en', g.name_en) order by g.sort_order)
                        from disclosure_grounds g where g.code = any (d.ground_codes)), '[]'::jsonb) as grounds
       from info_request_documents d where d.case_id = $1 order by d.created_at, d.seq`,
    [caseId],
  );
  return result.rows;
}

export async function listInfoRequestObjections(db: Queryable, caseId: string) {
  const result = await db.query<{ id: string; kind: string; status: string; filed_at: Date; due_at: Date | null; decision: string | null }>(
    `select id, kind, status, filed_at, due_at, decision from info_request_objections where case_id = $1 order by filed_at, id`,
    [caseId],
  );
  return result.rows;
}

/** The events a requester may read on the tracking page (no staff, no contact reads). */
export async function listPublicInfoRequestEvents(db: Queryable, caseId: string) {
  const result = await db.query<{ type: string; data: Record<string, unknown>; created_at: Date }>(
    `select type, data, created_at from case_events
      where case_id = $1 and type in ('created', 'acknowledged', 'info_request_transferred', 'clarification_requested',
                                      'clarification_answered', 'info_request_withdrawn', 'info_request_answered',
                                      'info_request_objection_filed', 'info_request_objection_extended',
                                      'info_request_objection_decided', 'info_request_objection_withdrawn',
                                      'info_request_reopened', 'info_request_published', 'info_request_unpublished')
      order by id`,
    [caseId],
  );
  return result.rows;
}

/** The attachment of a document of the request whose code is given, whatever its publication review. */
export async function findRequesterDocument(db: Queryable, trackingCode: string, documentId: string) {
  const result = await db.query<{ attachment_id: string }>(
    `select d.attachment_id from info_request_documents d join info_requests r on r.case_id = d.case_id
      where r.tracking_code = $1 and d.id = $2 and d.attachment_id is not null`,
    [trackingCode, documentId],
  );
  return result.rows[0];
}

/** The display state in SQL, the same rule as `domain/infoRequests/displayState.ts`. */
const DISPLAY_STATE = `case when r.state in ('awaiting_response', 'transferred') and r.clarification_since is null
           and r.long_overdue_at is not null and r.long_overdue_at < $1 then 'long_overdue'
         when r.state in ('awaiting_response', 'transferred') and r.clarification_since is null
           and r.due_at is not null and r.due_at < $1 then 'overdue'
         else r.state end`;

export interface InfoRequestListRow {
  case_id: string;
  ref: string;
  title: string;
  state: InfoRequestState;
  display_state: string;
  received_at: Date;
  due_at: Date | null;
  agency_name_th: string;
  agency_name_en: string | null;
  total: number;
}

/** Requests handled within a unit subtree (the agency or its lead), newest first; every request when national. */
export async function listInfoRequestsWithin(
  db: Queryable,
  input: { pathPrefix: string | null; displayState: string | null; now: Date; limit: number; offset: number },
): Promise<InfoRequestListRow[]> {
  const result = await db.query<InfoRequestListRow>(
    `select * from (
       select r.case_id, c.ref, c.title, r.state, ${DISPLAY_STATE} as display_state, r.received_at, r.due_at,
              u.name_th as agency_name_th, u.name_en as agency_name_en
         from info_requests r join cases c on c.id = r.case_id join units u on u.id = r.agency_unit_id
        where $2::text is null or u.path like $2 || '%'
           or exists (select 1 from assignments a join units au on au.id = a.unit_id
                       where a.case_id = r.case_id and au.path like $2 || '%')
     ) x
     where $3::text is null or x.display_state = $3
     order by x.received_at desc, x.case_id
     limit $4 offset $5`,
    [input.now, input.pathPrefix, input.displayState, input.limit, input.offset],
  );
  const count = await db.query<{ n: number }>(
    `select count(*)::int as n from (
       select ${DISPLAY_STATE} as display_state
         from info_requests r join units u on u.id = r.agency_unit_id
        where $2::text is null or u.path like $2 || '%'
           or exists (select 1 from assignments a join units au on au.id = a.unit_id
                       where a.case_id = r.case_id and au.path like $2 || '%')
     ) x where $3::text is null or x.display_state = $3`,
    [input.now, input.pathPrefix, input.displayState],
  );
  return result.rows.map((row) => ({ ...row, total: count.rows[0]!.n }));
}

export interface AgencyChoiceRow {
  id: string;
  code: string;
  name_th: string;
  name_en: string | null;
  abbr_th: string | null;
  parent_name_th: string | null;
  parent_name_en: string | null;
}

/** Units a request may be addressed to, by Thai or English name, abbreviation or code; a page and the total. */
export async function searchRequestableAgencies(db: Queryable, input: { q: string; limit: number; offset: number }) {
  const like = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = `u.active and u.kind <> 'government'
      and (u.name_th ilike $1 or u.name_en ilike $1 or u.abbr_th ilike $1 or u.code ilike $1)`;
  const rows = await db.query<AgencyChoiceRow>(
    `select u.id, u.code, u.name_th, u.name_en, u.abbr_th, p.name_th as parent_name_th, p.name_en as parent_name_en
       from units u left join units p on p.id = u.parent_id
      where ${where}
      order by u.depth, u.name_th, u.id limit $2 offset $3`,
    [like, input.limit, input.offset],
  );
  const total = await db.query<{ n: number }>(`select count(*)::int as n from units u where ${where}`, [like]);
  return { rows: rows.rows, total: total.rows[0]!.n };
}

/** The Commission's office's path, whose staff read every request (they decide objections). */
export async function oicUnitPath(db: Queryable): Promise<string | null> {
  const result = await db.query<{ path: string }>(`select path from units where code = 'OIC' and active`);
  return result.rows[0]?.path ?? null;
}
