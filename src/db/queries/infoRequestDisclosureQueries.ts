import type { Queryable } from '../database.ts';
import type { SearchPlan } from '../../domain/search/planSearch.ts';
import type { DocumentDisclosure, InfoRequestOutcome, InfoRequestState } from '../../shared/infoRequests.ts';

/**
 * What the disclosure log on the portal reads. Only published requests, and of them only what was
 * stored as published (redacted title, body and answer messages), the agency, the dates, the state,
 * outcomes, grounds and fees: never the case's own text, the requester's contact or tracking code.
 * Statistics count every request of an agency, published or not: counts carry no personal data.
 */

export interface DisclosureAgencyRow {
  id: string;
  code: string;
  name_th: string;
  name_en: string | null;
  published: number;
  received: number;
}

/** Agencies with at least one published request, with how many are published and how many received. */
export async function listDisclosureAgencies(db: Queryable) {
  const result = await db.query<DisclosureAgencyRow>(
    `select u.id, u.code, u.name_th, u.name_en,
            count(*) filter (where r.published_at is not null)::int as published, count(*)::int as received
       from info_requests r join units u on u.id = r.agency_unit_id
      group by u.id, u.code, u.name_th, u.name_en
     having count(*) filter (where r.published_at is not null) > 0
      order by u.name_th, u.code`,
  );
  return result.rows;
}

export interface PublishedRequestRow {
  case_id: string;
  ref: string;
  published_title: string;
  published_body: string;
  state: InfoRequestState;
  received_at: Date;
  due_at: Date | null;
  long_overdue_at: Date | null;
  clarification_since: Date | null;
  answered_at: Date | null;
  published_at: Date;
  agency_code: string;
  agency_name_th: string;
  agency_name_en: string | null;
}

const PUBLISHED_COLUMNS = `c.id as case_id, c.ref, r.published_title, r.published_body, r.state, r.received_at, r.due_at, r.long_overdue_at,
                           r.clarification_since, r.answered_at,
                           r.published_at, u.code as agency_code, u.name_th as agency_name_th, u.name_en as agency_name_en`;

/**
 * The published requests, newest first, of one agency or all, matching a search when one is given:
 * every slot of the query as the start of a word (the word index of the published text), or as a
 * substring of the published text or of its folded spelling (the trigram indexes: compounds the word
 * cutter splits, such as น้ำท่วม), or the whole folded query as a substring.
 */
export async function listPublishedRequests(db: Queryable, input: { agencyId: string | null; plan: SearchPlan | null; limit: number }) {
  const params: unknown[] = [input.agencyId, input.limit];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  let search = 'true';
  if (input.plan) {
    const ts = (query: string) => `r.published_search_vector @@ to_tsquery('simple', ${p(query)})`;
    const slots = input.plan.slots.map((slot) =>
      [
        ts(slot.weak),
        ...slot.likes.map((like) => `r.published_search_text like ${p(like)}`),
        ...slot.foldedLikes.map((like) => `r.published_search_fold like ${p(like)}`),
      ].join(' or '),
    );
    const whole = input.plan.fuzzy
      ? ` or r.published_search_fold like ${p(`%${input.plan.fuzzy.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`
      : '';
    search = `(${ts(input.plan.weakQuery)} or (${slots.map((s) => `(${s})`).join(' and ')})${whole})`;
  }
  const result = await db.query<PublishedRequestRow>(
    `select ${PUBLISHED_COLUMNS}
       from info_requests r join cases c on c.id = r.case_id join units u on u.id = r.agency_unit_id
      where r.published_at is not null and ($1::uuid is null or r.agency_unit_id = $1) and ${search}
      order by r.published_at desc, c.ref desc limit $2`,
    params,
  );
  return result.rows;
}

export async function findPublishedRequestByRef(db: Queryable, ref: string) {
  const result = await db.query<PublishedRequestRow & { form_wanted: string }>(
    `select ${PUBLISHED_COLUMNS}, r.form_wanted
       from info_requests r join cases c on c.id = r.case_id join units u on u.id = r.agency_unit_id
      where c.ref = $1 and r.published_at is not null`,
    [ref],
  );
  return result.rows[0];
}

export interface PublishedAnswerRow {
  id: string;
  outcome: InfoRequestOutcome;
  published_message: string;
  ground_codes: string[];
  fee_baht: number;
  created_at: Date;
}

/** The answers of a published request as published (a later answer waits until it is published again). */
export async function listPublishedAnswers(db: Queryable, caseId: string) {
  const result = await db.query<PublishedAnswerRow>(
    `select id, outcome, published_message, ground_codes, fee_baht::float8 as fee_baht, created_at
       from info_request_answers where case_id = $1 and published_message is not null order by created_at, id`,
    [caseId],
  );
  return result.rows;
}

export interface PublicDocumentRow {
  id: string;
  answer_id: string;
  title: string;
  disclosure: DocumentDisclosure;
  ground_codes: string[];
  filename: string | null;
  size_bytes: number | null;
}

/** Documents the public may see: approved ones with their file, withheld ones by title and ground only. */
export async function listPublicDocuments(db: Queryable, caseId: string) {
  const result = await db.query<PublicDocumentRow>(
    `select d.id, d.answer_id, d.title, d.disclosure, d.ground_codes,
            case when d.disclosure = 'withheld' then null else f.filename end as filename,
            case when d.disclosure = 'withheld' then null else f.size_bytes end as size_bytes
       from info_request_documents d left join attachments f on f.id = d.attachment_id
      where d.case_id = $1 and (d.disclosure = 'withheld' or d.review_status = 'approved')
      order by d.created_at, d.seq`,
    [caseId],
  );
  return result.rows;
}

/** A document's file, only when it was approved and its request is published now. */
export async function findPublicDocumentFile(db: Queryable, documentId: string) {
  const result = await db.query<{ attachment_id: string; filename: string; content_type: string }>(
    `select f.id as attachment_id, f.filename, f.content_type
       from info_request_documents d
       join info_requests r on r.case_id = d.case_id
       join attachments f on f.id = d.attachment_id
      where d.id = $1 and d.review_status = 'approved' and d.disclosure <> 'withheld' and r.published_at is not null`,
    [documentId],
  );
  return result.rows[0];
}

export async function listDisclosureGrounds(db: Queryable) {
  const result = await db.query<{ code: string; section: string; item: string | null; name_th: string; name_en: string }>(
    'select code, section, item, name_th, name_en from disclosure_grounds order by sort_order, code',
  );
  return result.rows;
}

export async function findAgencyByCode(db: Queryable, code: string) {
  const result = await db.query<{ id: string; code: string; name_th: string; name_en: string | null }>(
    `select id, code, name_th, name_en from units where code = $1 and kind <> 'government'`,
    [code],
  );
  return result.rows[0];
}

export interface AgencyStatisticsRow {
  received: number;
  answered: number;
  answered_on_time: number;
  /** Outcome → requests whose last answer has it. */
  outcomes: Record<string, number>;
  /** Ground code → requests that cited it (in an answer or a document of one). */
  grounds: Record<string, number>;
}

/**
 * An agency's figures over requests received in a period: received; answered (an answer given);
 * answered on time (answered_at <= due_at); the outcome of each request's last answer; and how many
 * requests cited each refusal ground. `agencyId` null: every agency.
 */
export async function readAgencyStatistics(db: Queryable, input: { agencyId: string | null; from: Date; to: Date }) {
  const inPeriod = `r.received_at >= $2 and r.received_at < $3 and ($1::uuid is null or r.agency_unit_id = $1)`;
  const params = [input.agencyId, input.from, input.to];
  const totals = await db.query<{ received: number; answered: number; answered_on_time: number }>(
    `select count(*)::int as received, count(r.answered_at)::int as answered,
            count(*) filter (where r.answered_at is not null and r.due_at is not null and r.answered_at <= r.due_at)::int as answered_on_time
       from info_requests r where ${inPeriod}`,
    params,
  );
  const outcomes = await db.query<{ outcome: string; n: number }>(
    `select last.outcome, count(*)::int as n
       from info_requests r
       join lateral (select a.outcome from info_request_answers a where a.case_id = r.case_id order by a.created_at desc, a.id desc limit 1) last on true
      where ${inPeriod} group by last.outcome`,
    params,
  );
  const grounds = await db.query<{ code: string; n: number }>(
    `select g.code, count(distinct r.case_id)::int as n
       from info_requests r
       join lateral (select unnest(a.ground_codes) as code from info_request_answers a where a.case_id = r.case_id
                     union select unnest(d.ground_codes) from info_request_documents d where d.case_id = r.case_id) g on true
      where ${inPeriod} group by g.code`,
    params,
  );
  return {
    ...totals.rows[0]!,
    outcomes: Object.fromEntries(outcomes.rows.map((row) => [row.outcome, row.n])),
    grounds: Object.fromEntries(grounds.rows.map((row) => [row.code, row.n])),
  } satisfies AgencyStatisticsRow;
}

/** Whether an agency ever received a request (its disclosure-log page exists). */
export async function agencyReceivedRequests(db: Queryable, agencyId: string): Promise<boolean> {
  const result = await db.query('select 1 from info_requests where agency_unit_id = $1 limit 1', [agencyId]);
  return result.rows.length > 0;
}
