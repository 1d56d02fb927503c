import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

type Row = { key: string; assigned: number; acknowledged: number; overdue: number; rag: string | null; number?: number };

/**
 * Issue 11, item 3: the delivery unit sends a directive to the provincial halls of inspection
 * zone 15 and a policy to a ministry. Chiang Mai acknowledges, reports red and asks for help, and
 * its indicator value falls short of the trajectory; the others miss the due date. The national
 * picture and zone 15's page show exactly that; a coordinator may not read either.
 */
describe.each(testEngines())('the national delivery picture and the inspection-zone page (%s)', (engine) => {
  let t: TestApp;
  let pmdu: TestClient;
  let hall: TestClient;
  let coordinator: TestClient;
  let directiveId: string;

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-12-10T03:00:00.000Z') });
    pmdu = await t.as('delivery_unit', 'PMDU');
    hall = await t.as('officer', 'PH-50');
    coordinator = await t.as('coordinator', 'MSDHS');
    const directive = await pmdu.post('/api/cases', {
      kind: 'directive',
      title: 'เร่งรัดการแก้ปัญหาหมอกควันในภาคเหนือตอนบน',
      body: 'ให้ศาลากลางจังหวัดในเขตตรวจราชการที่ 15 รายงานมาตรการลดการเผาในที่โล่ง',
      assignments: [{ targets: { kind: 'provincial_hall', groupingId: 'zone:15' }, role: 'lead', dueDate: '2026-12-12' }],
    });
    expect(directive.status).toBe(201);
    directiveId = directive.body.case.id;
    const policy = await pmdu.post('/api/cases', {
      kind: 'policy',
      title: 'ศูนย์ดูแลแม่เลี้ยงเดี่ยว',
      body: 'เปิดศูนย์ดูแลแม่เลี้ยงเดี่ยวทุกจังหวัด',
      assignments: [{ targets: { unitCodes: ['MSDHS'] }, role: 'lead' }],
    });
    expect(policy.status).toBe(201);
    const mine = directive.body.assignments.find((a: { unit: { code: string } }) => a.unit.code === 'PH-50');
    expect((await hall.post(`/api/assignments/${mine.id}/acknowledge`, {})).status).toBe(200);
    const filed = await hall.post(`/api/assignments/${mine.id}/reports`, {
      aim: 'ลดจุดความร้อนในจังหวัด',
      approach: 'ตั้งจุดตรวจและชุดดับไฟป่าในทุกอำเภอ',
      workingEvidence: 'จำนวนจุดความร้อนลดลง',
      changes: 'เพิ่มชุดลาดตระเวน',
      centreHelp: 'ขอเฮลิคอปเตอร์ดับไฟ',
      rag: 'red',
      confidence: 'amber_red',
      helpNeeded: true,
    });
    expect(filed.status).toBe(201);
    const indicator = await pmdu.post(`/api/cases/${directiveId}/indicators`, {
      nameTh: 'จำนวนหมู่บ้านที่ไม่มีการเผา',
      unitOfMeasure: 'แห่ง',
      direction: 'up',
      kind: 'goal',
      baseline: 0,
      target: 100,
      aggregation: 'sum',
      trajectory: [{ period: '2026-12', value: 100 }],
    });
    expect(indicator.status).toBe(201);
    const measured = await hall.post(`/api/assignments/${mine.id}/measurements`, {
      indicatorId: indicator.body.id,
      period: '2026-12',
      value: 50,
    });
    expect(measured.status).toBe(201);
    t.clock.advanceDays(5);
    // Five days on, the sessions above have expired: sign in again.
    pmdu = await t.as('delivery_unit', 'PMDU');
    hall = await t.as('officer', 'PH-50');
    coordinator = await t.as('coordinator', 'MSDHS');
  });
  afterAll(() => t.close());

  it('shows each live case with reach, RAG, help, indicators and overdue units, those needing attention first', async () => {
    const picture = await pmdu.get('/api/delivery/picture');
    expect(picture.status).toBe(200);
    const [first, second] = picture.body.cases;
    expect(first).toMatchObject({
      id: directiveId,
      kind: 'directive',
      assigned: 4,
      acknowledged: 1,
      reachPercent: 25,
      rag: 'red',
      confidence: 'amber_red',
      helpNeeded: 1,
      overdue: 4,
      indicators: { onTrack: 0, offTrack: 1, unmeasured: 0 },
    });
    expect(second).toMatchObject({ kind: 'policy', assigned: 1, acknowledged: 0, rag: null, overdue: 0 });
    expect(picture.body.totals).toMatchObject({
      cases: 2,
      assigned: 5,
      acknowledged: 1,
      reachPercent: 20,
      overdue: 4,
      helpNeeded: 1,
      byRag: { green: 0, amber: 0, red: 1, unrated: 1 },
      indicatorsOnTrack: 0,
      indicatorsOffTrack: 1,
    });
  });

  it('groups by the ministries of the assigned units and by every inspection zone', async () => {
    const { body } = await pmdu.get('/api/delivery/picture');
    const ministries = Object.fromEntries(body.byMinistry.map((row: Row) => [row.key, row]));
    expect(ministries.MOI).toMatchObject({ cases: 1, assigned: 4, acknowledged: 1, rag: 'red' });
    expect(ministries.MSDHS).toMatchObject({ cases: 1, assigned: 1, acknowledged: 0 });
    expect(body.byZone.map((row: Row) => row.number)).toEqual([0, ...Array.from({ length: 18 }, (_, i) => i + 1)]);
    const zone15 = body.byZone.find((row: Row) => row.number === 15);
    expect(zone15).toMatchObject({
      key: 'zone:15',
      provinceCount: 4,
      cases: 1,
      assigned: 4,
      acknowledged: 1,
      reachPercent: 25,
      overdue: 4,
    });
    expect(body.byZone.find((row: Row) => row.number === 1)).toMatchObject({ cases: 0, assigned: 0, reachPercent: null });
  });

  it("lists a zone's provinces with the directives reaching each", async () => {
    const zone = await pmdu.get('/api/delivery/zones/15');
    expect(zone.status).toBe(200);
    expect(zone.body.zone).toMatchObject({ key: 'zone:15', number: 15, nameTh: 'เขตตรวจราชการที่ 15' });
    expect(zone.body.provinces.map((p: { code: string }) => p.code)).toEqual(['50', '51', '52', '58']);
    expect(zone.body.provinces[0]).toMatchObject({
      nameTh: 'เชียงใหม่',
      cases: 1,
      assigned: 1,
      acknowledged: 1,
      reachPercent: 100,
      rag: 'red',
    });
    expect(zone.body.provinces[1]).toMatchObject({ assigned: 1, acknowledged: 0, reachPercent: 0, overdue: 1, rag: null });
    expect(zone.body.totals).toMatchObject({ cases: 1, assigned: 4, acknowledged: 1 });
    const bangkok = await pmdu.get('/api/delivery/zones/0');
    expect(bangkok.body.provinces.map((p: { code: string }) => p.code)).toEqual(['10']);
    expect(bangkok.body.totals).toMatchObject({ cases: 0, assigned: 0 });
    expect((await pmdu.get('/api/delivery/zones/42')).status).toBe(404);
    expect((await pmdu.get('/api/delivery/zones/x')).status).toBe(400);
  });

  it('refuses roles without national reach', async () => {
    expect((await coordinator.get('/api/delivery/picture')).status).toBe(403);
    expect((await coordinator.get('/api/delivery/zones/15')).status).toBe(403);
    expect((await hall.get('/api/delivery/picture')).status).toBe(403);
  });
});
