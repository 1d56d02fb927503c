import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadFile, downloadFile } from '../../../../test/support/files.ts';
import { infoRequestTo, refusedInfoRequest, tinyPdf } from '../../../../test/support/infoRequestAnswerFixtures.ts';
import { anonymous, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

describe.each(testEngines())('information request answers and objections over HTTP (%s)', (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let oic: TestClient;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    officer = await t.as('officer', 'PH-50');
    oic = await t.as('coordinator', 'OIC');
  });
  afterAll(() => t.close());

  it('answers in part with an uploaded PDF, and the officer downloads it back', async () => {
    const filed = await infoRequestTo(t.db, t.clock);
    const uploaded = await uploadFile(officer, `/api/info-requests/${filed.id}/documents/files`, { name: 'สัญญา.pdf', data: tinyPdf });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.contentType).toBe('application/pdf');
    const answered = await officer.post(`/api/info-requests/${filed.id}/answers`, {
      outcome: 'answered_part',
      message: 'ส่งสำเนาที่ปกปิดข้อมูลส่วนบุคคล',
      documents: [
        { title: 'สัญญา', disclosure: 'partly_disclosed', groundCodes: ['s15_5'], attachmentId: uploaded.body.id },
        { title: 'รายงานแพทย์', disclosure: 'withheld', groundCodes: ['s15_5'] },
      ],
    });
    expect(answered.status).toBe(201);
    expect(answered.body.appealDeadlineAt).toMatch(/T16:59:59.999Z$/);
    const file = await downloadFile(officer, `/api/info-requests/${filed.id}/documents/${answered.body.documentIds[0]}`);
    expect(file.status).toBe(200);
    expect(file.data.equals(tinyPdf)).toBe(true);
    expect((await officer.get(`/api/info-requests/${filed.id}/documents/${answered.body.documentIds[1]}`)).status).toBe(404);
    const again = await officer.post(`/api/info-requests/${filed.id}/answers`, { outcome: 'not_held', message: 'ไม่มี' });
    expect([again.status, again.body.error.code]).toEqual([409, 'info_request_already_answered']);
    expect(again.body.error.messageTh).toBeTruthy();
  });

  it('answers 400 with the field to fix for a refusal without a ground, 401 without a session, 404 for an unknown request', async () => {
    const filed = await infoRequestTo(t.db, t.clock);
    const refused = await officer.post(`/api/info-requests/${filed.id}/answers`, { outcome: 'refused', message: 'ไม่เปิดเผย' });
    expect([refused.status, refused.body.error.code, refused.body.error.fields[0].path]).toEqual([
      400,
      'validation_failed',
      '/groundCodes',
    ]);
    const extra = await officer.post(`/api/info-requests/${filed.id}/answers`, { outcome: 'refused', message: 'x', surprise: 1 });
    expect(extra.status).toBe(400);
    expect((await anonymous(t.app).post(`/api/info-requests/${filed.id}/answers`, { outcome: 'not_held', message: 'x' })).status).toBe(401);
    const unknown = await officer.post('/api/info-requests/00000000-0000-4000-8000-000000000000/answers', {
      outcome: 'not_held',
      message: 'x',
    });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'not_found']);
    const image = await uploadFile(officer, `/api/info-requests/${filed.id}/documents/files`, { name: 'x.txt', data: 'ข้อความ' });
    expect([image.status, image.body.error.code]).toEqual([415, 'file_type_not_allowed']);
  });

  it('keeps grounds to administrators and audits their changes; staff read them', async () => {
    const admin = await t.as('admin', 'PMDU');
    expect((await officer.get('/api/disclosure-grounds')).body.items.map((g: { code: string }) => g.code)).toContain('s15_5');
    const body = {
      section: '15',
      item: '7',
      nameTh: 'กรณีอื่นตามพระราชกฤษฎีกา',
      nameEn: 'Other cases by royal decree',
      active: false,
      sortOrder: 80,
    };
    expect((await officer.request('PUT', '/api/disclosure-grounds/s15_7', body)).status).toBe(403);
    expect((await admin.request('PUT', '/api/disclosure-grounds/s15_7', body)).status).toBe(200);
    const audit = await t.db.query<{ action: string }>(
      `select action from audit_events where target_type = 'disclosure_ground' and target_id = 's15_7'`,
    );
    expect(audit.rows.map((row) => row.action)).toContain('disclosure_ground.update');
    const inactive = await officer.post(`/api/info-requests/${(await infoRequestTo(t.db, t.clock)).id}/answers`, {
      outcome: 'refused',
      message: 'ไม่เปิดเผย',
      groundCodes: ['s15_7'],
    });
    expect(inactive.status).toBe(400);
    expect((await admin.request('PUT', '/api/disclosure-grounds/nope', body)).status).toBe(404);
    const taken = await admin.post('/api/disclosure-grounds', { code: 's14', ...body });
    expect([taken.status, taken.body.error.code]).toEqual([409, 'conflict']);
    await admin.request('PUT', '/api/disclosure-grounds/s15_7', { ...body, active: true });
  });

  it('lets the requester appeal by tracking code without any personal data coming back, and refuses after the deadline', async () => {
    const made = await refusedInfoRequest(t.db, t.clock);
    const ways = await anonymous(t.app).get(`/api/public/info-requests/${made.trackingCode}/objections`);
    expect(ways.status).toBe(200);
    expect(ways.body.appeal.open).toBe(true);
    expect(JSON.stringify(ways.body)).not.toMatch(/requester@example\.com|ผู้ขอ ทดสอบ/);
    const appeal = await anonymous(t.app).post(`/api/public/info-requests/${made.trackingCode}/objections`, {
      kind: 'appeal',
      reason: 'ขอให้ทบทวน',
    });
    expect(appeal.status).toBe(201);
    expect(JSON.stringify(appeal.body)).not.toContain('requester@example.com');
    const listed = await oic.get('/api/info-request-objections');
    expect(listed.body.canDecide).toBe(true);
    expect(listed.body.items.find((item: { id: string }) => item.id === appeal.body.id)).toMatchObject({ kind: 'appeal', overdue: false });
    const wrong = await oic.post(`/api/info-request-objections/${appeal.body.id}/decision`, { decision: 'no_fault' });
    expect([wrong.status, wrong.body.error.code]).toEqual([400, 'validation_failed']);
    const decided = await oic.post(`/api/info-request-objections/${appeal.body.id}/decision`, { decision: 'upheld' });
    expect([decided.status, decided.body.status]).toEqual([200, 'decided']);

    const late = await refusedInfoRequest(t.db, t.clock);
    t.clock.advanceDays(16);
    const refused = await anonymous(t.app).post(`/api/public/info-requests/${late.trackingCode}/objections`, {
      kind: 'appeal',
      reason: 'ช้าไป',
    });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'appeal_deadline_passed']);
    expect(refused.body.error.messageTh).toContain('15 วัน');
    const notYet = await anonymous(t.app).post(
      `/api/public/info-requests/${(await infoRequestTo(t.db, t.clock)).trackingCode}/objections`,
      {
        kind: 'oic_complaint',
        reason: 'ช้า',
      },
    );
    expect([notYet.status, notYet.body.error.code]).toEqual([409, 'objection_not_available']);
    expect((await anonymous(t.app).get('/api/public/info-requests/AAAA-AAAA-AAAA/objections')).status).toBe(404);
  });
});
