import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { ManualClock } from '../../domain/clock.ts';
import { openTestDatabase } from '../../../test/support/testDatabase.ts';
import { importTraffy } from './importTraffy.ts';

const file = readFileSync(new URL('../../../reference-data/complaints/traffy-bangkok-2023-05-11.csv', import.meta.url));

describe('importing Traffy Fondue exports (pglite)', () => {
  let db: Database;
  const clock = new ManualClock('2026-03-02T02:00:00Z');
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
  });
  afterAll(() => db.close());

  // The time is printed, not asserted: tests run many files at once on a shared machine. `npm run bench -- traffy-import`
  // measures it alone against the 10 s target.
  it('imports all 1,000 real complaints with zero errors, each to a Bangkok district office, and says how long it took', async () => {
    const started = performance.now();
    const result = await importTraffy({ db, clock }, file);
    const seconds = (performance.now() - started) / 1000;
    console.log(`imported ${result.created} Traffy complaints in ${seconds.toFixed(2)} s on PGlite`);
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ rows: 1000, created: 1000, alreadyImported: 0 });

    const units = await db.query<{ code: string; kind: string; area_code: string; n: number }>(
      `select u.code, u.kind, u.area_code, count(*)::int as n
         from complaints k join assignments a on a.case_id = k.case_id and a.parent_id is null join units u on u.id = a.unit_id
        where k.channel = 'import' group by u.code, u.kind, u.area_code`,
    );
    expect(units.rows.reduce((sum, row) => sum + row.n, 0)).toBe(1000);
    for (const unit of units.rows) expect(`${unit.code} ${unit.kind} ${unit.area_code}`).toMatch(/^DO-10\d\d district_office 10\d\d$/);

    const pathumWan = await db.query<{ n: number }>(
      `select count(*)::int as n from complaints k join assignments a on a.case_id = k.case_id join units u on u.id = a.unit_id
        where k.channel = 'import' and u.code = 'DO-1007'`,
    );
    expect(pathumWan.rows[0]!.n).toBe(21);
    const kept = await db.query<{ received_at: Date; external_ref: string; lat: number; lon: number }>(
      `select received_at, external_ref, lat, lon from complaints where external_ref = '2023-FCX4QQ'`,
    );
    expect(kept.rows[0]).toMatchObject({ received_at: new Date('2023-05-12T13:27:54.482Z'), lat: 13.81565, lon: 100.87281 });
  });

  it('imports nothing twice when the file comes again', async () => {
    const before = (await db.query<{ n: number }>(`select count(*)::int as n from cases`)).rows[0]!.n;
    const result = await importTraffy({ db, clock }, file);
    expect(result).toMatchObject({ created: 0, alreadyImported: 1000, errors: [] });
    expect((await db.query<{ n: number }>(`select count(*)::int as n from cases`)).rows[0]!.n).toBe(before);
  });
});
