import type { Queryable } from '../database.ts';
import type {
  DocumentDisclosure,
  DocumentReviewStatus,
  InfoRequestOutcome,
  InfoRequestState,
  RedactionScope,
} from '../../shared/infoRequests.ts';

/** A request as publication needs it: its case's text, its agency, consent and what is published. */
export interface PublicationSubject {
  case_id: string;
  ref: string;
  title: string;
  body: string;
  state: InfoRequestState;
  publish_consent: boolean;
  published_at: Date | null;
  published_title: string | null;
  published_body: string | null;
  agency_unit_id: string;
  agency_path: string;
  agency_code: string;
  agency_name_th: string;
  agency_name_en: string | null;
}

export async function findPublicationSubject(db: Queryable, caseId: string, options: { forUpdate?: boolean } = {}) {
  const result = await db.query<PublicationSubject>(
    `select r.case_id, c.ref, c.title, c.body, r.state, r.publish_consent, r.published_at, r.published_title, r.published_body,
            r.agency_unit_id, u.path as agency_path, u.code as agency_code, u.name_th as agency_name_th, u.name_en as agency_name_en
       from info_requests r join cases c on c.id = r.case_id join units u on u.id = r.agency_unit_id
      where r.case_id = $1${options.forUpdate ? ' for update of r' : ''}`,
    [caseId],
  );
  return result.rows[0];
}

/** The requester's contact, for redaction only: what the server takes out, never shows. */
export async function findRequesterForRedaction(db: Queryable, caseId: string) {
  const result = await db.query<{ id: string; name: string | null; email: string | null; phone: string | null; citizen_id: string | null }>(
    `select id, name, email, phone, citizen_id from complainant_contacts where case_id = $1 order by created_at desc limit 1`,
    [caseId],
  );
  return result.rows[0];
}

export interface RedactionRuleRow {
  id: string;
  scope: RedactionScope;
  unit_id: string | null;
  contact_id: string | null;
  case_id: string | null;
  pattern: string;
  replacement: string;
  reason: string | null;
  created_by: string | null;
  created_at: Date;
  unit_code: string | null;
  unit_name_th: string | null;
}

const RULE_COLUMNS = `x.id, x.scope, x.unit_id, x.contact_id, x.case_id, x.pattern, x.replacement, x.reason, x.created_by, x.created_at,
                      ru.code as unit_code, ru.name_th as unit_name_th`;

/** The rules that apply to one request: the site's, its agency's, its requester's and its own. */
export async function listRulesForRequest(db: Queryable, input: { caseId: string; agencyUnitId: string; contactId: string | null }) {
  const result = await db.query<RedactionRuleRow>(
    `select ${RULE_COLUMNS} from redaction_rules x left join units ru on ru.id = x.unit_id
      where x.scope = 'site' or (x.scope = 'agency' and x.unit_id = $2)
         or (x.scope = 'requester' and x.contact_id = $3) or (x.scope = 'request' and x.case_id = $1)
      order by x.created_at, x.id`,
    [input.caseId, input.agencyUnitId, input.contactId],
  );
  return result.rows;
}

/** Site-wide rules and the agency rules of units within a path (null: every agency). */
export async function listSiteAndAgencyRules(db: Queryable, pathPrefix: string | null) {
  const result = await db.query<RedactionRuleRow>(
    `select ${RULE_COLUMNS} from redaction_rules x left join units ru on ru.id = x.unit_id
      where x.scope = 'site' or (x.scope = 'agency' and ($1::text is null or ru.path like $1 || '%'))
      order by x.scope desc, ru.code nulls first, x.created_at, x.id`,
    [pathPrefix],
  );
  return result.rows;
}

export async function findRedactionRule(db: Queryable, id: string) {
  const result = await db.query<RedactionRuleRow>(
    `select ${RULE_COLUMNS} from redaction_rules x left join units ru on ru.id = x.unit_id where x.id = $1`,
    [id],
  );
  return result.rows[0];
}

export async function insertRedactionRule(
  db: Queryable,
  row: {
    scope: RedactionScope;
    unitId: string | null;
    contactId: string | null;
    caseId: string | null;
    pattern: string;
    replacement: string;
    reason: string | null;
    createdBy: string;
    now: Date;
  },
): Promise<string> {
  const result = await db.query<{ id: string }>(
    `insert into redaction_rules (scope, unit_id, contact_id, case_id, pattern, replacement, reason, created_by, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [row.scope, row.unitId, row.contactId, row.caseId, row.pattern, row.replacement, row.reason, row.createdBy, row.now],
  );
  return result.rows[0]!.id;
}

export async function deleteRedactionRule(db: Queryable, id: string): Promise<void> {
  await db.query('delete from redaction_rules where id = $1', [id]);
}

/** A unit by id with its path, for an agency rule. */
export async function findUnitPath(db: Queryable, unitId: string) {
  const result = await db.query<{ id: string; path: string; code: string }>('select id, path, code from units where id = $1', [unitId]);
  return result.rows[0];
}

export interface AnswerRow {
  id: string;
  outcome: InfoRequestOutcome;
  message: string;
  ground_codes: string[];
  fee_baht: number;
  fee_note: string | null;
  created_at: Date;
  published_message: string | null;
}

export async function listAnswers(db: Queryable, caseId: string) {
  const result = await db.query<AnswerRow>(
    `select id, outcome, message, ground_codes, fee_baht::float8 as fee_baht, fee_note, created_at, published_message
       from info_request_answers where case_id = $1 order by created_at, id`,
    [caseId],
  );
  return result.rows;
}

export interface DocumentRow {
  id: string;
  answer_id: string;
  title: string;
  disclosure: DocumentDisclosure;
  ground_codes: string[];
  attachment_id: string | null;
  review_status: DocumentReviewStatus;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_note: string | null;
  uploaded_by: string | null;
  filename: string | null;
  content_type: string | null;
  size_bytes: number | null;
}

export async function listDocuments(db: Queryable, caseId: string, options: { documentId?: string; forUpdate?: boolean } = {}) {
  const result = await db.query<DocumentRow>(
    `select d.id, d.answer_id, d.title, d.disclosure, d.ground_codes, d.attachment_id, d.review_status, d.reviewed_by, d.reviewed_at,
            d.review_note, f.uploaded_by, f.filename, f.content_type, f.size_bytes
       from info_request_documents d left join attachments f on f.id = d.attachment_id
      where d.case_id = $1 and ($2::uuid is null or d.id = $2)
      order by d.created_at, d.seq${options.forUpdate ? ' for update of d' : ''}`,
    [caseId, options.documentId ?? null],
  );
  return result.rows;
}

export async function setDocumentReview(
  db: Queryable,
  input: { documentId: string; status: 'approved' | 'rejected'; by: string; at: Date; note: string | null },
): Promise<void> {
  await db.query(
    `update info_request_documents set review_status = $2, reviewed_by = $3, reviewed_at = $4, review_note = $5 where id = $1`,
    [input.documentId, input.status, input.by, input.at, input.note],
  );
}

/** Stores what is published (redacted title, body and words for search), or clears it all. */
export async function setInfoRequestPublication(
  db: Queryable,
  caseId: string,
  published: { title: string; body: string; searchWords: string; searchText: string; at: Date } | null,
): Promise<void> {
  await db.query(
    `update info_requests set published_at = $2, published_title = $3, published_body = $4, published_search_words = $5,
            published_search_text = $6 where case_id = $1`,
    [
      caseId,
      published?.at ?? null,
      published?.title ?? null,
      published?.body ?? null,
      published?.searchWords ?? null,
      published?.searchText ?? null,
    ],
  );
}

export async function setAnswerPublishedMessage(db: Queryable, answerId: string, message: string | null): Promise<void> {
  await db.query('update info_request_answers set published_message = $2 where id = $1', [answerId, message]);
}

export async function clearPublishedAnswers(db: Queryable, caseId: string): Promise<void> {
  await db.query('update info_request_answers set published_message = null where case_id = $1', [caseId]);
}

/** The request whose requester a contact row belongs to. */
export async function findContactCase(db: Queryable, contactId: string | null): Promise<string | null> {
  if (!contactId) return null;
  const result = await db.query<{ case_id: string }>('select case_id from complainant_contacts where id = $1', [contactId]);
  return result.rows[0]?.case_id ?? null;
}
