import type { Queryable } from '../../src/db/database.ts';
import { BANGKOK_SHARE } from './benchInputs.ts';
import { publicIdSql, trackingCodeSql } from './encodeSql.ts';
import type { TraffyShape } from './traffyShape.ts';

/** Complaints are received from 1 October 2566 (fiscal year 2567 begins) to 30 September 2569 (2569 ends), Bangkok time. */
export const FIRST_RECEIVED = '2023-10-01T00:00:00+07:00';
export const LAST_RECEIVED = '2026-10-01T00:00:00+07:00';

/** Channels in the mix of a national 1111 centre: LINE and the hotline lead, then the web form and the app. */
const CHANNELS: [string, number][] = [
  ['line', 0.3],
  ['hotline', 0.25],
  ['web', 0.18],
  ['app', 0.15],
  ['open311', 0.05],
  ['mail', 0.04],
  ['walk_in', 0.03],
];

/** `case when r < w1 then v1 when r < w1 + w2 then v2 ... end`: one draw picks a value by weight. */
function pickSql(r: string, weighted: [string, number][]): string {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let cumulative = 0;
  const arms = weighted.slice(0, -1).map(([value, w]) => {
    cumulative += w / total;
    return `when ${r} < ${cumulative} then ${value}`;
  });
  return `case ${arms.join(' ')} else ${weighted.at(-1)![0]} end`;
}

/** A standard normal draw from two uniform ones (Box-Muller). */
const normal = (a: string, b: string) => `(sqrt(-2 * ln(greatest(${a}, 1e-12))) * cos(2 * pi() * ${b}))`;

/**
 * One chunk of complaints, numbers `lo..hi`, drawn into bench_stage in one statement: when it
 * was received (more in later years, as use grows), which real text (and so category), where
 * (Bangkok a fixed share, elsewhere every subdistrict alike), handled by the district office
 * (4 in 5) or the provincial hall; acknowledged after a log-normal wait (median 4 hours); finished
 * with a probability falling from 97% for the oldest to 88% for the newest, after a log-normal
 * time (median 3 days, σ 1.3: most within a week, a tail of months); of those finished 75% accepted
 * by the owner, 20% reported fixed and waiting, 5% closed by the owner; rated and reopened in the
 * Traffy export's shares.
 */
function stageSql(shape: TraffyShape, counts: { texts: number; bangkok: number; places: number }): string {
  const stars = shape.starWeights.map((w, i) => [String(i + 1), w] as [string, number]);
  return `
  insert into bench_stage_LANE
  with g as (
    select n, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8,
           random() r9, random() r10, random() r11, random() r12, random() r13, random() r14, random() r15, random() r16
      from generate_series($1::bigint, $2::bigint) n
  ), d as (
    select g.*, x.received_at, x.frac,
           1 + floor(r2 * ${counts.texts})::int as text_i,
           1 + (case when r3 < ${BANGKOK_SHARE} then floor(r4 * ${counts.bangkok})
                     else ${counts.bangkok} + floor(r4 * ${counts.places - counts.bangkok}) end)::int as place_i,
           x.received_at + exp(ln(4) + 1.2 * ${normal('r9', 'r10')}) * interval '1 hour' as ack_at,
           x.received_at + exp(ln(3) + 1.3 * ${normal('r7', 'r8')}) * interval '1 day' as finish_at
      from g cross join lateral (
        select power(r1, 0.85) as frac,
               $3::timestamptz + power(r1, 0.85) * ($4::timestamptz - $3::timestamptz) as received_at) x
  )
  select d.n, gen_random_uuid() as case_id, gen_random_uuid() as assignment_id, d.received_at, d.text_i, d.place_i,
         ${pickSql(
           'd.r5',
           CHANNELS.map(([c, w]) => [`'${c}'`, w]),
         )} as channel,
         case when d.r14 < 0.8 then p.district_office_id else p.hall_id end as unit_id,
         f.finished, case when f.finished then d.finish_at end as finish_at,
         case when f.finished then ${pickSql('d.r13', [
           ["'accepted'", 0.75],
           ["'done'", 0.2],
           ["'closed'", 0.05],
         ])}
              when d.r13 < 0.3 then 'sent' else 'in_progress' end as outcome,
         case when f.finished or d.r13 >= 0.3 then least(d.ack_at, coalesce(case when f.finished then d.finish_at end, d.ack_at)) end as ack_at,
         case when f.finished and d.r11 < ${shape.ratedShare} then (${pickSql('d.r12', stars)})::smallint end as rating,
         (d.r15 < ${shape.reopenedShare})::int as reopened_count,
         d.r16 < 0.3 as anonymous
    from d
    join bench_places p on p.i = d.place_i
    cross join lateral (select d.r6 < 0.97 - 0.09 * d.frac and d.finish_at < $5::timestamptz as finished) f`;
}

const STAGE_TABLE = `
  create unlogged table if not exists bench_stage_LANE (
    n bigint, case_id uuid, assignment_id uuid, received_at timestamptz, text_i int, place_i int, channel text, unit_id uuid,
    finished boolean, finish_at timestamptz, outcome text, ack_at timestamptz, rating smallint, reopened_count int, anonymous boolean)`;

/** Writes the staged complaints as intake would have left them: the case, the complaint and the lead assignment. */
const WRITE_SQL = `
  insert into cases (id, ref, kind, title, body, status, priority, category, area_code, owner_unit_id, created_at, updated_at,
                     closed_at, search_words)
  select s.case_id, 'CMP-' || (extract(year from s.received_at at time zone 'Asia/Bangkok')::int + 543) || '-' || lpad(s.n::text, 7, '0'),
         'complaint', t.title, t.body,
         case s.outcome when 'accepted' then 'completed' when 'closed' then 'closed' when 'sent' then 'open' else 'in_progress' end,
         'normal', t.category, p.subdistrict_code, s.unit_id, s.received_at, coalesce(s.finish_at, s.ack_at, s.received_at),
         case when s.outcome in ('accepted', 'closed') then s.finish_at end, t.search_words
    from bench_stage_LANE s join bench_texts t on t.i = s.text_i join bench_places p on p.i = s.place_i;
  insert into complaints (case_id, tracking_code, public_id, channel, category_code, area_code, subdistrict_code, anonymous,
                          received_at, resolved_at, rating, rated_at, reopened_count, text_signature)
  select s.case_id, ${trackingCodeSql('s.n')}, ${publicIdSql('s.n')}, s.channel, t.category, p.subdistrict_code,
         p.subdistrict_code, s.anonymous, s.received_at, case when s.outcome in ('accepted', 'done') then s.finish_at end,
         s.rating, case when s.rating is not null then s.finish_at + interval '1 day' end, s.reopened_count, t.signature
    from bench_stage_LANE s join bench_texts t on t.i = s.text_i join bench_places p on p.i = s.place_i;
  insert into assignments (id, case_id, unit_id, role, status, due_at, assigned_by_unit_id, created_at, updated_at,
                           acknowledged_at, done_at, closed_at)
  select s.assignment_id, s.case_id, s.unit_id, 'lead',
         case s.outcome when 'closed' then 'in_progress' else s.outcome end,
         s.received_at + t.resolve_hours * interval '1 hour', s.unit_id, s.received_at,
         coalesce(s.finish_at, s.ack_at, s.received_at), s.ack_at,
         case when s.outcome in ('accepted', 'done') then s.finish_at end,
         case when s.outcome = 'accepted' then s.finish_at end
    from bench_stage_LANE s join bench_texts t on t.i = s.text_i;`;

/**
 * Loads complaints `first..last` in chunks, each in its own transaction with triggers off
 * (session_replication_role = replica: the rows are consistent by construction, and the
 * statistics are built in one pass afterwards instead of through 5 million dirty marks).
 * `lanes` connections load chunks side by side (one per core): computing the cases' stored
 * search columns from Thai text is most of the work, and it is CPU-bound.
 */
export async function loadComplaints(
  db: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>; exec(sql: string): Promise<void> },
  input: {
    first: number;
    last: number;
    chunk: number;
    lanes: number;
    now: Date;
    shape: TraffyShape;
    counts: { texts: number; bangkok: number; places: number };
  },
  progress: (done: number) => void,
): Promise<void> {
  const stage = stageSql(input.shape, input.counts);
  let next = input.first;
  let done = 0;
  const lane = async (index: number) => {
    const inLane = (sql: string) => sql.replaceAll('bench_stage_LANE', `bench_stage_${index}`);
    await db.exec(inLane(STAGE_TABLE));
    while (next <= input.last) {
      const lo = next;
      const hi = Math.min(input.last, lo + input.chunk - 1);
      next = hi + 1;
      await db.transaction(async (tx) => {
        // lz4 compresses the long Thai rows for TOAST at a fraction of pglz's cost; readers see no difference.
        await tx.exec(`set local session_replication_role = replica; set local jit = off; set local work_mem = '256MB';
          set local default_toast_compression = 'lz4';
          truncate ${inLane('bench_stage_LANE')};`);
        await tx.query(inLane(stage), [lo, hi, FIRST_RECEIVED, LAST_RECEIVED, input.now]);
        await tx.exec(inLane(WRITE_SQL));
      });
      done += hi - lo + 1;
      progress(done);
    }
    await db.exec(inLane('drop table bench_stage_LANE'));
  };
  await Promise.all(Array.from({ length: input.lanes }, (_, index) => lane(index)));
}
