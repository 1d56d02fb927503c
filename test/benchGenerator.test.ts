import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBenchDatabase } from '../bench/generate/generateDatabase.ts';
import type { Database } from '../src/db/database.ts';
import { openPostgres } from '../src/db/postgresDatabase.ts';
import { ManualClock } from '../src/domain/clock.ts';
import { foldComplaintStatistics } from '../src/jobs/foldComplaintStatistics.ts';

/**
 * The national-scale generator (`npm run bench -- generate`) on a tiny database: every complaint
 * has its case and its lead assignment, and the statistics it builds in one set-based pass equal,
 * row for row, what the fold job makes from scratch. PostgreSQL only: the generator is for it.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const COMPLAINTS = 2_000;
const CASES = 100;
const now = new Date('2026-11-15T03:00:00Z');

const STATS = `select scope, dim, grain, month::text, dim_value, received, resolved, overdue, reopened, rated, rating_sum, satisfied,
                      ack_decided, ack_on_time from complaint_stats order by 1, 2, 3, 4, 5`;
const DAYS = 'select scope, grain, month::text, days, resolved from complaint_resolve_days order by 1, 2, 3, 4';

describe.skipIf(!serverUrl)('bench database generator (PostgreSQL)', () => {
  const name = `tidtam_benchgen_${randomBytes(4).toString('hex')}`;
  let url = '';
  let db: Database;
  let seconds = 0;

  beforeAll(async () => {
    const parsed = new URL(serverUrl!);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    const generated = await generateBenchDatabase({ url, complaints: COMPLAINTS, cases: CASES, force: false, log: () => {}, now });
    seconds = generated.seconds;
    db = openPostgres(url, { poolSize: 2 });
  });

  afterAll(async () => {
    await db?.close();
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('gives every complaint its case and lead assignment, across the provinces and three fiscal years', async () => {
    const shape = await db.query<Record<string, number>>(`
      select (select count(*) from complaints)::int as complaints,
             (select count(*) from cases where kind = 'complaint')::int as complaint_cases,
             (select count(*) from cases where kind in ('directive', 'policy'))::int as delivery_cases,
             (select count(distinct a.case_id) from assignments a join complaints k on k.case_id = a.case_id
               where a.role = 'lead' and a.parent_id is null)::int as led,
             (select count(*) from complaints k left join cases c on c.id = k.case_id where c.id is null)::int as orphans,
             (select count(distinct left(area_code, 2)) from complaints)::int as provinces,
             (select count(distinct category_code) from complaints)::int as categories,
             (select count(distinct channel) from complaints)::int as channels,
             (select min(received_at) >= '2023-09-30T17:00:00Z' and max(received_at) < '2026-09-30T17:00:00Z' from complaints)::int as in_years,
             (select count(*) filter (where resolved_at is not null or c.status = 'closed') * 100 / count(*)
                from complaints k join cases c on c.id = k.case_id)::int as finished_percent,
             (select count(*) from assignments a join cases c on c.id = a.case_id where c.kind <> 'complaint')::int as delivery_assignments`);
    const row = shape.rows[0]!;
    expect(row).toMatchObject({ complaints: COMPLAINTS, complaint_cases: COMPLAINTS, delivery_cases: CASES, led: COMPLAINTS, orphans: 0 });
    expect(row.in_years).toBe(1);
    expect(row.provinces).toBeGreaterThan(70);
    expect(row.categories).toBeGreaterThan(15);
    expect(row.channels).toBe(7);
    expect(row.finished_percent).toBeGreaterThan(80);
    expect(row.delivery_assignments).toBeGreaterThan(CASES);
    expect(seconds).toBeGreaterThan(0);
  });

  it('reuses the finished database instead of generating it again', async () => {
    const again = await generateBenchDatabase({ url, complaints: COMPLAINTS, cases: CASES, force: false, log: () => {}, now });
    expect(again.reused).toBe(true);
    await expect(
      generateBenchDatabase({ url, complaints: COMPLAINTS + 1, cases: CASES, force: false, log: () => {}, now }),
    ).rejects.toThrow(/--force/);
  });

  it('builds the same statistics as the fold job does from scratch', async () => {
    const fast = { stats: (await db.query(STATS)).rows, days: (await db.query(DAYS)).rows };
    expect(fast.stats.length).toBeGreaterThan(1000);
    await db.exec(`truncate complaint_stat_facts, complaint_stats, complaint_resolve_days, complaint_stat_dirty;
      insert into complaint_stat_dirty (case_id) select case_id from complaints;`);
    const { folded } = await foldComplaintStatistics({ db, clock: new ManualClock(now), batch: 2_000 });
    expect(folded).toBe(COMPLAINTS);
    expect((await db.query(STATS)).rows).toEqual(fast.stats);
    expect((await db.query(DAYS)).rows).toEqual(fast.days);
  });
});
