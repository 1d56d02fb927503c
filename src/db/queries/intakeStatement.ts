import { complaintLimits } from '../../shared/complaintLimits.ts';
import type { Queryable } from '../database.ts';

/** One complaint as the intake statement writes it; built by `createComplaint`. Times as ISO strings. */
export interface IntakeRow {
  /** Its place in the batch. */
  i: number;
  case_id: string;
  assignment_id: string;
  /** The reference number without its running number, e.g. "CMP-2569-". */
  ref_prefix: string;
  title: string;
  body: string;
  category_code: string;
  area_code: string | null;
  subdistrict_code: string | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
  owner_unit_id: string;
  unit_id: string;
  created_by: string | null;
  actor_unit_id: string | null;
  received_at: string;
  now: string;
  due_at: string | null;
  channel: string;
  tracking_code: string;
  /** Shown where others may look (Open311, duplicate hints); the tracking code is not. */
  public_id: string;
  anonymous: boolean;
  external_ref: string | null;
  details: unknown;
  search_words: string;
  created_event: unknown;
  assigned_event: unknown;
  /** null: anonymous. */
  complainant: unknown;
  receipts: unknown[];
  idempotency_scope: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  /** The answer without `ref` and `duplicates`, which the statement adds. */
  response: Record<string, unknown>;
  attachment_ids: string[];
  check_duplicates: boolean;
  /** `textSignatureHex` of the title and description. */
  signature: string;
}

/**
 * A likely duplicate, named by its public id: the hints reach people who did not file it, so they never
 * carry its tracking code (the key that rates and reopens it).
 */
export interface DuplicateFound {
  caseId: string;
  publicId: string;
  score: number;
}

export type IntakeOutcome =
  | { kind: 'written'; ref: string; duplicates: DuplicateFound[]; attached: number }
  /** Another request took the idempotency key first: answer its answer. */
  | { kind: 'key_taken' }
  /** The categories or routing changed since the caller's copy: reload and build the row again. */
  | { kind: 'stale_config' };

const { duplicateRadiusMetres: radius, duplicateMinSimilarity: minSimilarity, duplicateDays } = complaintLimits;
const METRES_PER_DEGREE = 111_320;

/**
 * Likely duplicates of the complaint `p` (columns category_code, subdistrict_code, lat, lon,
 * received_at, signature_bits): open complaints of its category in its subdistrict or within the
 * radius, received in the `duplicateDays` before it, whose text is similar, best first. Each branch reads
 * its own index (the subdistrict; the category and a band of latitude) rather than one OR over every
 * complaint of the category: Bangkok files roads complaints by the thousand.
 */
const DUPLICATES_OF_P = `
  select cand.case_id, cand.public_id, cand.score
    from (
      select k.case_id, k.public_id, k.subdistrict_code, k.lat, k.lon,
             trigram_signature_similarity(k.text_signature, p.signature_bits) as score
        from complaints k
       where k.subdistrict_code = p.subdistrict_code and k.category_code = p.category_code
         and k.received_at >= p.received_at - interval '${duplicateDays} days' and k.received_at <= p.received_at and k.merged_into is null
      union
      select k.case_id, k.public_id, k.subdistrict_code, k.lat, k.lon,
             trigram_signature_similarity(k.text_signature, p.signature_bits) as score
        from complaints k
       where p.lat is not null and k.category_code = p.category_code and k.merged_into is null and k.lat is not null
         and k.lat between p.lat - ${radius / METRES_PER_DEGREE} and p.lat + ${radius / METRES_PER_DEGREE}
         and k.lon between p.lon - ${radius} / (${METRES_PER_DEGREE} * greatest(0.01, cos(radians(p.lat))))
                       and p.lon + ${radius} / (${METRES_PER_DEGREE} * greatest(0.01, cos(radians(p.lat))))
         and k.received_at >= p.received_at - interval '${duplicateDays} days' and k.received_at <= p.received_at
    ) cand
   where cand.score >= ${minSimilarity}
     -- A lookup by key for each candidate, whatever the statistics said when the plan was made.
     and (select c.status from cases c where c.id = cand.case_id) <> 'closed'
     and ((p.subdistrict_code is not null and cand.subdistrict_code = p.subdistrict_code)
          or (p.lat is not null and cand.lat is not null
              -- Haversine; least() keeps rounding from taking asin of a hair over 1 at the antipode.
              and 2 * 6371000 * asin(least(1, sqrt(sin(radians(cand.lat - p.lat) / 2) ^ 2
                    + cos(radians(p.lat)) * cos(radians(cand.lat)) * sin(radians(cand.lon - p.lon) / 2) ^ 2))) <= ${radius}))
   order by cand.score desc, cand.case_id
   limit 5`;

const DUPLICATE_JSON = `jsonb_agg(jsonb_build_object('caseId', d.case_id, 'publicId', d.public_id,
                                                   'score', round(d.score::numeric, 2)) order by d.score desc, d.case_id)`;

/**
 * Every write of a batch of intakes in one statement, so one round trip and one transaction: for each
 * complaint the case, the complaint with its text signature, the lead assignment, the `created` and
 * `assigned` events, the contact, the receipts in the outbox, the idempotency answer and the photos'
 * link, with its likely duplicates found in the same snapshot.
 *
 * Nothing is written when the configuration version is not the caller's ($1), and a complaint whose
 * idempotency key another request holds is left out. Sub-statements of one statement cannot see each
 * other's rows, so the key is stored with its whole answer at once (a replay's running number is drawn
 * and skipped); foreign keys are checked at the end of the statement, so the children may name the
 * case inserted beside them.
 */
const INTAKE_STATEMENT = `
with cfg as (
  select version = $1::int as current from complaint_config_version
), input as (
  select * from jsonb_to_recordset($2::jsonb) as x(
    i int, case_id uuid, assignment_id uuid, ref_prefix text, title text, body text, category_code text,
    area_code text, subdistrict_code text, lat float8, lon float8, address text, owner_unit_id uuid, unit_id uuid,
    created_by uuid, actor_unit_id uuid, received_at timestamptz, now timestamptz, due_at timestamptz,
    channel text, tracking_code text, public_id text, anonymous boolean, external_ref text, details jsonb, search_words text,
    created_event jsonb, assigned_event jsonb, complainant jsonb, receipts jsonb, idempotency_scope text,
    idempotency_key text, request_hash text, response jsonb, attachment_ids uuid[], check_duplicates boolean,
    signature text)
), numbered as (
  select s.*, s.ref_prefix || lpad(s.n::text, greatest(6, length(s.n::text)), '0') as ref
    from (select input.*, nextval('case_ref_seq') as n, ('x' || input.signature)::bit(2048) as signature_bits
            from input where (select current from cfg)) s
), dup as (
  select p.i, ${DUPLICATE_JSON} as list
    from numbered p cross join lateral (${DUPLICATES_OF_P}) d
   where p.check_duplicates
   group by p.i
), prepared as (
  select n.*, coalesce(dup.list, '[]'::jsonb) as duplicates from numbered n left join dup on dup.i = n.i
), claimed as (
  insert into idempotency_keys (scope, key, request_hash, case_id, response, created_at)
  select idempotency_scope, idempotency_key, request_hash, case_id,
         response || jsonb_build_object('ref', ref, 'duplicates', duplicates), now
    from prepared where idempotency_key is not null
   -- Keys in one order in every batch, so that two batches waiting on each other's keys cannot deadlock.
   order by idempotency_scope, idempotency_key
  on conflict (scope, key) do nothing
  returning scope, key
), go as (
  select * from prepared p
   where p.idempotency_key is null
      or exists (select 1 from claimed k where k.scope = p.idempotency_scope and k.key = p.idempotency_key)
), c as (
  insert into cases (id, ref, kind, title, body, status, priority, category, area_code, owner_unit_id, created_by,
                     created_at, updated_at, details, search_words)
  select case_id, ref, 'complaint', title, body, 'open', 'normal', category_code, area_code, owner_unit_id, created_by,
         received_at, now, details, search_words
    from go
), k as (
  insert into complaints (case_id, tracking_code, public_id, channel, category_code, area_code, subdistrict_code, lat, lon,
                          address, anonymous, external_ref, received_at, text_signature)
  select case_id, tracking_code, public_id, channel, category_code, area_code, subdistrict_code, lat, lon, address,
         anonymous, external_ref, received_at, signature_bits
    from go
), a as (
  insert into assignments (id, case_id, unit_id, parent_id, role, status, due_at, assigned_by_unit_id, assigned_by, note,
                           created_at, updated_at)
  select assignment_id, case_id, unit_id, null, 'lead', 'sent', due_at, owner_unit_id, created_by, null, now, now
    from go
), e as (
  insert into case_events (case_id, assignment_id, type, actor_user_id, actor_unit_id, data, created_at)
  select case_id, null::uuid, 'created', created_by, actor_unit_id, created_event, now from go
  union all
  select case_id, null::uuid, 'assigned', created_by, actor_unit_id, assigned_event, now from go
), contact as (
  insert into complainant_contacts (case_id, original_case_id, name, citizen_id, phone, email, line_user_id, consent, created_at)
  select g.case_id, g.case_id, x.name, x."citizenId", x.phone, x.email, x."lineUserId", x.consent, g.now
    from go g
    cross join lateral jsonb_to_record(g.complainant) as x(name text, "citizenId" text, phone text, email text,
                                                          "lineUserId" text, consent boolean)
   where jsonb_typeof(g.complainant) = 'object'
), o as (
  insert into outbox (case_id, channel, recipient, kind, subject, body, payload, created_at, available_at)
  select g.case_id, x.channel, x.recipient, 'acknowledged_receipt', x.subject, x.body,
         jsonb_build_object('trackingCode', g.tracking_code), g.now, g.now
    from go g cross join lateral jsonb_to_recordset(g.receipts) as x(channel text, recipient text, subject text, body text)
), att as (
  update attachments t set case_id = g.case_id
    from go g
   where t.id = any(g.attachment_ids) and t.case_id is null and t.content_type like 'image/%'
  returning g.i
)
select x.i, (select current from cfg) as config_current, g.ref, g.duplicates,
       (select count(*) from att where att.i = x.i)::int as attached
  from input x left join go g on g.i = x.i
 order by x.i`;

/**
 * Writes a batch of intakes (see INTAKE_STATEMENT) and tells each one what became of it. Run it in a
 * transaction when the caller must still be able to undo it (photos that turn out to be missing).
 */
export async function writeIntakes(db: Queryable, configVersion: number, rows: readonly IntakeRow[]): Promise<IntakeOutcome[]> {
  const result = await db.query<{
    i: number;
    config_current: boolean;
    ref: string | null;
    duplicates: DuplicateFound[] | null;
    attached: number;
  }>(INTAKE_STATEMENT, [configVersion, JSON.stringify(rows)], { name: 'intake_write' });
  const byIndex = new Map(result.rows.map((row) => [row.i, row]));
  return rows.map((input): IntakeOutcome => {
    const row = byIndex.get(input.i);
    if (!row || !row.config_current) return { kind: 'stale_config' };
    if (row.ref === null) return { kind: 'key_taken' };
    return { kind: 'written', ref: row.ref, duplicates: row.duplicates ?? [], attached: row.attached };
  });
}

/** Likely duplicates of a complaint not yet filed, by the same rules as intake. */
export async function findLikelyDuplicates(
  db: Queryable,
  input: {
    categoryCode: string;
    subdistrictCode: string | null;
    location: { lat: number; lon: number } | null;
    /** `textSignatureHex` of the text. */
    signature: string;
    receivedAt: Date;
  },
): Promise<DuplicateFound[]> {
  if (!input.subdistrictCode && !input.location) return [];
  const result = await db.query<{ list: DuplicateFound[] | null }>(
    `select ${DUPLICATE_JSON} as list
       from (select $1::text as category_code, $2::text as subdistrict_code, $3::float8 as lat, $4::float8 as lon,
                    $5::timestamptz as received_at, ('x' || $6::text)::bit(2048) as signature_bits) p
      cross join lateral (${DUPLICATES_OF_P}) d`,
    [
      input.categoryCode,
      input.subdistrictCode,
      input.location?.lat ?? null,
      input.location?.lon ?? null,
      input.receivedAt,
      input.signature,
    ],
  );
  return result.rows[0]?.list ?? [];
}
