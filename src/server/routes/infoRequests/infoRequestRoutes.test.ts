import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { createStaff, unitByCode } from '../../../../test/support/factories.ts';
import { anonymous, signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

describe.each(testEngines())('information request routes (%s)', (engine) => {
  let t: TestApp;
  let citizen: TestClient;
  let officer: TestClient;
  let outsider: TestClient;
  let admin: TestClient;
  let operator: TestClient;
  let chiangMaiId: string;
  let financeId: string;
  const name = 'วิไลวรรณ ขอข้อมูล';
  const email = 'wilaiwan@example.com';
  const body = () => ({
    agencyUnitId: chiangMaiId,
    title: 'ค่าใช้จ่ายงานลอยกระทง',
    body: 'ขอสำเนาสรุปค่าใช้จ่ายการจัดงานลอยกระทงของจังหวัดปี 2569 ทั้งหมด',
    formWanted: 'copy',
    requester: { name, email, phone: '0812345678' },
    publishConsent: false,
  });

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-12-07T02:00:00Z') });
    citizen = anonymous(t.app);
    officer = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' }));
    outsider = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-52' }));
    admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'PMDU' }));
    operator = await signIn(t.app, await createStaff(t.db, { role: 'operator', unitCode: 'OPM-1111' }));
    chiangMaiId = (await unitByCode(t.db, 'PH-50')).id;
    financeId = (await unitByCode(t.db, 'MOF')).id;
  });
  afterAll(() => t.close());

  it('finds agencies by Thai name, English name or abbreviation, with their parent, a page at a time', async () => {
    const found = await citizen.get('/api/public/info-requests/agencies?q=' + encodeURIComponent('เชียงใหม่') + '&limit=2');
    expect(found.status).toBe(200);
    expect(found.body.items.length).toBeLessThanOrEqual(2);
    expect(found.body.total).toBeGreaterThanOrEqual(found.body.items.length);
    const english = await citizen.get('/api/public/info-requests/agencies?q=finance');
    expect(english.body.items.some((a: { id: string }) => a.id === financeId)).toBe(true);
    expect((await citizen.get('/api/public/info-requests/agencies')).status).toBe(400);
  });

  it('files once per Idempotency-Key, tracks by code with no personal data, and says unknown codes the same way', async () => {
    const key = { 'idempotency-key': 'k-' + Math.random().toString(36).slice(2) };
    const filed = await citizen.request('POST', '/api/public/info-requests', body(), key);
    expect(filed.status).toBe(201);
    expect(filed.body.ref).toMatch(/^OIA-2569-\d{6}$/);
    const again = await citizen.request('POST', '/api/public/info-requests', body(), key);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ trackingCode: filed.body.trackingCode, replayed: true });
    const other = await citizen.request('POST', '/api/public/info-requests', { ...body(), title: 'เรื่องอื่นทั้งหมด' }, key);
    expect(other.status).toBe(409);
    const tracked = await citizen.get(`/api/public/info-requests/${filed.body.trackingCode}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body).toMatchObject({ state: 'awaiting_response', displayState: 'awaiting_response', canWithdraw: true });
    const text = JSON.stringify(tracked.body) + JSON.stringify(filed.body);
    for (const secret of [name, email, '0812345678']) expect(text).not.toContain(secret);
    const unknown = await citizen.get('/api/public/info-requests/ZZZZ-ZZZZ-ZZZZ');
    const malformed = await citizen.get('/api/public/info-requests/nonsense');
    expect([unknown.status, malformed.status]).toEqual([404, 404]);
    expect(unknown.body.error.code).toBe(malformed.body.error.code);
  });

  it('refuses an anonymous request with the reason and stable codes', async () => {
    const refused = await citizen.post('/api/public/info-requests', { ...body(), requester: null });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('requester_identity_required');
    expect(refused.body.error.messageTh).toBeTruthy();
    const bad = await citizen.post('/api/public/info-requests', { ...body(), formWanted: 'fax' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
  });

  it('lets the agency list, read, transfer and ask; others get 401, 403 or 404; the requester reads it all by code', async () => {
    const filed = await citizen.post('/api/public/info-requests', body());
    const caseId = (
      await t.db.query<{ case_id: string }>('select case_id from info_requests where tracking_code = $1', [filed.body.trackingCode])
    ).rows[0]!.case_id;
    expect((await anonymous(t.app).get(`/api/info-requests/${caseId}`)).status).toBe(401);
    expect((await outsider.get(`/api/info-requests/${caseId}`)).status).toBe(404);
    const list = await officer.get('/api/info-requests?state=awaiting_response');
    expect(list.status).toBe(200);
    expect(list.body.items.some((item: { id: string }) => item.id === caseId)).toBe(true);
    expect((await outsider.get('/api/info-requests')).body.items.some((item: { id: string }) => item.id === caseId)).toBe(false);
    const read = await officer.get(`/api/info-requests/${caseId}`);
    expect(read.body.allowedActions).toContain('transfer');
    expect(JSON.stringify(read.body)).not.toContain(email);
    const requester = await officer.get(`/api/info-requests/${caseId}/requester`);
    expect(requester.body.items[0]).toMatchObject({ name, email });
    expect((await admin.get(`/api/info-requests/${caseId}/requester`)).status).toBe(403);
    expect((await admin.post(`/api/info-requests/${caseId}/transfer`, { toUnitId: financeId, reason: 'ลอง' })).status).toBe(403);
    const noReason = await officer.post(`/api/info-requests/${caseId}/transfer`, { toUnitId: financeId });
    expect(noReason.status).toBe(400);
    const same = await officer.post(`/api/info-requests/${caseId}/transfer`, { toUnitId: chiangMaiId, reason: 'ที่เดิม' });
    expect([same.status, same.body.error.code]).toEqual([409, 'conflict']);
    const moved = await officer.post(`/api/info-requests/${caseId}/transfer`, { toUnitId: financeId, reason: 'ข้อมูลอยู่ที่กระทรวงการคลัง' });
    expect(moved.status).toBe(200);
    const tracked = await citizen.get(`/api/public/info-requests/${filed.body.trackingCode}`);
    expect(tracked.body).toMatchObject({ displayState: 'transferred', transfers: [{ reason: 'ข้อมูลอยู่ที่กระทรวงการคลัง' }] });
    expect(JSON.stringify(tracked.body)).not.toMatch(/ทดสอบ /);
  });

  it('lets the requester answer a question and withdraw by code', async () => {
    const filed = await citizen.post('/api/public/info-requests', body());
    const caseId = (
      await t.db.query<{ case_id: string }>('select case_id from info_requests where tracking_code = $1', [filed.body.trackingCode])
    ).rows[0]!.case_id;
    expect((await officer.post(`/api/info-requests/${caseId}/clarification`, { question: 'ปีงบประมาณใด' })).status).toBe(200);
    const asked = await citizen.get(`/api/public/info-requests/${filed.body.trackingCode}`);
    expect(asked.body).toMatchObject({ state: 'clarification_needed', clarificationQuestion: 'ปีงบประมาณใด' });
    const answered = await citizen.post(`/api/public/info-requests/${filed.body.trackingCode}/clarification`, { answer: 'ปีงบประมาณ 2569' });
    expect(answered.status).toBe(200);
    expect((await citizen.post(`/api/public/info-requests/${filed.body.trackingCode}/withdraw`, {})).status).toBe(200);
    const again = await citizen.post(`/api/public/info-requests/${filed.body.trackingCode}/withdraw`, {});
    expect([again.status, again.body.error.code]).toEqual([409, 'invalid_transition']);
    expect((await citizen.post('/api/public/info-requests/ZZZZ-ZZZZ-ZZZZ/withdraw', {})).status).toBe(404);
  });

  it('lets an operator file for a caller by phone, but not an administrator', async () => {
    const filed = await operator.post('/api/info-requests', { ...body(), channel: 'hotline' });
    expect(filed.status).toBe(201);
    expect(filed.body.caseId).toBeTruthy();
    expect((await admin.post('/api/info-requests', { ...body(), channel: 'hotline' })).status).toBe(403);
    expect((await anonymous(t.app).post('/api/info-requests', { ...body(), channel: 'hotline' })).status).toBe(401);
  });
});
