/**
 * The set-based SQL the events bench's generator runs per chunk (bench/generate/eventsDatabase.ts):
 * cases, complaints and assignments as the app would have left them, and their events in a staging
 * table (`bench_events`) that is copied into case_events in time order once everything is drawn.
 * Parameters of every chunk: $1 first number, $2 last number, $3 first moment, $4 now.
 */
import { BANGKOK_SHARE } from './benchInputs.ts';
import { publicIdSql, trackingCodeSql } from './encodeSql.ts';

/** A standard normal draw from two uniform ones (Box-Muller). */
const normal = (a: string, b: string) => `(sqrt(-2 * ln(greatest(${a}, 1e-12))) * cos(2 * pi() * ${b}))`;

/** What officers write when they report progress; picked by number so the JSON is realistic in size. */
export const PROGRESS_NOTES = [
  'ลงพื้นที่ตรวจสอบแล้ว พบปัญหาตามที่แจ้ง อยู่ระหว่างประสานหน่วยงานที่เกี่ยวข้องเพื่อดำเนินการแก้ไข',
  'ได้มอบหมายเจ้าหน้าที่ฝ่ายโยธาเข้าดำเนินการซ่อมแซมเบื้องต้น คาดว่าจะแล้วเสร็จภายในสัปดาห์นี้',
  'ประสานการไฟฟ้าส่วนภูมิภาคแล้ว รอเจ้าหน้าที่เข้าซ่อมตามรอบการให้บริการ',
  'จัดเก็บขยะและทำความสะอาดพื้นที่เรียบร้อยแล้ว จะเฝ้าระวังต่อเนื่องอีก 7 วัน',
  'ติดต่อผู้ร้องเพื่อสอบถามข้อมูลเพิ่มเติม ผู้ร้องยืนยันตำแหน่งและรายละเอียดแล้ว',
  'รายงานความคืบหน้า: ดำเนินการตามแผนได้ร้อยละ 60 ปัญหาอุปสรรคคืองบประมาณไม่เพียงพอ',
  'จัดประชุมคณะทำงานระดับจังหวัด มีมติให้อำเภอรายงานผลทุกสัปดาห์',
  'ตั้งงบประมาณเพิ่มเติมในปีงบประมาณถัดไป ระหว่างนี้ดำเนินการแก้ไขชั่วคราว',
];

const notesArray = `array[${PROGRESS_NOTES.map((note) => `'${note}'`).join(', ')}]`;

export const COMPLAINT_STAGE = `
  create unlogged table if not exists bench_cstage_LANE (
    n bigint, case_id uuid, assignment_id uuid, received_at timestamptz, title text, category text, resolve_hours int,
    subdistrict_code text, unit_id uuid, channel text, anonymous boolean, notes int, ack_at timestamptz, finish_at timestamptz,
    acked boolean, outcome text, rating smallint)`;

/**
 * One chunk of complaints drawn into the lane's stage: received more in later years (use grows),
 * Bangkok a fixed share, handled by the district office (4 in 5) or the provincial hall,
 * acknowledged after a log-normal wait (median 4 hours), finished after a log-normal time
 * (median 3 days, a tail of months); 3% never finished (stuck work); reported done in the last
 * two weeks half still wait for the owner's acceptance; progress notes: exponential, mean `meanNotes`.
 */
export function complaintStageSql(counts: { texts: number; bangkok: number; places: number }, meanNotes: number): string {
  return `
  insert into bench_cstage_LANE
  with g as (
    select n, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8,
           random() r9, random() r10, random() r11, random() r12, random() r13, random() r14
      from generate_series($1::bigint, $2::bigint) n
  ), d as (
    select g.*, $3::timestamptz + power(r1, 0.8) * ($4::timestamptz - $3::timestamptz) as received_at,
           1 + floor(r2 * ${counts.texts})::int as text_i,
           1 + (case when r3 < ${BANGKOK_SHARE} then floor(r4 * ${counts.bangkok})
                     else ${counts.bangkok} + floor(r4 * ${counts.places - counts.bangkok}) end)::int as place_i
      from g
  ), f as (
    select d.*, x.finish_at, least(d.received_at + exp(ln(4) + 1.2 * ${normal('r5', 'r6')}) * interval '1 hour', x.finish_at) as ack_at
      from d cross join lateral (select d.received_at + exp(ln(3) + 1.3 * ${normal('r7', 'r8')}) * interval '1 day' as finish_at) x
  )
  select f.n, gen_random_uuid(), gen_random_uuid(), f.received_at, t.title, t.category, t.resolve_hours, p.subdistrict_code,
         case when f.r14 < 0.8 then p.district_office_id else p.hall_id end,
         (array['line', 'hotline', 'web', 'app', 'open311', 'mail', 'walk_in'])[1 + floor(power(f.r12, 1.6) * 7)::int],
         f.r13 < 0.3, floor(-ln(greatest(f.r11, 1e-9)) * ${meanNotes})::int,
         case when f.ack_at < $4 then f.ack_at end,
         case when fin.finished then f.finish_at end, f.ack_at < $4,
         case when not fin.finished then case when f.ack_at < $4 then 'in_progress' else 'sent' end
              when f.finish_at > $4 - interval '14 days' and f.r10 < 0.5 then 'done'
              when f.r10 < 0.05 then 'closed' else 'accepted' end,
         case when fin.finished and f.r13 < 0.2 then (1 + floor(f.r12 * 5))::smallint end
    from f
    join bench_places p on p.i = f.place_i
    join bench_texts t on t.i = f.text_i
    cross join lateral (select f.r9 < 0.97 and f.finish_at < $4 as finished) fin`;
}

/** The staged complaints written as intake and the officers would have left them, and their events staged. */
export const COMPLAINT_WRITE = `
  insert into cases (id, ref, kind, title, body, status, priority, category, area_code, owner_unit_id, created_at, updated_at, closed_at)
  select s.case_id, 'CMP-' || (extract(year from s.received_at at time zone 'Asia/Bangkok')::int + 543) || '-' || lpad(s.n::text, 7, '0'),
         'complaint', s.title, '',
         case s.outcome when 'accepted' then 'completed' when 'closed' then 'closed' when 'sent' then 'open' else 'in_progress' end,
         'normal', s.category, s.subdistrict_code, s.unit_id, s.received_at, coalesce(s.finish_at, s.ack_at, s.received_at),
         case when s.outcome in ('accepted', 'closed') then s.finish_at end
    from bench_cstage_LANE s;
  insert into complaints (case_id, tracking_code, public_id, channel, category_code, area_code, subdistrict_code, anonymous,
                          received_at, resolved_at, rating, rated_at)
  select s.case_id, ${trackingCodeSql('s.n')}, ${publicIdSql('s.n')}, s.channel, s.category, s.subdistrict_code, s.subdistrict_code,
         s.anonymous, s.received_at, case when s.outcome in ('accepted', 'done') then s.finish_at end,
         s.rating, case when s.rating is not null then s.finish_at + interval '1 day' end
    from bench_cstage_LANE s;
  insert into assignments (id, case_id, unit_id, role, status, due_at, assigned_by_unit_id, created_at, updated_at,
                           acknowledged_at, done_at, closed_at)
  select s.assignment_id, s.case_id, s.unit_id, 'lead', case s.outcome when 'closed' then 'accepted' else s.outcome end,
         s.received_at + coalesce(s.resolve_hours, 360) * interval '1 hour', s.unit_id, s.received_at,
         coalesce(s.finish_at, s.ack_at, s.received_at), s.ack_at,
         case when s.outcome in ('accepted', 'done', 'closed') then s.finish_at end,
         case when s.outcome in ('accepted', 'closed') then s.finish_at end
    from bench_cstage_LANE s;`;

/** The staged complaints' events ($1: now): created, assigned, acknowledged, progress notes, completed, accepted or closed, rated. */
export const COMPLAINT_EVENTS = `
  insert into bench_events (case_id, assignment_id, type, actor_unit_id, data, created_at)
  select case_id, null::uuid, 'created', null::uuid, jsonb_build_object('channel', channel, 'category', category, 'title', title), received_at
    from bench_cstage_LANE
  union all
  select case_id, assignment_id, 'assigned', null::uuid, jsonb_build_object('unitId', unit_id, 'role', 'lead', 'rule', 'area'),
         received_at + interval '1 second'
    from bench_cstage_LANE
  union all
  select case_id, assignment_id, 'acknowledged', unit_id, '{}'::jsonb, ack_at from bench_cstage_LANE where acked
  union all
  select s.case_id, s.assignment_id, 'progress_reported', s.unit_id,
         jsonb_build_object('note', (${notesArray})[1 + (s.n + k) % ${PROGRESS_NOTES.length}], 'attachmentIds', '[]'::jsonb,
                            'from', 'in_progress', 'to', 'in_progress'),
         s.ack_at + (k::float / (s.notes + 1)) * (coalesce(s.finish_at, $1::timestamptz) - s.ack_at)
    from bench_cstage_LANE s cross join generate_series(1, s.notes) k
   where s.acked
  union all
  select case_id, assignment_id, 'completed', unit_id, jsonb_build_object('note', 'ดำเนินการแก้ไขเรียบร้อยแล้ว'), finish_at
    from bench_cstage_LANE where finish_at is not null
  union all
  select case_id, assignment_id, outcome, unit_id, '{}'::jsonb, least(finish_at + interval '1 hour', $1::timestamptz)
    from bench_cstage_LANE where outcome in ('accepted', 'closed')
  union all
  select case_id, null::uuid, 'rated', null::uuid, jsonb_build_object('rating', rating), least(finish_at + interval '1 day', $1::timestamptz)
    from bench_cstage_LANE where rating is not null;`;

/**
 * One chunk of directives and policies: owned and led by a ministry or department, sent to
 * provincial halls (0 to 6 neighbours, one in thirty to all 76), each hall acknowledging (2 in 3)
 * and reporting about monthly until done or now; a directive to every hall over three years is the
 * case with thousands of events. Staged as assignments (lead first) with their events.
 */
export const DIRECTIVE_SQL = `
  with g as (
    select n, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6
      from generate_series($2::bigint, $3::bigint) n
  ), d as (
    select g.*, gen_random_uuid() as case_id, o.id as owner_id, $4::timestamptz + r1 * ($1::timestamptz - $4::timestamptz) as created_at,
           case when r2 < 0.6 then 'directive' else 'policy' end as kind,
           1 + floor(r4 * (select count(*) from bench_halls))::int as hall_start,
           case when r5 < 1.0 / 30 then (select count(*) from bench_halls)::int else floor(r6 * 7)::int end as hall_count,
           case when r3 < 0.35 then 'open' when r3 < 0.8 then 'in_progress' else 'completed' end as status
      from g join bench_owners o on o.i = 1 + floor(g.r6 * (select count(*) from bench_owners))::int
  ), c as (
    insert into cases (id, ref, kind, title, body, status, priority, category, owner_unit_id, created_at, updated_at, due_at)
    select d.case_id, case d.kind when 'directive' then 'DIR-' else 'POL-' end
             || (extract(year from d.created_at at time zone 'Asia/Bangkok')::int + 543) || '-' || lpad(d.n::text, 7, '0'),
           d.kind, 'เร่งรัดแก้ไขปัญหาตามนโยบายรัฐบาล ลำดับที่ ' || d.n, 'ให้จังหวัดรายงานความคืบหน้าทุกเดือน',
           d.status, case when d.r4 < 0.1 then 'urgent' when d.r4 < 0.3 then 'high' else 'normal' end, null, d.owner_id,
           d.created_at, d.created_at + interval '1 day', d.created_at + interval '365 days'
      from d
    returning id
  ), a as (
    select d.case_id, d.owner_id as unit_id, 'lead' as role, d.owner_id, d.created_at, d.status as case_status, d.n, 0 as k, d.r2 as r
      from d
    union all
    select d.case_id, h.id, 'support', d.owner_id, d.created_at, d.status, d.n, k + 1, random()
      from d cross join generate_series(0, d.hall_count - 1) k
      join bench_halls h on h.i = 1 + (d.hall_start - 1 + k) % (select count(*) from bench_halls)::int
  ), s as (
    select a.*, gen_random_uuid() as assignment_id,
           case when a.case_status = 'completed' then 'accepted' when a.case_status = 'open' and a.role = 'support' then 'sent'
                when (a.n + a.k) % 3 = 0 and a.role = 'support' then 'sent' else 'in_progress' end as status,
           least(36, floor(extract(epoch from $1::timestamptz - a.created_at) / (30 * 86400) * (0.5 + a.r / 2)))::int as reports
      from a
  ), w as (
    insert into assignments (id, case_id, unit_id, role, status, due_at, assigned_by_unit_id, created_at, updated_at, acknowledged_at,
                             done_at, closed_at)
    select s.assignment_id, s.case_id, s.unit_id, s.role, s.status, s.created_at + interval '365 days', s.owner_id, s.created_at,
           s.created_at + interval '1 day', case when s.status <> 'sent' then s.created_at + interval '2 days' end,
           case when s.status = 'accepted' then least(s.created_at + interval '300 days', $1) end,
           case when s.status = 'accepted' then least(s.created_at + interval '301 days', $1) end
      from s
    returning id
  )
  insert into bench_events (case_id, assignment_id, type, actor_unit_id, data, created_at)
  select case_id, null::uuid, 'created', owner_id, '{}'::jsonb, created_at from s where role = 'lead'
  union all
  select case_id, assignment_id, 'assigned', owner_id, jsonb_build_object('unitId', unit_id, 'role', role), created_at + interval '1 minute'
    from s
  union all
  select case_id, assignment_id, 'acknowledged', unit_id, '{}', created_at + interval '2 days' from s where status <> 'sent'
  union all
  select s.case_id, s.assignment_id, 'progress_reported', s.unit_id,
         jsonb_build_object('note', (${notesArray})[1 + (s.n + m) % ${PROGRESS_NOTES.length}], 'attachmentIds', '[]'::jsonb,
                            'from', 'in_progress', 'to', 'in_progress'),
         s.created_at + m * interval '30 days' + (s.k % 20) * interval '1 hour'
    from s cross join generate_series(1, s.reports) m
   where s.status <> 'sent' and s.created_at + m * interval '30 days' < $1
  union all
  select case_id, assignment_id, 'accepted', owner_id, '{}', least(created_at + interval '301 days', $1) from s where status = 'accepted'`;
