import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { ManualClock } from '../../domain/clock.ts';
import { foldComplaintStatistics } from '../../jobs/foldComplaintStatistics.ts';
import { openTestDatabase } from '../../../test/support/testDatabase.ts';
import { importTraffy } from './importTraffy.ts';

const file = readFileSync(new URL('../../../reference-data/complaints/traffy-bangkok-2023-05-11.csv', import.meta.url));

/** The file's header and one ticket of it under another id and state: a later export of the same ticket. */
function oneTicket(ticketId: string, state: string, lastActivity: string): string {
  const header = file.toString('utf8').split('\n')[0]!;
  const row = [
    ticketId,
    '{ถนน}',
    'เขตพระนคร',
    'ถนนหน้าบ้านเป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย',
    '"100.49414,13.75398"',
    '',
    '',
    'ถนนราชดำเนินกลาง',
    'บวรนิเวศ',
    'พระนคร',
    'กรุงเทพมหานคร',
    '2023-05-10 08:00:00.000000+00',
    state,
    '',
    '0',
    lastActivity,
  ];
  return `${header}\n${row.join(',')}\n`;
}

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

    // The file's states (98 เสร็จสิ้น, 473 กำลังดำเนินการ, 429 รอรับเรื่อง) are the complaints' states.
    expect(result.byStage).toEqual({ finished: 98, in_progress: 473, waiting: 429 });
    expect(result.states.map((s) => [s.state, s.stage, s.rows, s.created, s.advanced])).toEqual([
      ['กำลังดำเนินการ', 'in_progress', 473, 473, 473],
      ['รอรับเรื่อง', 'waiting', 429, 429, 0],
      ['เสร็จสิ้น', 'finished', 98, 98, 98],
    ]);
    expect(result.advanced).toBe(571);
    const states = await db.query<{ lead: string; kase: string; resolved: boolean; n: number }>(
      `select a.status as lead, c.status as kase, k.resolved_at is not null as resolved, count(*)::int as n
         from complaints k join cases c on c.id = k.case_id
         join assignments a on a.case_id = k.case_id and a.parent_id is null and a.role = 'lead'
        where k.channel = 'import' group by 1, 2, 3 order by 1`,
    );
    expect(states.rows).toEqual([
      { lead: 'accepted', kase: 'completed', resolved: true, n: 98 },
      { lead: 'in_progress', kase: 'in_progress', resolved: false, n: 473 },
      { lead: 'sent', kase: 'open', resolved: false, n: 429 },
    ]);
  }, 300_000);

  it('dates each step at the ticket’s own times, in order: filed, then acknowledged, then resolved at its last activity', async () => {
    const finished = await db.query<{ type: string; created_at: Date }>(
      `select e.type, e.created_at from case_events e join complaints k on k.case_id = e.case_id
        where k.external_ref = '2GY838' order by e.id`,
    );
    const filed = new Date('2023-05-12T12:42:44.586Z');
    const finishedAt = new Date('2023-05-12T12:47:31.225Z');
    expect(finished.rows.map((e) => e.type)).toEqual([
      'created',
      'assigned',
      'acknowledged',
      'status_changed',
      'progress_reported',
      'completed',
      'accepted',
      'status_changed',
    ]);
    expect(finished.rows.slice(0, 2).map((e) => e.created_at)).toEqual([filed, filed]);
    for (const event of finished.rows.slice(2)) expect(event.created_at).toEqual(finishedAt);
    const resolved = await db.query<{ resolved_at: Date; acknowledged_at: Date; created_at: Date }>(
      `select k.resolved_at, a.acknowledged_at, a.created_at from complaints k
         join assignments a on a.case_id = k.case_id and a.parent_id is null where k.external_ref = '2GY838'`,
    );
    expect(resolved.rows[0]).toEqual({ resolved_at: finishedAt, acknowledged_at: finishedAt, created_at: filed });

    // Every imported case's history runs forward in time, and starts when the ticket was filed.
    const disorder = await db.query<{ n: number }>(
      `select count(*)::int as n from (
         select e.created_at < lag(e.created_at) over (partition by e.case_id order by e.id) as backwards
           from case_events e join complaints k on k.case_id = e.case_id where k.channel = 'import') x
        where backwards`,
    );
    expect(disorder.rows[0]!.n).toBe(0);
    const startsLate = await db.query<{ n: number }>(
      `select count(*)::int as n from complaints k
        where k.channel = 'import'
          and (select min(e.created_at) from case_events e where e.case_id = k.case_id) <> k.received_at`,
    );
    expect(startsLate.rows[0]!.n).toBe(0);
  });

  it('counts the imported states in the statistics: 1,000 received in May 2566, 98 resolved, days to resolve from the ticket times', async () => {
    await foldComplaintStatistics({ db, clock });
    const may = await db.query<{ received: number; resolved: number }>(
      `select received, resolved from complaint_stats
        where scope = 'TH' and dim = 'all' and grain = 'month' and month = '2023-05-01' and dim_value = ''`,
    );
    expect(may.rows[0]).toEqual({ received: 1000, resolved: 98 });
    const days = await db.query<{ days: number; resolved: number }>(
      `select days, resolved from complaint_resolve_days where scope = 'TH' and grain = 'month' and month = '2023-05-01' order by days`,
    );
    // The slowest finished ticket took 98,942 s (1.1 days) from filing to its last activity.
    expect(days.rows).toEqual([
      { days: 0, resolved: expect.any(Number) as number },
      { days: 1, resolved: expect.any(Number) as number },
    ]);
    expect(days.rows.reduce((sum, row) => sum + row.resolved, 0)).toBe(98);
  });

  it('imports nothing twice when the file comes again', async () => {
    const count = async (table: string) => (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;
    const before = { cases: await count('cases'), events: await count('case_events') };
    const result = await importTraffy({ db, clock }, file);
    expect(result).toMatchObject({ created: 0, alreadyImported: 1000, advanced: 0, errors: [] });
    expect({ cases: await count('cases'), events: await count('case_events') }).toEqual(before);
  });

  it('moves a ticket imported before on to its newer state, once', async () => {
    const waiting = await importTraffy({ db, clock }, oneTicket('TEST-0001', 'รอรับเรื่อง', '2023-05-10 08:00:00.000000+00'));
    expect(waiting).toMatchObject({ created: 1, advanced: 0, errors: [] });
    const working = await importTraffy({ db, clock }, oneTicket('TEST-0001', 'กำลังดำเนินการ', '2023-05-11 09:00:00.000000+00'));
    expect(working).toMatchObject({ created: 0, alreadyImported: 1, advanced: 1, errors: [] });
    const done = await importTraffy({ db, clock }, oneTicket('TEST-0001', 'เสร็จสิ้น', '2023-05-12 10:00:00.000000+00'));
    expect(done).toMatchObject({ created: 0, alreadyImported: 1, advanced: 1, errors: [] });
    const again = await importTraffy({ db, clock }, oneTicket('TEST-0001', 'เสร็จสิ้น', '2023-05-12 10:00:00.000000+00'));
    expect(again).toMatchObject({ created: 0, alreadyImported: 1, advanced: 0, errors: [] });

    const events = await db.query<{ type: string; at: string }>(
      `select e.type, to_char(e.created_at at time zone 'UTC', 'MM-DD HH24:MI') as at from case_events e
         join complaints k on k.case_id = e.case_id where k.external_ref = 'TEST-0001' and e.type <> 'status_changed' order by e.id`,
    );
    expect(events.rows).toEqual([
      { type: 'created', at: '05-10 08:00' },
      { type: 'assigned', at: '05-10 08:00' },
      { type: 'acknowledged', at: '05-11 09:00' },
      { type: 'progress_reported', at: '05-11 09:00' },
      { type: 'completed', at: '05-12 10:00' },
      { type: 'accepted', at: '05-12 10:00' },
    ]);
    const complaints = await db.query<{ n: number }>(`select count(*)::int as n from complaints where external_ref = 'TEST-0001'`);
    expect(complaints.rows[0]!.n).toBe(1);
  });
});
