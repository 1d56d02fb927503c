import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { createStaff } from '../../../../test/support/factories.ts';
import { anonymous, signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';
import { MS_PER_DAY as DAY } from '../../../shared/thaiTime.ts';

async function uploadPhoto(client: TestClient, data: Buffer, name = 'photo.png') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  const response = await client.app.inject({ method: 'POST', url: '/api/public/complaint-photos', body: form });
  return { status: response.statusCode, body: JSON.parse(response.body) };
}

describe.each(testEngines())('complaint routes (%s)', (engine) => {
  let t: TestApp;
  let citizen: TestClient;
  let officer: TestClient;
  let district: string;
  let subdistrict: string;

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-03-02T02:00:00Z') });
    citizen = anonymous(t.app);
    const area = await t.db.query<{ code: string; parent_code: string }>(
      `select code, parent_code from areas where level = 'subdistrict' and parent_code = '1005' order by code limit 1`,
    );
    subdistrict = area.rows[0]!.code;
    district = area.rows[0]!.parent_code;
    officer = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: `DO-${district}` }));
  });
  afterAll(() => t.close());

  it('takes a photo checked by content and resized; refuses a file that only claims to be one', async () => {
    const big = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    const ok = await uploadPhoto(citizen, big, 'big.jpg');
    expect(ok.status).toBe(201);
    const stored = await t.db.query<{ data: Buffer }>('select data from attachments where id = $1', [ok.body.id]);
    const meta = await sharp(Buffer.from(stored.rows[0]!.data)).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(1600);
    const fake = await uploadPhoto(citizen, Buffer.from('%PDF-1.4 not an image'), 'photo.jpg');
    expect(fake.status).toBe(415);
  });

  it('files, tracks, resolves, rates and reopens; every status change queues a message; no staff names reach the citizen', async () => {
    const png = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#a33' } })
      .png()
      .toBuffer();
    const photo = await uploadPhoto(citizen, png);
    const filed = await citizen.request(
      'POST',
      '/api/public/complaints',
      {
        categoryCode: 'roads',
        description: 'ถนนหน้าบ้านเลขที่ 12 เป็นหลุมลึก โทร 081-234-5678 ได้',
        areaCode: subdistrict,
        location: { lat: 13.72, lon: 100.52 },
        complainant: { name: 'สมหญิง ใจงาม', email: 'somying@example.com', phone: '0812345678' },
        attachmentIds: [photo.body.id],
      },
      { 'idempotency-key': 'web-1' },
    );
    expect(filed.status).toBe(201);
    expect(filed.body.unit.code).toBe(`DO-${district}`);
    expect(filed.body.unit.name.th).toMatch(/^สำนักงานเขต/);
    const again = await citizen.request(
      'POST',
      '/api/public/complaints',
      filed.body && {
        categoryCode: 'roads',
        description: 'ถนนหน้าบ้านเลขที่ 12 เป็นหลุมลึก โทร 081-234-5678 ได้',
        areaCode: subdistrict,
        location: { lat: 13.72, lon: 100.52 },
        complainant: { name: 'สมหญิง ใจงาม', email: 'somying@example.com', phone: '0812345678' },
        attachmentIds: [photo.body.id],
      },
      { 'idempotency-key': 'web-1' },
    );
    expect(again.status).toBe(200);
    expect(again.body.trackingCode).toBe(filed.body.trackingCode);
    const code = filed.body.trackingCode as string;

    const tracked = await citizen.get(`/api/public/complaints/${code.toLowerCase()}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body.status).toBe('received');
    expect(tracked.body.description).toContain('xxx-xxx-xx78');
    expect(tracked.body.description).not.toContain('234-5678');

    // The district office finds it in its inbox, reads the contact (recorded), acknowledges and resolves it.
    const inbox = await officer.get('/api/inbox');
    const item = inbox.body.items.find((i: { case: { ref: string } }) => i.case.ref);
    expect(item).toBeDefined();
    const complaint = await t.db.query<{ case_id: string }>('select case_id from complaints where tracking_code = $1', [code]);
    const caseId = complaint.rows[0]!.case_id;
    const staffView = await officer.get(`/api/complaints/${caseId}`);
    expect(staffView.body.description).toContain('081-234-5678');
    expect(staffView.body.photoIds).toHaveLength(1);
    expect((await officer.get(`/api/cases/${caseId}`)).body.case.body).toContain('081-234-5678');
    // Above the handling unit (Bangkok City Hall) the numbers the citizen typed are masked.
    const cityHall = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-10' }));
    const above = await cityHall.get(`/api/cases/${caseId}`);
    expect(above.status).toBe(200);
    expect(above.body.case.body).toContain('xxx-xxx-xx78');
    expect((await cityHall.get(`/api/complaints/${caseId}/complainants`)).status).toBe(403);
    const contacts = await officer.get(`/api/complaints/${caseId}/complainants`);
    expect(contacts.body.items[0]).toMatchObject({ name: 'สมหญิง ใจงาม', phone: '0812345678' });
    const reads = await t.db.query('select 1 from complainant_contact_reads where case_id = $1 and user_id is not null', [caseId]);
    expect(reads.rows).toHaveLength(1);

    const assignmentId = staffView.body.lead.assignmentId;
    expect((await officer.post(`/api/assignments/${assignmentId}/acknowledge`, {})).status).toBe(200);
    expect((await citizen.get(`/api/public/complaints/${code}`)).body.status).toBe('acknowledged');
    expect((await citizen.post(`/api/public/complaints/${code}/rating`, { rating: 5 })).status).toBe(409);
    expect((await officer.post(`/api/assignments/${assignmentId}/complete`, { note: 'ซ่อมแล้ว ภายในโดยนายสมศักดิ์' })).status).toBe(200);
    const resolved = await citizen.get(`/api/public/complaints/${code}`);
    // The office's word only, until the owner checks it (issue 13, finding 2).
    expect(resolved.body).toMatchObject({ status: 'reported_fixed', canRate: true, canReopen: true });
    expect(JSON.stringify(resolved.body)).not.toContain('สมศักดิ์');

    expect((await citizen.post(`/api/public/complaints/${code}/rating`, { rating: 4, comment: 'เร็วดี' })).status).toBe(200);
    expect((await citizen.post(`/api/public/complaints/${code}/rating`, { rating: 4 })).status).toBe(409);
    t.clock.advanceMs(3 * DAY);
    expect((await citizen.post(`/api/public/complaints/${code}/reopen`, { reason: 'ยังเป็นหลุมอยู่' })).status).toBe(200);
    const reopened = await citizen.get(`/api/public/complaints/${code}`);
    expect(reopened.body.status).toBe('in_progress');
    expect(reopened.body.steps.map((s: { status: string }) => s.status)).toEqual([
      'received',
      'acknowledged',
      'reported_fixed',
      'reopened',
    ]);

    const outbox = await t.db.query<{ kind: string; payload: { status?: string } }>(
      'select kind, payload from outbox where case_id = $1 order by id',
      [caseId],
    );
    expect(outbox.rows.map((r) => r.payload.status ?? r.kind)).toEqual([
      'acknowledged_receipt',
      'acknowledged',
      'reported_fixed',
      'reopened',
    ]);
    const systemReads = await t.db.query('select 1 from complainant_contact_reads where case_id = $1 and user_id is null', [caseId]);
    expect(systemReads.rows).toHaveLength(3);
  });

  it('lets the operator find a returning caller, see duplicates, re-route with a reason and merge, keeping complainants informed', async () => {
    const operator = await signIn(t.app, await createStaff(t.db, { role: 'operator', unitCode: 'OPM-1111' }));
    const body = {
      channel: 'hotline',
      categoryCode: 'drains',
      description: 'ท่อระบายน้ำอุดตันหน้าตลาด น้ำขังส่งกลิ่นเหม็น',
      areaCode: subdistrict,
      location: null,
      complainant: { name: 'ลุงชม', phone: '089 111 2222', lineUserId: `U${'b'.repeat(32)}` },
    };
    const first = await operator.post('/api/complaints', body);
    expect(first.status).toBe(201);
    const callers = await operator.get('/api/complaints/callers?phone=0891112222');
    expect(callers.body.items.map((i: { trackingCode: string }) => i.trackingCode)).toEqual([first.body.trackingCode]);
    const dupes = await operator.post('/api/complaints/likely-duplicates', {
      categoryCode: 'drains',
      description: 'ท่อระบายน้ำอุดตันหน้าตลาด น้ำขังเหม็นมาก',
      areaCode: subdistrict,
      location: null,
    });
    expect(dupes.body.items.map((d: { caseId: string }) => d.caseId)).toContain(first.body.caseId);
    const second = await operator.post('/api/complaints', { ...body, complainant: { name: 'ป้าแดง', email: 'dang@example.com' } });
    expect(second.body.duplicates.map((d: { caseId: string }) => d.caseId)).toContain(first.body.caseId);

    const merged = await operator.post(`/api/complaints/${second.body.caseId}/merge`, {
      intoCaseId: first.body.caseId,
      reason: 'เรื่องเดียวกัน',
    });
    expect(merged.status).toBe(200);
    const survivor = await t.db.query<{ public_id: string }>('select public_id from complaints where case_id = $1', [first.body.caseId]);
    expect((await citizen.get(`/api/public/complaints/${second.body.trackingCode}`)).body).toMatchObject({
      status: 'merged',
      mergedIntoPublicId: survivor.rows[0]!.public_id,
    });
    // Issue 9: the merged complaint's citizen never receives the survivor's tracking code, only their own.
    const toMerged = await t.db.query<{ body: string; payload: { trackingCode: string } }>(
      `select o.body, o.payload from outbox o where o.case_id = $1 and o.recipient = 'dang@example.com'`,
      [first.body.caseId],
    );
    expect(toMerged.rows.length).toBeGreaterThan(0);
    for (const row of toMerged.rows) {
      expect(row.body).not.toContain(first.body.trackingCode);
      expect(row.payload.trackingCode).toBe(second.body.trackingCode);
    }
    // Re-routing the surviving complaint tells both complainants when the new office acknowledges.
    const rerouted = await operator.post(`/api/complaints/${first.body.caseId}/reroute`, { unitCode: 'PH-10', reason: 'เป็นท่อหลักของ กทม.' });
    expect(rerouted.status).toBe(200);
    const cityHall = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-10' }));
    expect((await cityHall.post(`/api/assignments/${rerouted.body.assignmentId}/acknowledge`, {})).status).toBe(200);
    const messages = await t.db.query<{ recipient: string }>(
      `select recipient from outbox where case_id = $1 and payload->>'status' = 'acknowledged' order by recipient`,
      [first.body.caseId],
    );
    expect(messages.rows.map((r) => r.recipient)).toEqual([`U${'b'.repeat(32)}`, 'dang@example.com'].sort());
    const events = await operator.get(`/api/cases/${first.body.caseId}/events`);
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['merged_in', 'rerouted', 'contact_read']),
    );
  });

  it('pauses the clock while waiting for the citizen and resumes it', async () => {
    officer = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: `DO-${district}` }));
    const filed = await citizen.post('/api/public/complaints', {
      categoryCode: 'noise',
      description: 'เสียงดังจากร้านอาหารทุกคืน',
      areaCode: district,
      location: null,
      complainant: { email: 'night@example.com' },
    });
    const row = await t.db.query<{ case_id: string }>('select case_id from complaints where tracking_code = $1', [filed.body.trackingCode]);
    const caseId = row.rows[0]!.case_id;
    expect((await officer.post(`/api/complaints/${caseId}/wait-for-citizen`, { message: 'โปรดระบุชื่อร้าน' })).status).toBe(200);
    const tracked = await citizen.get(`/api/public/complaints/${filed.body.trackingCode}`);
    expect(tracked.body.status).toBe('waiting_for_citizen');
    expect(tracked.body.steps.at(-1).message).toBe('โปรดระบุชื่อร้าน');
    t.clock.advanceMs(2 * DAY);
    officer = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: `DO-${district}` }));
    expect((await officer.post(`/api/complaints/${caseId}/resume`, {})).status).toBe(200);
    const paused = await t.db.query<{ paused_ms: number; paused_at: Date | null }>(
      'select paused_ms, paused_at from assignments where case_id = $1',
      [caseId],
    );
    expect(paused.rows[0]).toEqual({ paused_ms: 2 * DAY, paused_at: null });
  });

  it('lets an administrator edit a category and its service level, and routes by a new rule at once', async () => {
    const admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    expect(
      (
        await admin.patch('/api/complaint-categories/pm25', {
          nameTh: 'ฝุ่นละออง PM2.5',
          nameEn: 'PM2.5 dust',
          acknowledgeHours: 12,
          resolveHours: 48,
          active: true,
        })
      ).status,
    ).toBe(200);
    const level = await t.db.query<{ acknowledge_hours: number; resolve_hours: number; final_unit_code: string }>(
      `select acknowledge_hours, resolve_hours, final_unit_code from service_levels where case_kind = 'complaint' and category = 'pm25'`,
    );
    expect(level.rows[0]).toEqual({ acknowledge_hours: 12, resolve_hours: 48, final_unit_code: 'OPM' });
    const categories = await citizen.get('/api/public/complaint-categories');
    expect(categories.body.items.find((c: { code: string }) => c.code === 'pm25').name.th).toBe('ฝุ่นละออง PM2.5');

    expect((await admin.post('/api/complaint-routing-rules', { categoryCode: 'pm25', areaCode: '10', unitCode: 'MNRE' })).status).toBe(200);
    const filed = await citizen.post('/api/public/complaints', {
      categoryCode: 'pm25',
      description: 'ฝุ่นหนามาก มองไม่เห็นตึก',
      areaCode: subdistrict,
      location: null,
      complainant: null,
    });
    expect(filed.body.unit.code).toBe('MNRE');
  });
  it('refuses to reopen after 30 days', async () => {
    officer = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: `DO-${district}` }));
    const filed = await citizen.post('/api/public/complaints', {
      categoryCode: 'trees',
      description: 'กิ่งไม้หักพาดสายไฟ',
      areaCode: district,
      location: null,
      complainant: null,
    });
    const row = await t.db.query<{ id: string }>(
      'select a.id from assignments a join complaints k on k.case_id = a.case_id where k.tracking_code = $1',
      [filed.body.trackingCode],
    );
    await officer.post(`/api/assignments/${row.rows[0]!.id}/acknowledge`, {});
    await officer.post(`/api/assignments/${row.rows[0]!.id}/complete`, {});
    t.clock.advanceMs(31 * DAY);
    expect((await citizen.post(`/api/public/complaints/${filed.body.trackingCode}/reopen`, { reason: 'ยังไม่เรียบร้อย' })).status).toBe(409);
  });
});
