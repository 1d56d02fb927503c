import type { Database } from '../../src/db/database.ts';
import { defaultComplaintAcknowledgeHours, FACTS_OF_FOLDED, SCOPES_OF_DELTA } from '../../src/db/queries/complaintStatisticsFold.ts';

/** The fiscal year's first day of a month row, as the fold computes it. */
const FISCAL_YEAR_START = `(date_trunc('year', month + interval '3 months') - interval '3 months')::date`;

const SUMS = ['received', 'resolved', 'overdue', 'reopened', 'rated', 'rating_sum', 'satisfied', 'ack_decided', 'ack_on_time'];

/**
 * Builds the complaint statistics of a freshly loaded database in one set-based pass, giving the
 * rows the fold (src/jobs/foldComplaintStatistics.ts) would give from scratch, far faster:
 * 1. each complaint's fact row by the fold's own SQL (FACTS_OF_FOLDED), a sixteenth of the
 *    complaints per transaction;
 * 2. the facts summed once per (month, province, district, handling unit, dimension value);
 * 3. the scopes of each (province, district, handling unit) found once by the fold's own
 *    SCOPES_OF_DELTA, and the sums spread to them and summed again.
 * `bench/generate.test.ts` checks the result equals a fold from scratch, row for row.
 */
export async function buildStatistics(db: Database, now: Date, log: (line: string) => void): Promise<void> {
  const ackHours = await defaultComplaintAcknowledgeHours(db);
  await db.exec('truncate complaint_stat_facts, complaint_stats, complaint_resolve_days, complaint_stat_dirty');
  let started = performance.now();
  for (let part = 0; part < 16; part++) {
    const lo = `${part.toString(16)}0000000-0000-0000-0000-000000000000`;
    const hi = part === 15 ? null : `${(part + 1).toString(16)}0000000-0000-0000-0000-000000000000`;
    await db.transaction(async (tx) => {
      await tx.exec(
        `set local work_mem = '256MB'; set local jit = off; create temp table fold_ids (case_id uuid primary key) on commit drop;`,
      );
      await tx.query('insert into fold_ids select case_id from complaints where case_id >= $1 and ($2::uuid is null or case_id < $2)', [
        lo,
        hi,
      ]);
      await tx.query(`insert into complaint_stat_facts select * from (${FACTS_OF_FOLDED}) f`, [now, ackHours]);
    });
  }
  log(`statistics: facts ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  await db.transaction(async (tx) => {
    await tx.exec(`set local work_mem = '512MB'; set local jit = off;
      create temp table bench_cube on commit drop as
      select f.month, f.province_code, f.district_code, f.unit_id, v.dim, v.dim_value, count(*)::int as received,
             sum(f.resolved)::int as resolved, sum(f.overdue)::int as overdue, sum(f.reopened)::int as reopened,
             count(f.rating)::int as rated, coalesce(sum(f.rating), 0)::int as rating_sum,
             count(*) filter (where f.rating >= 4)::int as satisfied, sum(f.ack_decided)::int as ack_decided,
             sum(f.ack_on_time)::int as ack_on_time
        from complaint_stat_facts f
        cross join lateral (values ('all', ''), ('category', f.category_code), ('channel', f.channel),
                                   ('unit', coalesce(f.unit_id::text, ''))) as v(dim, dim_value)
       group by 1, 2, 3, 4, 5, 6;
      create temp table bench_days on commit drop as
      select month, province_code, district_code, unit_id, resolve_days, count(*)::int as resolved
        from complaint_stat_facts where resolve_days is not null group by 1, 2, 3, 4, 5;
      create temp table bench_scopes on commit drop as
      select d.province_code, d.district_code, d.unit_id, s.scope
        from (select distinct province_code, district_code, unit_id from complaint_stat_facts) d
        ${SCOPES_OF_DELTA};
      analyze bench_cube; analyze bench_days; analyze bench_scopes;`);
    const sameArea = `s.province_code = d.province_code and s.district_code = d.district_code and s.unit_id is not distinct from d.unit_id`;
    await tx.exec(`
      insert into complaint_stats (scope, dim, grain, month, dim_value, ${SUMS.join(', ')})
      select s.scope, d.dim, 'month', d.month, d.dim_value, ${SUMS.map((c) => `sum(d.${c})`).join(', ')}
        from bench_cube d join bench_scopes s on ${sameArea}
       group by 1, 2, 3, 4, 5;
      insert into complaint_resolve_days (scope, grain, month, days, resolved)
      select s.scope, 'month', d.month, d.resolve_days, sum(d.resolved)
        from bench_days d join bench_scopes s on ${sameArea}
       group by 1, 2, 3, 4;
      insert into complaint_stats (scope, dim, grain, month, dim_value, ${SUMS.join(', ')})
      select scope, dim, 'fiscal_year', ${FISCAL_YEAR_START}, dim_value, ${SUMS.map((c) => `sum(${c})`).join(', ')}
        from complaint_stats where grain = 'month'
       group by 1, 2, 3, 4, 5;
      insert into complaint_resolve_days (scope, grain, month, days, resolved)
      select scope, 'fiscal_year', ${FISCAL_YEAR_START}, days, sum(resolved)
        from complaint_resolve_days where grain = 'month'
       group by 1, 2, 3, 4;`);
    await tx.query('update complaint_stat_state set folded_at = $1', [now]);
  });
  log(`statistics: aggregates ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
