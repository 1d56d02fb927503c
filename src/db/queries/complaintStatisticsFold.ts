import type { Queryable } from '../database.ts';

/** Serialises folds across processes and callers (the job, `tidtam stats fold`, tests). */
export const FOLD_LOCK = 2026_1205_11;

/**
 * What one complaint contributes to the statistics, computed from its rows as they are now. The
 * same definitions are written out independently in `test/complaintStatistics.test.ts`, which checks
 * every aggregate against a plain count over the raw rows.
 * - month: the Bangkok month it was received in (UTC+7, no daylight saving);
 * - the handling unit: the top-level lead assignment, the newest one not returned;
 * - finished: the unit reported it fixed (`resolved_at`) or the owner closed the case;
 * - overdue: not finished, not waiting on the citizen, and past the lead's deadline (plus paused time);
 * - acknowledged on time: by the lead's creation plus the category's acknowledge hours.
 */
export const FACTS_OF_FOLDED = `
  select k.case_id,
         date_trunc('month', (k.received_at at time zone 'UTC') + interval '7 hours')::date as month,
         coalesce(left(k.area_code, 2), '') as province_code,
         case when length(k.area_code) >= 4 then left(k.area_code, 4) else '' end as district_code,
         k.category_code, k.channel, a.unit_id,
         fin.finished::int as resolved,
         (not fin.finished and late.due is not null and late.due <= $1)::int as overdue,
         (k.reopened_count > 0)::int as reopened,
         k.rating,
         coalesce(a.acknowledged_at is not null or ack.due <= $1, false)::int as ack_decided,
         coalesce(a.acknowledged_at <= ack.due, false)::int as ack_on_time,
         case when fin.finished then floor(extract(epoch from fin.at - k.received_at) / 86400)::int end as resolve_days,
         least(
           case when not fin.finished and late.due > $1 then late.due end,
           case when a.acknowledged_at is null and ack.due > $1 then ack.due end) as next_change_at
    from fold_ids i
    join complaints k on k.case_id = i.case_id
    join cases c on c.id = k.case_id
    left join lateral (
      select * from assignments a
       where a.case_id = k.case_id and a.parent_id is null and a.role = 'lead'
       order by (a.status = 'returned'), a.created_at desc, a.id limit 1) a on true
    left join complaint_categories cat on cat.code = k.category_code
    cross join lateral (select (k.resolved_at is not null or c.status = 'closed') as finished,
                               coalesce(k.resolved_at, c.closed_at) as at) fin
    cross join lateral (select case when a.paused_at is null then a.due_at + a.paused_ms * interval '1 millisecond' end as due) late
    cross join lateral (select a.created_at + make_interval(hours => coalesce(cat.acknowledge_hours, $2)) as due) ack
   where k.merged_into is null`;

/** Each fact counts in its month and in its fiscal year (from 1 October: month + 3 months, to the year's start, − 3 months). */
const GRAINS_OF_DELTA = `
  cross join lateral (values ('month', d.month),
                             ('fiscal_year', (date_trunc('year', d.month + interval '3 months') - interval '3 months')::date)) as g(grain, period)`;

/** Every scope a fact counts in: the country, its province, district and groupings, and each unit above its handler. */
export const SCOPES_OF_DELTA = `
  cross join lateral (
    select 'TH'::text as scope
    union all select 'p:' || d.province_code where d.province_code <> ''
    union all select 'd:' || d.district_code where d.district_code <> ''
    union all select m.grouping_id from area_grouping_members m where m.province_code = d.province_code
    union all select 'u:' || x.id
                from units u cross join lateral regexp_split_to_table(trim(both '/' from u.path), '/') as x(id)
               where u.id = d.unit_id
  ) s`;

const ADD = (column: string) => `${column} = complaint_stats.${column} + excluded.${column}`;

/**
 * Folds up to `limit` dirty complaints into the aggregates in one transaction: their old facts are
 * subtracted, their new facts added, and the facts replaced. Complaints whose figures change with
 * time alone (a deadline passing) are marked dirty first. Returns how many complaints were folded.
 */
export async function foldDirtyComplaints(
  tx: Queryable,
  input: { now: Date; limit: number; defaultAcknowledgeHours: number },
): Promise<number> {
  await tx.query('select pg_advisory_xact_lock($1)', [FOLD_LOCK]);
  await tx.query(
    `insert into complaint_stat_dirty (case_id)
     select case_id from complaint_stat_facts where next_change_at <= $1
     on conflict do nothing`,
    [input.now],
  );
  await tx.exec(`create temp table fold_ids (case_id uuid primary key) on commit drop;
    create temp table fold_delta (sign integer, like complaint_stat_facts) on commit drop;`);
  const taken = await tx.query(
    // SKIP LOCKED: a complaint whose writer has not committed yet waits for the next fold, so a fold
    // never waits on a writer and a writer marking two complaints can never deadlock with it.
    `with d as (delete from complaint_stat_dirty
                 where case_id in (select case_id from complaint_stat_dirty limit $1 for update skip locked) returning case_id)
     insert into fold_ids select case_id from d`,
    [input.limit],
  );
  if (taken.rowCount === 0) return 0;
  await tx.query(`insert into fold_delta select 1, n.* from (${FACTS_OF_FOLDED}) n`, [input.now, input.defaultAcknowledgeHours]);
  await tx.query(`insert into fold_delta select -1, f.* from complaint_stat_facts f join fold_ids i on i.case_id = f.case_id`);
  await applyFoldDelta(tx);
  await tx.query('delete from complaint_stat_facts f using fold_ids i where f.case_id = i.case_id');
  await tx.query(
    `insert into complaint_stat_facts
     select case_id, month, province_code, district_code, category_code, channel, unit_id, resolved, overdue, reopened, rating,
            ack_decided, ack_on_time, resolve_days, next_change_at
       from fold_delta where sign = 1`,
  );
  await tx.query('update complaint_stat_state set folded_at = $1, version = version + 1', [input.now]);
  return taken.rowCount;
}

/**
 * Adds the rows of the temporary `fold_delta` (each signed +1 or −1) into the sums of every
 * scope they count in. Scopes are read from the unit tree as it is now, so moving a unit
 * subtracts its complaints' facts before the move and adds them back after (`moveUnitSubtree`).
 */
export async function applyFoldDelta(tx: Queryable): Promise<void> {
  await tx.query(
    `insert into complaint_stats (scope, dim, grain, month, dim_value, received, resolved, overdue, reopened, rated, rating_sum,
                                  satisfied, ack_decided, ack_on_time)
     select s.scope, v.dim, g.grain, g.period, v.dim_value, sum(d.sign), sum(d.sign * d.resolved), sum(d.sign * d.overdue),
            sum(d.sign * d.reopened), sum(d.sign * (d.rating is not null)::int), sum(d.sign * coalesce(d.rating, 0)),
            sum(d.sign * coalesce(d.rating >= 4, false)::int), sum(d.sign * d.ack_decided), sum(d.sign * d.ack_on_time)
       from fold_delta d
       ${SCOPES_OF_DELTA}
       ${GRAINS_OF_DELTA}
       cross join lateral (values ('all', ''), ('category', d.category_code), ('channel', d.channel),
                                  ('unit', coalesce(d.unit_id::text, ''))) as v(dim, dim_value)
      group by 1, 2, 3, 4, 5
     on conflict (scope, dim, grain, month, dim_value) do update set
       ${['received', 'resolved', 'overdue', 'reopened', 'rated', 'rating_sum', 'satisfied', 'ack_decided', 'ack_on_time'].map(ADD).join(', ')}`,
  );
  await tx.query(
    `insert into complaint_resolve_days (scope, grain, month, days, resolved)
     select s.scope, g.grain, g.period, d.resolve_days, sum(d.sign)
       from fold_delta d
       ${SCOPES_OF_DELTA}
       ${GRAINS_OF_DELTA}
      where d.resolve_days is not null
      group by 1, 2, 3, 4
     on conflict (scope, grain, month, days) do update set resolved = complaint_resolve_days.resolved + excluded.resolved`,
  );
}

/** Records that the aggregates are up to date at `now` when there was nothing to fold. */
export async function markFolded(db: Queryable, now: Date): Promise<void> {
  await db.query('update complaint_stat_state set folded_at = $1', [now]);
}

/** The complaint service level's acknowledge hours, for categories that set none. */
export async function defaultComplaintAcknowledgeHours(db: Queryable): Promise<number> {
  const row = await db.query<{ hours: number | null }>(
    `select acknowledge_hours as hours from service_levels
      where case_kind = 'complaint' and category is null and priority is null limit 1`,
  );
  return row.rows[0]?.hours ?? 72;
}
