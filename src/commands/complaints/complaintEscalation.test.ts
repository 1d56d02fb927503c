import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../domain/clock.ts';
import { sweepServiceLevels } from '../../jobs/sweepServiceLevels.ts';
import { createStaff } from '../../../test/support/factories.ts';
import { startTestApp, type TestApp } from '../../../test/support/testApp.ts';
import { testEngines } from '../../../test/support/testDatabase.ts';
import { createComplaint } from './createComplaint.ts';
import { updateCategory } from './manageComplaintSettings.ts';
import { resumeComplaint, waitForCitizen } from './staffComplaintActions.ts';
import { MS_PER_HOUR as HOUR } from '../../shared/thaiTime.ts';

describe.each(testEngines())('complaint escalation (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-06-01T02:00:00Z') });
  });
  afterAll(() => t.close());

  const file = (categoryCode: string, description: string) =>
    createComplaint(
      { db: t.db, clock: t.clock, actor: null },
      { channel: 'web', categoryCode, description, areaCode: '100101', location: null, complainant: null },
    );

  async function chain(caseId: string): Promise<string> {
    const rows = await t.db.query<{ code: string }>(
      `select u.code from service_level_steps s join units u on u.id = s.to_unit_id
        where s.case_id = $1 and s.step = 'escalation' and s.reason = 'acknowledge' order by s.level`,
      [caseId],
    );
    return rows.rows.map((row) => row.code).join(' → ') || '-';
  }

  it('escalates an unacknowledged Bangkok complaint district office → city hall → Interior → PM office, each after its service level', async () => {
    const created = await file('roads', 'ถนนทรุดเป็นแอ่งลึกหน้าวัด');
    expect(created.unitCode).toBe('DO-1001');
    const seen: string[] = [];
    for (const hours of [71, 1, 72, 72, 72 * 10]) {
      t.clock.advanceMs(hours * HOUR);
      await sweepServiceLevels(t);
      seen.push(await chain(created.caseId));
    }
    expect(seen).toEqual(['-', 'PH-10', 'PH-10 → MOI', 'PH-10 → MOI → OPM', 'PH-10 → MOI → OPM']);
    const events = await t.db.query<{ type: string }>(
      `select type from case_events where case_id = $1 and type = 'escalated' and data->>'reason' = 'acknowledge'`,
      [created.caseId],
    );
    expect(events.rows).toHaveLength(3);
  });

  it("follows a category's own service level, and stops the clock while waiting for the citizen", async () => {
    const admin = await createStaff(t.db, { role: 'admin', unitCode: 'RTG' });
    await updateCategory({ db: t.db, clock: t.clock, actor: admin.actor }, 'pm25', {
      nameTh: 'ฝุ่น PM2.5',
      nameEn: 'PM2.5 dust',
      acknowledgeHours: 12,
      resolveHours: 72,
      active: true,
    });
    const fast = await file('pm25', 'ฝุ่นควันหนาแน่นจากการเผาขยะ');
    t.clock.advanceMs(13 * HOUR);
    await sweepServiceLevels(t);
    expect(await chain(fast.caseId)).toBe('PH-10');

    const officer = await createStaff(t.db, { role: 'officer', unitCode: 'DO-1001' });
    const waiting = await file('pm25', 'ฝุ่นจากไซต์ก่อสร้างฟุ้งทั้งวัน');
    t.clock.advanceMs(6 * HOUR);
    await waitForCitizen({ db: t.db, clock: t.clock, actor: officer.actor }, waiting.caseId, { message: 'โปรดส่งรูปไซต์ก่อสร้าง' });
    t.clock.advanceMs(48 * HOUR); // paused: nothing falls due
    await sweepServiceLevels(t);
    expect(await chain(waiting.caseId)).toBe('-');
    await resumeComplaint({ db: t.db, clock: t.clock, actor: officer.actor }, waiting.caseId, { note: null });
    t.clock.advanceMs(5 * HOUR); // 11 counted hours: still inside 12
    await sweepServiceLevels(t);
    expect(await chain(waiting.caseId)).toBe('-');
    t.clock.advanceMs(2 * HOUR);
    await sweepServiceLevels(t);
    expect(await chain(waiting.caseId)).toBe('PH-10');
  });
});
