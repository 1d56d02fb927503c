import type { Queryable } from '../../src/db/database.ts';
import { FIRST_RECEIVED, LAST_RECEIVED } from './loadComplaints.ts';

/** What a directive or policy asks of the provinces, filled with a category and a province name. */
const TITLES = [
  'เร่งรัดแก้ไขปัญหา%s ในพื้นที่จังหวัด%s',
  'ติดตามผลการดำเนินงานด้าน%s จังหวัด%s',
  'ขอให้รายงานความคืบหน้าการแก้ไขปัญหา%s จังหวัด%s',
  'มาตรการป้องกันและบรรเทาปัญหา%s ในจังหวัด%s',
  'บูรณาการหน่วยงานเพื่อแก้ไขปัญหา%s จังหวัด%s',
];

/**
 * Directives and policies (numbers `lo..hi` continue after the complaints): each owned by a
 * ministry or department, led by it, and sent to provincial halls — most to a handful of
 * neighbouring provinces (0 to 6), one in thirty to all of them, as a cascade from the centre
 * does. Statuses spread over the lifecycle; the case's status follows its lead's.
 */
const DELIVERY_SQL = `
  with cats as (select array_agg(name_th order by code) as names from complaint_categories),
  g as (
    select n, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6
      from generate_series($1::bigint, $2::bigint) n
  ), d as (
    select g.*, gen_random_uuid() as case_id, o.id as owner_id,
           $3::timestamptz + r1 * ($4::timestamptz - $3::timestamptz) as created_at,
           case when r2 < 0.6 then 'directive' else 'policy' end as kind,
           case when r3 < 0.2 then 'sent' when r3 < 0.4 then 'acknowledged' when r3 < 0.7 then 'in_progress'
                when r3 < 0.8 then 'done' else 'accepted' end as lead_status,
           1 + floor(r4 * (select count(*) from bench_halls))::int as hall_start,
           case when r5 < 1.0 / 30 then (select count(*) from bench_halls)::int else floor(r6 * 7)::int end as hall_count
      from g join bench_owners o on o.i = 1 + floor(g.r6 * (select count(*) from bench_owners))::int
  ), c as (
    insert into cases (id, ref, kind, title, body, status, priority, category, owner_unit_id, created_at, updated_at, due_at, search_words)
    select d.case_id, case d.kind when 'directive' then 'DIR-' else 'POL-' end
             || (extract(year from d.created_at at time zone 'Asia/Bangkok')::int + 543) || '-' || lpad(d.n::text, 7, '0'),
           d.kind, format(($5::text[])[1 + d.n % array_length($5::text[], 1)], cats.names[1 + d.n % array_length(cats.names, 1)], prov.name_th), '',
           case d.lead_status when 'sent' then 'open' when 'accepted' then 'completed' else 'in_progress' end,
           case when d.r4 < 0.1 then 'urgent' when d.r4 < 0.3 then 'high' else 'normal' end, null, d.owner_id,
           d.created_at, d.created_at + interval '1 day', d.created_at + interval '90 days', ''
      from d
      join bench_halls h on h.i = d.hall_start
      join units hu on hu.id = h.id
      join areas prov on prov.code = hu.area_code
      cross join cats
      returning id
  ), lead as (
    insert into assignments (case_id, unit_id, role, status, due_at, assigned_by_unit_id, created_at, updated_at, acknowledged_at, done_at)
    select d.case_id, d.owner_id, 'lead', d.lead_status, d.created_at + interval '90 days', d.owner_id, d.created_at,
           d.created_at + interval '1 day', case when d.lead_status <> 'sent' then d.created_at + interval '1 day' end,
           case when d.lead_status in ('done', 'accepted') then d.created_at + interval '30 days' end
      from d
  )
  insert into assignments (case_id, unit_id, role, status, due_at, assigned_by_unit_id, created_at, updated_at, acknowledged_at)
  select d.case_id, h.id, 'support', case when (d.n + k) % 3 = 0 then 'sent' else 'acknowledged' end,
         d.created_at + interval '60 days', d.owner_id, d.created_at, d.created_at,
         case when (d.n + k) % 3 <> 0 then d.created_at + interval '2 days' end
    from d cross join generate_series(0, d.hall_count - 1) k
    join bench_halls h on h.i = 1 + (d.hall_start - 1 + k) % (select count(*) from bench_halls)::int`;

/** Loads the directives and policies in chunks, triggers off as for complaints. */
export async function loadDeliveryCases(
  db: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> },
  input: { first: number; last: number; chunk: number },
  progress: (done: number) => void,
): Promise<void> {
  for (let lo = input.first; lo <= input.last; lo += input.chunk) {
    const hi = Math.min(input.last, lo + input.chunk - 1);
    await db.transaction(async (tx) => {
      await tx.exec(`set local session_replication_role = replica; set local jit = off; set local work_mem = '256MB';`);
      await tx.query(DELIVERY_SQL, [lo, hi, FIRST_RECEIVED, LAST_RECEIVED, TITLES]);
    });
    progress(hi - input.first + 1);
  }
}
