import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { createStaff } from '../../../../test/support/factories.ts';
import { anonymous, signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Issue 13, findings 1 and 2: the 1111 centre accepting and closing a complaint no longer takes the
 * citizen's rating and reopening away (30 days from the resolution, whoever closes it), and the
 * citizen reads what the office did (a public reply) on /track and in their message, told that the
 * office reports it fixed until the owner has checked.
 */
describe.each(testEngines())('a complaint closed by its owner, as its citizen follows it (%s)', (engine) => {
  let t: TestApp;
  let citizen: TestClient;
  let office: TestClient;
  let operator: TestClient;
  let cityHall: TestClient;

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-03-02T02:00:00Z') });
    citizen = anonymous(t.app);
  });
  afterAll(() => t.close());

  /** Staff sign in again after the clock has moved on weeks (sessions end). */
  async function signInStaff() {
    office = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'DO-1001' }));
    operator = await signIn(t.app, await createStaff(t.db, { role: 'operator', unitCode: 'OPM-1111' }));
    cityHall = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-10' }));
  }

  /** A web complaint in แขวงพระบรมมหาราชวัง, acknowledged by สำนักงานเขตพระนคร. */
  async function fileAndAcknowledge(description: string) {
    await signInStaff();
    const filed = await citizen.post('/api/public/complaints', {
      categoryCode: 'roads',
      description,
      areaCode: '100101',
      location: null,
      complainant: { name: 'มานี มีนา', email: 'manee@example.com' },
    });
    expect(filed.status).toBe(201);
    const code = filed.body.trackingCode as string;
    const row = await t.db.query<{ case_id: string }>('select case_id from complaints where tracking_code = $1', [code]);
    const caseId = row.rows[0]!.case_id;
    const lead = (await office.get(`/api/complaints/${caseId}`)).body.lead.assignmentId as string;
    expect((await office.post(`/api/assignments/${lead}/acknowledge`, {})).status).toBe(200);
    return { code, caseId, lead };
  }

  async function acceptAndClose(caseId: string, lead: string) {
    expect((await operator.post(`/api/assignments/${lead}/accept`, {})).status).toBe(200);
    expect((await operator.post(`/api/cases/${caseId}/close`, { note: 'ตรวจรับงานแล้ว ปิดเรื่อง' })).status).toBe(200);
  }

  it('tells the citizen what was done, as the office reports it, then lets them rate and reopen after the owner closes it', async () => {
    const { code, caseId, lead } = await fileAndAcknowledge('ฝาท่อหน้าโรงเรียนหายไป เด็กเดินผ่านทุกวัน');
    expect((await office.post(`/api/assignments/${lead}/progress`, { note: 'ส่งช่างไปดูแล้ว (ภายใน)' })).status).toBe(201);
    const completed = await office.post(`/api/assignments/${lead}/complete`, {
      note: 'ใช้งบซ่อมบำรุงของฝ่ายโยธา (ภายใน)',
      publicReply: 'ติดตั้งฝาท่อเหล็กใหม่แล้วเมื่อเช้านี้ สอบถามช่างได้ที่ 081-234-5678',
    });
    expect(completed.status).toBe(200);

    const reported = (await citizen.get(`/api/public/complaints/${code}`)).body;
    expect(reported.status).toBe('reported_fixed');
    expect(reported.statusName.th).toBe('หน่วยงานแจ้งว่าแก้ไขแล้ว รอการตรวจรับ');
    expect(reported.replies).toHaveLength(1);
    expect(reported.replies[0].message).toContain('ติดตั้งฝาท่อเหล็กใหม่แล้ว');
    // The reply is free text shown to whoever holds the code: masked as the complaint text is.
    expect(reported.replies[0].message).not.toContain('234-5678');
    expect(JSON.stringify(reported)).not.toContain('(ภายใน)');

    await acceptAndClose(caseId, lead);
    const closed = (await citizen.get(`/api/public/complaints/${code}`)).body;
    expect(closed).toMatchObject({ status: 'closed', canRate: true, canReopen: true });
    expect(closed.steps.map((s: { status: string }) => s.status)).toEqual([
      'received',
      'acknowledged',
      'in_progress',
      'reported_fixed',
      'resolved',
      'closed',
    ]);

    const outbox = await t.db.query<{ body: string; payload: { status?: string } }>(
      `select body, payload from outbox where case_id = $1 and kind = 'status_changed' order by id`,
      [caseId],
    );
    expect(outbox.rows.map((r) => r.payload.status)).toEqual(['acknowledged', 'in_progress', 'reported_fixed', 'resolved']);
    const reportedMessage = outbox.rows[2]!.body;
    expect(reportedMessage).toContain('หน่วยงานแจ้งว่าแก้ไขแล้ว รอการตรวจรับ');
    expect(reportedMessage).toContain('ติดตั้งฝาท่อเหล็กใหม่แล้ว');
    expect(reportedMessage).not.toContain('234-5678');
    expect(reportedMessage).not.toContain('ภายใน');

    t.clock.advanceMs(29 * DAY);
    expect((await citizen.post(`/api/public/complaints/${code}/rating`, { rating: 4 })).status).toBe(200);
    expect((await citizen.post(`/api/public/complaints/${code}/rating`, { rating: 5 })).status).toBe(409);
    const reopened = await citizen.post(`/api/public/complaints/${code}/reopen`, { reason: 'ฝาท่อใหม่โยกเยก ยังอันตราย' });
    expect(reopened.status).toBe(200);

    const back = (await citizen.get(`/api/public/complaints/${code}`)).body;
    expect(back).toMatchObject({ status: 'in_progress', canRate: false, canReopen: false });
    const kase = await t.db.query<{ status: string; closed_at: Date | null; lead: string }>(
      `select c.status, c.closed_at, a.status as lead from cases c join assignments a on a.id = $2 where c.id = $1`,
      [caseId, lead],
    );
    expect(kase.rows[0]).toEqual({ status: 'in_progress', closed_at: null, lead: 'in_progress' });
    const events = await t.db.query<{ type: string; data: Record<string, unknown> }>(
      `select type, data from case_events where case_id = $1 and type in ('status_changed', 'reopened', 'public_reply') order by id`,
      [caseId],
    );
    expect(events.rows.at(-2)).toMatchObject({ type: 'status_changed', data: { from: 'closed', to: 'in_progress' } });
    expect(events.rows.at(-1)).toMatchObject({ type: 'reopened', data: { by: 'citizen' } });
    expect(events.rows.filter((e) => e.type === 'public_reply')).toHaveLength(1);
    // The office has it back in its work, and may report it done once more.
    await signInStaff();
    expect((await office.post(`/api/assignments/${lead}/complete`, { publicReply: 'เปลี่ยนฝาท่อและยึดใหม่แล้ว' })).status).toBe(200);
  });

  it('refuses rating and reopening a moment after 30 days with one stable code, in Thai and English', async () => {
    const { code, caseId, lead } = await fileAndAcknowledge('ไฟถนนดับทั้งซอย มืดมากตอนกลางคืน');
    expect((await office.post(`/api/assignments/${lead}/complete`, {})).status).toBe(200);
    await acceptAndClose(caseId, lead);
    t.clock.advanceMs(30 * DAY + 60_000);
    expect((await citizen.get(`/api/public/complaints/${code}`)).body).toMatchObject({ canRate: false, canReopen: false });
    for (const [path, body] of [
      ['rating', { rating: 3 }],
      ['reopen', { reason: 'ไฟยังดับอยู่' }],
    ] as const) {
      const refused = await citizen.post(`/api/public/complaints/${code}/${path}`, body);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('follow_up_closed');
      expect(refused.body.error.messageTh).toContain('30 วัน');
      expect(refused.body.error.message).toContain('30 days');
    }
  });

  it('lets the unit handling the complaint write to the citizen without moving it, and nobody else', async () => {
    const { code, caseId } = await fileAndAcknowledge('น้ำประปาไม่ไหลสามวันแล้ว');
    const replied = await office.post(`/api/complaints/${caseId}/public-reply`, { message: 'แจ้งการประปานครหลวงแล้ว คาดว่าน้ำไหลพรุ่งนี้' });
    expect(replied.status).toBe(201);
    expect(replied.body.eventId).toEqual(expect.any(Number));
    const tracked = (await citizen.get(`/api/public/complaints/${code}`)).body;
    expect(tracked.status).toBe('acknowledged');
    expect(tracked.replies.map((r: { message: string }) => r.message)).toEqual(['แจ้งการประปานครหลวงแล้ว คาดว่าน้ำไหลพรุ่งนี้']);
    const sent = await t.db.query<{ body: string }>(
      `select body from outbox where case_id = $1 and kind = 'status_changed' order by id desc limit 1`,
      [caseId],
    );
    expect(sent.rows[0]!.body).toContain('แจ้งการประปานครหลวงแล้ว');

    // City Hall reads the complaint but does not handle it; a blank reply is refused beside its field.
    expect((await cityHall.post(`/api/complaints/${caseId}/public-reply`, { message: 'ทดสอบข้อความ' })).status).toBe(403);
    const blank = await office.post(`/api/complaints/${caseId}/public-reply`, { message: '     ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.fields[0].path).toBe('/message');
  });
});
