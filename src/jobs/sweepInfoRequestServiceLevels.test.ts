import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAgencyServiceLevel } from '../commands/calendar/manageAgencyServiceLevels.ts';
import { fileInfoRequest } from '../commands/infoRequests/fileInfoRequest.ts';
import { infoRequestDeadline } from '../commands/infoRequests/infoRequestDeadline.ts';
import type { Database } from '../db/database.ts';
import { ManualClock } from '../domain/clock.ts';
import type { FilingInput } from '../domain/infoRequests/validateFiling.ts';
import { unitByCode } from '../../test/support/factories.ts';
import { openTestDatabase, testEngines } from '../../test/support/testDatabase.ts';
import { CaseFixtures } from '../../test/support/caseFixtures.ts';
import { sweepServiceLevels } from './sweepServiceLevels.ts';

/**
 * Issue 16: an official-information request escalates as its agency's service level says, counted in
 * working days with the public-holiday calendar (Makha Bucha, 3 March 2026, falls in the window).
 */
describe.each(testEngines())('service-level sweep of information requests (%s)', (engine) => {
  let db: Database;
  const clock = new ManualClock('2026-03-02T02:00:00Z'); // Monday 2 March 2026, 09:00 Bangkok
  const sweep = () => sweepServiceLevels({ db, clock });
  const file = async (agencyCode: string, overrides: Partial<FilingInput> = {}) =>
    fileInfoRequest(
      { db, clock, actor: null },
      {
        channel: 'web',
        agencyUnitId: (await unitByCode(db, agencyCode)).id,
        title: 'งบประมาณซ่อมถนนปี 2569',
        body: 'ขอสำเนาสัญญาและใบตรวจรับงานซ่อมถนนในอำเภอ ปีงบประมาณ 2569',
        formWanted: 'copy',
        requester: { name: 'สมชาย ใจดี', email: 'somchai@example.com' },
        publishConsent: false,
        ...overrides,
      },
    );
  const steps = async (caseId: string) =>
    (
      await db.query<{ step: string; reason: string; level: number; code: string }>(
        `select s.step, s.reason, s.level, u.code from service_level_steps s join units u on u.id = s.to_unit_id
          where s.case_id = $1 order by s.created_at, s.level`,
        [caseId],
      )
    ).rows.map((row) => `${row.step}:${row.reason}:${row.level}:${row.code}`);

  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(() => db.close());

  it('reminds at the due date, escalates to the parent unit when long overdue, then up one level, each step once', async () => {
    clock.set('2026-03-02T02:00:00Z');
    const filed = await file('DO-5001');
    // 15 working days from Monday 2 March, Makha Bucha (Tuesday 3 March) skipped: the end of Tuesday 24 March.
    expect(filed.dueAt?.toISOString()).toBe('2026-03-24T16:59:59.999Z');
    const row = await db.query<{ long_overdue_at: Date }>('select long_overdue_at from info_requests where case_id = $1', [filed.id]);
    // 30 working days, with the Chakri day and Songkran skipped: the end of Monday 20 April.
    expect(row.rows[0]!.long_overdue_at.toISOString()).toBe('2026-04-20T16:59:59.999Z');

    await sweep();
    expect(await steps(filed.id)).toEqual([]);
    clock.set('2026-03-05T16:59:00Z'); // 23:59 of Thursday 5 March, the 2nd working day: not yet
    await sweep();
    expect(await steps(filed.id)).toEqual([]);
    clock.set('2026-03-05T17:00:00Z');
    await sweep();
    await sweep();
    expect(await steps(filed.id)).toEqual(['reminder:acknowledge:0:DO-5001']);

    clock.set('2026-03-23T17:30:00Z'); // past Monday 23 March: due then without the holiday, but not with it
    await sweep();
    expect(await steps(filed.id)).toHaveLength(1);
    clock.set('2026-03-24T17:00:00Z');
    await sweep();
    await sweep();
    expect((await steps(filed.id)).slice(1)).toEqual(['reminder:resolve:0:DO-5001']);

    clock.set('2026-04-20T16:59:00Z');
    await sweep();
    expect(await steps(filed.id)).toHaveLength(2);
    clock.set('2026-04-20T17:00:00Z');
    await sweep();
    await sweep();
    expect((await steps(filed.id)).slice(2)).toEqual(['escalation:resolve:1:PH-50']);

    // Ten working days later (Coronation Day, Monday 4 May, skipped): the end of Tuesday 5 May, to the ministry.
    clock.set('2026-05-04T17:30:00Z');
    await sweep();
    expect(await steps(filed.id)).toHaveLength(3);
    clock.set('2026-05-05T17:00:00Z');
    await sweep();
    await sweep();
    expect((await steps(filed.id)).slice(3)).toEqual(['escalation:resolve:2:MOI']);

    const events = await db.query<{ type: string; data: { toUnit: { code: string } } }>(
      `select type, data from case_events where case_id = $1 and type in ('reminded', 'escalated') order by id`,
      [filed.id],
    );
    expect(events.rows.map((event) => `${event.type}:${event.data.toUnit.code}`)).toEqual([
      'reminded:DO-5001',
      'reminded:DO-5001',
      'escalated:PH-50',
      'escalated:MOI',
    ]);
  });

  it('moves the due date by a day for a holiday in the window', async () => {
    const agency = (await unitByCode(db, 'DO-5002')).id;
    const from = new Date('2026-03-02T02:00:00Z');
    expect((await infoRequestDeadline(db, agency, from)).dueAt?.toISOString()).toBe('2026-03-24T16:59:59.999Z');
    await db
      .transaction(async (tx) => {
        await tx.query(`delete from public_holidays where day = '2026-03-03'`);
        expect((await infoRequestDeadline(tx, agency, from)).dueAt?.toISOString()).toBe('2026-03-23T16:59:59.999Z');
        await tx.query(`insert into public_holidays (day, name_th, name_en, created_at, updated_at)
                      values ('2026-05-01', 'ทดสอบ', 'Test', now(), now())`);
        // Without Makha Bucha, 30 working days end a day earlier (Friday 17 April); 1 May lies after them.
        expect((await infoRequestDeadline(tx, agency, from)).longOverdueAt?.toISOString()).toBe('2026-04-17T16:59:59.999Z');
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
  });

  it("counts by the agency's own service level, inherited by the units below it, over the default", async () => {
    const admin = await new CaseFixtures(db, clock).actorOf('RTG', 'admin');
    await setAgencyServiceLevel({ db, clock, actor: admin }, (await unitByCode(db, 'PH-51')).id, {
      acknowledgeWorkingDays: 1,
      resolveWorkingDays: 5,
      longOverdueWorkingDays: 8,
      escalateEveryWorkingDays: 2,
      maxEscalationLevels: 1,
    });
    clock.set('2026-06-08T03:00:00Z'); // Monday 8 June 2026
    const own = await file('DO-5101');
    const other = await file('DO-5001');
    expect(own.dueAt?.toISOString()).toBe('2026-06-15T16:59:59.999Z'); // 5 working days: Monday 15 June
    expect(other.dueAt?.toISOString()).toBe('2026-06-29T16:59:59.999Z'); // the default's 15

    clock.set('2026-06-18T17:00:00Z'); // the end of Thursday 18 June: 8 working days
    await sweep();
    await sweep();
    expect(await steps(own.id)).toEqual(['reminder:acknowledge:0:DO-5101', 'reminder:resolve:0:DO-5101', 'escalation:resolve:1:PH-51']);
    expect(await steps(other.id)).toEqual(['reminder:acknowledge:0:DO-5001']);
    clock.set('2026-07-31T17:00:00Z');
    await sweep();
    expect((await steps(own.id)).filter((step) => step.startsWith('escalation'))).toHaveLength(1); // one level only
  });
});
