import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { CaseFixtures } from '../../../../test/support/caseFixtures.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';
import { MS_PER_DAY as DAY } from '../../../shared/thaiTime.ts';

describe.each(testEngines())('integrated groups, the questions board and the province map (%s)', (engine) => {
  let t: TestApp;
  let f: CaseFixtures;
  let pmdu: TestClient;

  beforeAll(async () => {
    // 09:00 on 20 November 2026, Bangkok time.
    t = await startTestApp({ engine, clock: new ManualClock('2026-11-20T02:00:00Z') });
    f = new CaseFixtures(t.db, t.clock);
    pmdu = await t.as('delivery_unit', 'PMDU');
  });
  afterAll(() => t.close());

  it('sets up a group of seed 001 with lead and member agencies, and lists its directives with their acknowledgement', async () => {
    const created = await pmdu.post('/api/groups', {
      nameTh: 'กลุ่มการพัฒนาการเรียนรู้ของกลุ่มเปราะบางและผู้สูงวัย',
      goalTh: 'จัดทำฐานข้อมูลและสำรวจความต้องการของกลุ่มเปราะบางและผู้สูงวัย',
      reportDueOn: '2027-09-30',
      leadUnitCodes: ['MSDHS'],
      memberUnitCodes: ['MOE', 'MHESI'],
    });
    expect(created.status).toBe(201);
    expect(created.body.leadAgencies.map((u: { code: string }) => u.code)).toEqual(['MSDHS']);
    expect(created.body.memberAgencies.map((u: { code: string }) => u.code).sort()).toEqual(['MHESI', 'MOE']);

    const unknown = await pmdu.post('/api/groups', { nameTh: 'กลุ่มทดสอบ', goalTh: 'เป้าหมาย', leadUnitCodes: ['NOPE'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].path).toBe('/leadUnitCodes');
    const coordinator = await t.as('coordinator', 'MSDHS');
    expect((await coordinator.post('/api/groups', { nameTh: 'กลุ่มทดสอบ', goalTh: 'เป้าหมาย', leadUnitCodes: ['MSDHS'] })).status).toBe(403);

    const groupId = created.body.id;
    const { caseId, assignmentIds } = await f.directive({ to: ['PH-50', 'PH-52'], title: 'สำรวจผู้สูงวัยที่อยู่ลำพัง' });
    await f.bringTo(assignmentIds['PH-50']!, 'PH-50', 'acknowledged');
    expect((await pmdu.post(`/api/groups/${groupId}/cases`, { caseId })).status).toBe(200);
    const events = await pmdu.get(`/api/cases/${caseId}/events`);
    expect(events.body.items.at(-1)).toMatchObject({ type: 'group_linked', data: { group: { id: groupId } } });

    const page = await pmdu.get(`/api/groups/${groupId}`);
    expect(page.body.cases).toEqual([expect.objectContaining({ id: caseId, assigned: 2, acknowledged: 1 })]);
    const list = await coordinator.get('/api/groups');
    expect(list.body.items.find((g: { id: string }) => g.id === groupId)).toMatchObject({ caseCount: 1, reportDueOn: '2027-09-30' });
    // A unit outside the case's units sees the group but not the case.
    expect((await coordinator.get(`/api/groups/${groupId}`)).body.cases).toEqual([]);
  });

  it('shows a question with a 15-day deadline as due on day 15 and overdue on day 16', async () => {
    const ministry = await f.unit('MSDHS');
    const created = await pmdu.post('/api/cases', {
      kind: 'parliamentary_question',
      title: 'กระทู้ถามเรื่องการเปิดคลินิกแม่เลี้ยงเดี่ยว',
      details: { askingMember: 'นายสมชาย รักษ์ดี', answeringUnitId: ministry.id, answerDeadline: '2026-12-05' },
      assignments: [{ targets: { unitIds: [ministry.id] }, role: 'lead' }],
    });
    expect(created.status).toBe(201);
    const board = async () => {
      const client = await t.as('coordinator', 'MSDHS');
      const response = await client.get('/api/parliamentary-questions');
      return response.body.items.find((item: { id: string }) => item.id === created.body.case.id);
    };
    expect(await board()).toMatchObject({ daysLeft: 15, overdue: false, answeringUnit: { code: 'MSDHS' }, askingMember: 'นายสมชาย รักษ์ดี' });
    t.clock.advanceMs(15 * DAY);
    expect(await board()).toMatchObject({ daysLeft: 0, overdue: false });
    t.clock.advanceMs(1 * DAY);
    expect(await board()).toMatchObject({ daysLeft: -1, overdue: true });
    const outsider = await t.as('coordinator', 'PH-52');
    expect((await outsider.get('/api/parliamentary-questions')).body.items).toEqual([]);
  });

  it('draws the 77 provinces as light SVG paths', async () => {
    const map = await pmdu.get('/api/maps/provinces');
    expect(map.status).toBe(200);
    expect(map.body.provinces).toHaveLength(77);
    expect(map.body.provinces.find((p: { code: string }) => p.code === '50').name).toEqual({ th: 'เชียงใหม่', en: 'Chiang Mai' });
    expect(map.body.provinces.every((p: { path: string }) => /^M[\d. LMZ]+Z$/.test(p.path))).toBe(true);
    expect(JSON.stringify(map.body).length).toBeLessThan(60_000);
    expect(map.body.height).toBeGreaterThan(map.body.width);
  });
});
