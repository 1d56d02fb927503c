import type { Database } from '../db/database.ts';

/**
 * A year of complaint history across all 77 provinces for the demo's dashboards, maps and league
 * table, so a newcomer sees the national picture rather than one week of Bangkok. Written set-based
 * in one transaction (a few seconds on PGlite), with a fixed seed so every demo shows the same
 * picture. Each complaint is labelled as demo history in its title, has its case, its complaint row,
 * a lead assignment to its district office and its `created` event; no personal data. Provinces
 * differ in how many complaints they finish and how fast, so the league table has something to rank.
 * The statistics job folds them at the server's first tick, like any other write.
 */
/** The alphabets of `domain/complaints/trackingCode.ts` and `publicId.ts`: codes that look like real ones. */
const TRACKING_ALPHABET = '3469ACDEFGHJKMNPQRTUVWXY';
const PUBLIC_ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Twelve random characters of an alphabet, drawn again for every row (the subquery refers to the row). */
const randomCode = (alphabet: string) =>
  `(select string_agg(substr('${alphabet}', 1 + floor(random() * ${alphabet.length})::int, 1), '')
      from generate_series(1, 12 + 0 * s.serial))`;

export async function seedComplaintHistoryDemo(db: Database, input: { now: Date; count: number }): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('select setseed(0.2569)');
    const result = await tx.query(
      `with owner as (select id from units where code = 'OPM-1111'),
       offices as (
         select u.id as unit_id, u.area_code as district_code, row_number() over (order by u.area_code) - 1 as i,
                count(*) over () as n
           from units u where u.kind = 'district_office' and u.area_code is not null),
       categories as (
         select code, name_th, row_number() over (order by sort_order, code) - 1 as i, count(*) over () as n
           from complaint_categories where active),
       draws as (
         select g.n as serial, random() as r_office, random() as r_category, random() as r_when, random() as r_channel,
                random() as r_finish, random() as r_days, random() as r_rating, random() as r_ack, random() as r_reopen
           from generate_series(1, $2::int) as g(n)),
       rows as (
         select gen_random_uuid() as case_id, d.serial, o.unit_id, o.district_code, c.code as category, c.name_th as category_name,
                $1::timestamptz - make_interval(secs => d.r_when * 400 * 86400) as received_at,
                (array['hotline', 'line', 'web', 'app', 'open311', 'walk_in', 'mail'])[1 + floor(power(d.r_channel, 1.6) * 7)::int] as channel,
                -- Each province finishes a share of its own between 75% and 98%, so the league table has a spread.
                d.r_finish < 0.75 + 0.23 * ((hashtext(left(o.district_code, 2)) & 1023) / 1023.0) as finished,
                exp(ln(2.5) + 1.1 * (d.r_days * 2 - 1) * 1.7) as days_to_finish,
                d.r_rating, d.r_ack, d.r_reopen
           from draws d
           join offices o on o.i = floor(d.r_office * o.n)
           join categories c on c.i = floor(d.r_category * c.n)),
       settled as (
         select r.*, least(r.received_at + make_interval(secs => r.days_to_finish * 86400), $1::timestamptz - interval '1 hour') as finished_at,
                r.finished and r.received_at + make_interval(secs => r.days_to_finish * 86400) < $1::timestamptz as done
           from rows r),
       c as (
         insert into cases (id, ref, kind, title, body, status, priority, category, area_code, owner_unit_id, created_at, updated_at, closed_at)
         select s.case_id, 'HIS-' || lpad(s.serial::text, 6, '0'), 'complaint',
                'เรื่องร้องเรียน' || s.category_name || ' (ข้อมูลสาธิตย้อนหลัง)',
                'ข้อมูลสาธิต: เรื่องร้องเรียนย้อนหลังสำหรับแสดงสถิติ แผนที่ และตารางจัดอันดับ', case when s.done then 'closed' else 'in_progress' end,
                'normal', s.category, s.district_code, (select id from owner), s.received_at, s.received_at,
                case when s.done then s.finished_at end
           from settled s
         returning id),
       k as (
         insert into complaints (case_id, tracking_code, public_id, channel, category_code, area_code, anonymous, received_at,
                                 resolved_at, rating, rated_at, reopened_count)
         select s.case_id, ${randomCode(TRACKING_ALPHABET)}, ${randomCode(PUBLIC_ID_ALPHABET)}, s.channel, s.category,
                s.district_code, true, s.received_at, case when s.done then s.finished_at end,
                case when s.done and s.r_rating < 0.45 then 1 + floor(power(s.r_rating / 0.45, 0.5) * 5)::int end,
                case when s.done and s.r_rating < 0.45 then s.finished_at end,
                case when s.r_reopen < 0.03 then 1 else 0 end
           from settled s
         returning case_id),
       a as (
         insert into assignments (case_id, unit_id, role, status, due_at, assigned_by_unit_id, created_at, updated_at,
                                  acknowledged_at, done_at, closed_at)
         select s.case_id, s.unit_id, 'lead', case when s.done then 'accepted' else 'in_progress' end,
                s.received_at + interval '15 days', (select id from owner), s.received_at, s.received_at,
                least(s.received_at + make_interval(secs => power(s.r_ack, 2) * 5 * 86400), $1::timestamptz),
                case when s.done then s.finished_at end, case when s.done then s.finished_at end
           from settled s
         returning case_id)
       insert into case_events (case_id, type, actor_unit_id, data, created_at)
       select s.case_id, 'created', (select id from owner), '{"demoHistory": true}'::jsonb, s.received_at from settled s`,
      [input.now, input.count],
    );
    return result.rowCount;
  });
}
