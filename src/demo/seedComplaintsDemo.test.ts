import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { ManualClock } from '../domain/clock.ts';
import { openTestDatabase } from '../../test/support/testDatabase.ts';
import { seedDemo } from './seedDemo.ts';

describe('demo data', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('files three dozen real Bangkok complaints, each at a Bangkok district office, and a history in Phra Nakhon', async () => {
    expect(await seedDemo(db, { clock: new ManualClock('2026-11-22T02:00:00Z') })).toEqual({ seeded: true });
    const units = await db.query<{ code: string; status: string }>(
      `select u.code, a.status from complaints k join cases c on c.id = k.case_id join assignments a on a.case_id = k.case_id
         join units u on u.id = a.unit_id where c.ref not like 'HIS-%'`,
    );
    expect(units.rows.length).toBeGreaterThanOrEqual(36);
    expect(units.rows.every((row) => /^DO-10\d\d$/.test(row.code))).toBe(true);
    expect(units.rows.filter((row) => row.code === 'DO-1001').map((row) => row.status)).toEqual(
      expect.arrayContaining(['acknowledged', 'done']),
    );
  });
});
