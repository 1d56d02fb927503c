import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../commands/cases/createCase.ts';
import { ManualClock } from '../domain/clock.ts';
import { CaseFixtures } from '../../test/support/caseFixtures.ts';
import { createStaff } from '../../test/support/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/support/testApp.ts';
import { testEngines } from '../../test/support/testDatabase.ts';
import { sweepServiceLevels } from './sweepServiceLevels.ts';
import { MS_PER_DAY as DAY } from '../shared/thaiTime.ts';

describe.each(testEngines())('service-level sweep (%s)', (engine) => {
  let t: TestApp;
  let f: CaseFixtures;
  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-03-02T02:00:00Z') });
    f = new CaseFixtures(t.db, t.clock);
  });
  afterAll(() => t.close());

  it('reminds provincial offices that have not acknowledged, then escalates to the department and the ministry', async () => {
    const { assignmentIds } = await f.directive({ to: ['MSDHS'] });
    await f.bringTo(assignmentIds['MSDHS']!, 'MSDHS', 'acknowledged');
    const offices = await f.cascade(assignmentIds['MSDHS']!, 'MSDHS', ['MSDHS-P-50', 'MSDHS-P-52', 'MSDHS-P-58']);
    await f.bringTo(offices['MSDHS-P-50']!, 'MSDHS-P-50', 'acknowledged');

    t.clock.advanceDays(2);
    expect(await sweepServiceLevels(t)).toEqual({ reminders: 0, escalations: 0 });
    t.clock.advanceDays(1.5); // past 72 hours: reminder
    expect(await sweepServiceLevels(t)).toEqual({ reminders: 2, escalations: 0 });
    expect(await sweepServiceLevels(t)).toEqual({ reminders: 0, escalations: 0 });

    t.clock.advanceDays(4); // past 7 days: first escalation, to the Office of the Permanent Secretary
    expect(await sweepServiceLevels(t)).toEqual({ reminders: 0, escalations: 2 });
    const steps = await t.db.query<{ code: string; level: number }>(
      `select u.code, s.level from service_level_steps s join units u on u.id = s.to_unit_id
        where s.assignment_id = $1 and s.step = 'escalation'`,
      [offices['MSDHS-P-52']],
    );
    expect(steps.rows).toEqual([{ code: 'MSDHS.01', level: 1 }]);

    t.clock.advanceDays(7); // another 7 days: to the ministry itself
    expect(await sweepServiceLevels(t)).toEqual({ reminders: 0, escalations: 2 });
    t.clock.advanceDays(30); // the directive policy stops at two levels
    expect(await sweepServiceLevels(t)).toEqual({ reminders: 0, escalations: 0 });

    const ministry = await signIn(t.app, await createStaff(t.db, { role: 'coordinator', unitCode: 'MSDHS' }));
    const inbox = await ministry.get('/api/inbox');
    // The two offices' escalations on one case are one line of the ministry's inbox, listing both.
    const escalated = inbox.body.items.filter((item: { waitingFor: string }) => item.waitingFor === 'escalation');
    expect(escalated).toHaveLength(1);
    expect(escalated[0].group.map((member: { unit: { code: string } }) => member.unit.code).sort()).toEqual(['MSDHS-P-52', 'MSDHS-P-58']);
    expect(escalated[0].escalation).toMatchObject({ reason: 'acknowledge', level: 2 });

    const office = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'MSDHS-P-52' }));
    const officeInbox = await office.get('/api/inbox');
    expect(officeInbox.body.items[0].remindedAt).not.toBeNull();
    // Acknowledging clears the escalation from the ministry's inbox.
    expect((await office.post(`/api/assignments/${offices['MSDHS-P-52']}/acknowledge`, {})).status).toBe(200);
    const after = await ministry.get('/api/inbox');
    const still = after.body.items.filter((item: { waitingFor: string }) => item.waitingFor === 'escalation');
    expect(still.map((item: { group: { unit: { code: string } }[] }) => item.group.map((member) => member.unit.code))).toEqual([
      ['MSDHS-P-58'],
    ]);

    const events = await ministry.get(
      `/api/cases/${(await t.db.query<{ case_id: string }>('select case_id from assignments where id = $1', [offices['MSDHS-P-52']])).rows[0]!.case_id}/events`,
    );
    const types = events.body.items.map((e: { type: string }) => e.type);
    expect(types.filter((type: string) => type === 'reminded')).toHaveLength(2);
    expect(types.filter((type: string) => type === 'escalated')).toHaveLength(4);
  });

  it('escalates an unacknowledged complaint district → province → ministry → PM office, each after its service level', async () => {
    const operator = await f.actorOf('OPM-1111', 'operator');
    const created = await createCase(
      { db: t.db, clock: t.clock, actor: operator },
      {
        kind: 'complaint',
        title: 'ไฟฟ้าส่องสว่างดับทั้งซอย',
        body: '',
        priority: 'normal',
        category: null,
        areaCode: '500101',
        dueAt: null,
        details: {},
        assignments: [{ targets: { unitCodes: ['DO-5001'] }, role: 'lead', dueAt: null, note: null }],
      },
    );
    const path: string[] = [];
    const record = async () => {
      await sweepServiceLevels(t);
      const rows = await t.db.query<{ code: string }>(
        `select u.code from service_level_steps s join units u on u.id = s.to_unit_id
          where s.case_id = $1 and s.step = 'escalation' and s.reason = 'acknowledge' order by s.level`,
        [created.id],
      );
      path.push(rows.rows.map((row) => row.code).join(' → ') || '-');
    };
    await record();
    t.clock.advanceMs(3 * DAY - 60_000);
    await record();
    t.clock.advanceMs(60_000);
    await record();
    t.clock.advanceMs(3 * DAY);
    await record();
    t.clock.advanceMs(3 * DAY);
    await record();
    expect(path).toEqual(['-', '-', 'PH-50', 'PH-50 → MOI', 'PH-50 → MOI → OPM']);
  });

  it('counts no time while the unit waits for the citizen', async () => {
    const { assignmentIds } = await f.directive({ to: ['PH-51'] });
    await t.db.query('update assignments set paused_at = $2 where id = $1', [assignmentIds['PH-51'], t.clock.now()]);
    t.clock.advanceDays(30);
    await sweepServiceLevels(t);
    const steps = await t.db.query('select 1 from service_level_steps where assignment_id = $1', [assignmentIds['PH-51']]);
    expect(steps.rows).toHaveLength(0);
  });
});
