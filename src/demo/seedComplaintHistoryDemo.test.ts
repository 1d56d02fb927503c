import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readComplaintStatistics } from '../commands/statistics/readComplaintStatistics.ts';
import type { Database } from '../db/database.ts';
import { ManualClock } from '../domain/clock.ts';
import { foldComplaintStatistics } from '../jobs/foldComplaintStatistics.ts';
import { openTestDatabase } from '../../test/support/testDatabase.ts';
import { seedComplaintHistoryDemo } from './seedComplaintHistoryDemo.ts';

describe('demo complaint history', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('gives every province a year of complaints that the statistics fold like any other write', async () => {
    const clock = new ManualClock('2026-11-22T02:00:00Z');
    expect(await seedComplaintHistoryDemo(db, { now: clock.now(), count: 3000 })).toBe(3000);
    const orphans = await db.query<{ n: number }>(
      `select count(*)::int as n from complaints k
        where not exists (select 1 from assignments a where a.case_id = k.case_id and a.role = 'lead')
           or not exists (select 1 from case_events e where e.case_id = k.case_id)`,
    );
    expect(orphans.rows[0]!.n).toBe(0);
    await foldComplaintStatistics({ db, clock });
    const stats = await readComplaintStatistics({ db, clock }, { from: '2025-10', to: '2026-11' });
    expect(stats.totals.received).toBe(3000);
    expect(stats.areas.filter((area) => area.received > 0)).toHaveLength(77);
    const rates = stats.areas.map((area) => area.resolutionRate ?? 0);
    // Provinces differ, so a league table has something to rank.
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.1);
    expect(stats.totals.rated).toBeGreaterThan(0);
  });
});
