import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../../../test/support/caseFixtures.ts';
import { startTestApp, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

describe.each(testEngines())('an assignment through its lifecycle (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine });
  });
  afterAll(() => t.close());

  it('is acknowledged, cascaded, reported on, completed, sent back, completed again and accepted', async () => {
    const f = new CaseFixtures(t.db, t.clock);
    const { caseId, assignmentIds } = await f.directive({ to: ['PH-50'] });
    const province = await t.as('coordinator', 'PH-50');
    const district = await t.as('officer', 'DO-5001');
    const statusOf = async (code: string) => {
      const detail = await province.get(`/api/cases/${caseId}`);
      return detail.body.assignments.find((a: { unit: { code: string } }) => a.unit.code === code)?.status;
    };

    expect((await province.post(`/api/assignments/${assignmentIds['PH-50']}/acknowledge`, { note: 'รับทราบ' })).status).toBe(200);
    const cascaded = await province.post(`/api/assignments/${assignmentIds['PH-50']}/cascade`, { targets: { unitCodes: ['DO-5001'] } });
    expect(cascaded.status).toBe(201);
    expect(cascaded.body.created.map((c: { code: string }) => c.code)).toEqual(['DO-5001']);
    const child = (await f.assignmentIds(caseId))['DO-5001']!;

    expect((await district.post(`/api/assignments/${child}/acknowledge`, {})).status).toBe(200);
    const progress = await district.post(`/api/assignments/${child}/progress`, { note: 'สำรวจแล้วครึ่งหนึ่ง' });
    expect(progress.status).toBe(201);
    expect(progress.body.eventId).toEqual(expect.any(Number));
    expect((await district.post(`/api/assignments/${child}/complete`, { note: 'เสร็จแล้ว' })).status).toBe(200);
    expect(await statusOf('DO-5001')).toBe('done');

    expect((await province.post(`/api/assignments/${child}/send-back`, { reason: 'ขอภาพถ่ายประกอบ' })).status).toBe(200);
    expect(await statusOf('DO-5001')).toBe('in_progress');
    expect((await district.post(`/api/assignments/${child}/complete`, {})).status).toBe(200);
    expect((await province.post(`/api/assignments/${child}/accept`, {})).status).toBe(200);
    expect(await statusOf('DO-5001')).toBe('accepted');
  });

  it('is returned by a unit it is not for, with the reason', async () => {
    const f = new CaseFixtures(t.db, t.clock);
    const { caseId, assignmentIds } = await f.directive({ to: ['DO-5003'] });
    const district = await t.as('officer', 'DO-5003');
    expect((await district.post(`/api/assignments/${assignmentIds['DO-5003']}/return`, { reason: 'ไม่ใช่พื้นที่ของอำเภอ' })).status).toBe(200);
    const detail = await district.get(`/api/cases/${caseId}`);
    expect(detail.body.assignments[0].status).toBe('returned');
  });
});
