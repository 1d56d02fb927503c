import type { Queryable } from '../database.ts';

export interface ComplaintRow {
  case_id: string;
  ref: string;
  tracking_code: string;
  channel: string;
  category_code: string;
  area_code: string | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
  anonymous: boolean;
  received_at: Date;
  resolved_at: Date | null;
  waiting_since: Date | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: Date | null;
  reopened_count: number;
  public_id: string;
  merged_into: string | null;
  merged_into_public_id: string | null;
  title: string;
  body: string;
  case_status: string;
  owner_unit_id: string;
  owner_unit_path: string;
  /** The case's version (`If-Match` on the staff actions). */
  case_version: number;
}

const COMPLAINT_COLUMNS = `k.case_id, c.ref, k.tracking_code, k.public_id, k.channel, k.category_code, k.area_code, k.lat, k.lon, k.address,
  k.anonymous, k.received_at, k.resolved_at, k.waiting_since, k.rating, k.rating_comment, k.rated_at, k.reopened_count,
  k.merged_into, m.public_id as merged_into_public_id, c.title, c.body, c.status as case_status, c.owner_unit_id,
  ou.path as owner_unit_path, c.version as case_version`;
const COMPLAINT_FROM = `complaints k join cases c on c.id = k.case_id join units ou on ou.id = c.owner_unit_id
  left join complaints m on m.case_id = k.merged_into`;

export async function findComplaintByCode(db: Queryable, trackingCode: string, options: { forUpdate?: boolean } = {}) {
  const result = await db.query<ComplaintRow>(
    `select ${COMPLAINT_COLUMNS} from ${COMPLAINT_FROM} where k.tracking_code = $1 ${options.forUpdate ? 'for update of k' : ''}`,
    [trackingCode],
  );
  return result.rows[0];
}

export async function findComplaintByCase(db: Queryable, caseId: string, options: { forUpdate?: boolean } = {}) {
  const result = await db.query<ComplaintRow>(
    `select ${COMPLAINT_COLUMNS} from ${COMPLAINT_FROM} where k.case_id = $1 ${options.forUpdate ? 'for update of k' : ''}`,
    [caseId],
  );
  return result.rows[0];
}

/** The lead assignment that is handling the complaint now (the newest one not returned). */
export async function findLeadAssignment(db: Queryable, caseId: string) {
  const result = await db.query<{
    id: string;
    unit_id: string;
    unit_code: string;
    unit_path: string;
    unit_name_th: string;
    unit_name_en: string | null;
    status: string;
    paused_at: Date | null;
    paused_ms: number;
  }>(
    `select a.id, a.unit_id, u.code as unit_code, u.path as unit_path, u.name_th as unit_name_th, u.name_en as unit_name_en,
            a.status, a.paused_at, a.paused_ms
       from assignments a join units u on u.id = a.unit_id
      where a.case_id = $1 and a.role = 'lead' and a.parent_id is null and a.status <> 'returned'
      order by a.created_at desc, a.id limit 1`,
    [caseId],
  );
  return result.rows[0];
}

export interface ContactRow {
  id: string;
  case_id: string;
  original_case_id: string;
  name: string | null;
  citizen_id: string | null;
  phone: string | null;
  email: string | null;
  line_user_id: string | null;
  consent: boolean;
  created_at: Date;
}

/**
 * Reads the complainants of a case and logs the read, for each contact and
 * as one `contact_read` event on the case, in the same statement.
 */
export async function readContactsLogged(
  db: Queryable,
  input: { caseId: string; userId: string | null; unitId: string | null; purpose: string; now: Date },
): Promise<ContactRow[]> {
  const result = await db.query<ContactRow>(
    `with contacts as (
       select id, case_id, original_case_id, name, citizen_id, phone, email, line_user_id, consent, created_at
         from complainant_contacts where case_id = $1
     ), logged as (
       insert into complainant_contact_reads (contact_id, case_id, user_id, purpose, created_at)
       select id, $1, $2, $4, $5 from contacts returning id
     ), evented as (
       insert into case_events (case_id, type, actor_user_id, actor_unit_id, data, created_at)
       select $1, 'contact_read', $2::uuid, $3::uuid, jsonb_build_object('purpose', $4::text, 'contacts', count(*)), $5
         from contacts having count(*) > 0
       returning id
     )
     select * from contacts order by created_at, id`,
    [input.caseId, input.userId, input.unitId, input.purpose, input.now],
  );
  return result.rows;
}

/** Earlier complaints of a caller by phone number, newest first. */
export async function findComplaintsByPhone(db: Queryable, phone: string, limit = 20) {
  const result = await db.query<{
    contact_id: string;
    case_id: string;
    name: string | null;
    tracking_code: string;
    title: string;
    case_status: string;
    category_code: string;
    received_at: Date;
  }>(
    `select p.id as contact_id, k.case_id, p.name, k.tracking_code, c.title, c.status as case_status, k.category_code, k.received_at
       from complainant_contacts p join complaints k on k.case_id = p.original_case_id join cases c on c.id = k.case_id
      where p.phone = $1 order by k.received_at desc limit $2`,
    [phone, limit],
  );
  return result.rows;
}

/** The events a citizen may see, in order. */
export async function listPublicComplaintEvents(db: Queryable, caseId: string) {
  const result = await db.query<{ id: number; type: string; data: Record<string, unknown>; created_at: Date }>(
    `select id, type, data, created_at from case_events e
      where case_id = $1 and type in ('created', 'acknowledged', 'completed', 'progress_reported', 'rerouted', 'waiting_for_citizen',
                                      'citizen_resumed', 'rated', 'reopened', 'merged', 'closed', 'accepted', 'sent_back', 'public_reply')
        -- The citizen follows the unit handling the complaint: moves of units below or beside it are internal.
        and (e.assignment_id is null or exists (select 1 from assignments a where a.id = e.assignment_id and a.parent_id is null and a.role = 'lead'))
      order by id`,
    [caseId],
  );
  return result.rows;
}
