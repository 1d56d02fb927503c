import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { citizenStatusNames } from '../../../domain/complaints/citizenMessages.ts';
import { createStaff, unitByCode } from '../../../../test/support/factories.ts';
import { anonymous, signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/**
 * Every way a complaint's lead assignment moves tells its citizen, because every move goes through
 * `changeAssignmentStatus`: a district office passing the complaint down to a section of its own and
 * reporting progress is news as much as acknowledging it. Moves below the lead stay internal.
 */
describe.each(testEngines())('what the citizen hears while the office works (%s)', (engine) => {
  let t: TestApp;
  let citizen: TestClient;
  let office: TestClient;
  let section: TestClient;
  let sectionCode: string;
  let subdistrict: string;

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-03-02T02:00:00Z') });
    citizen = anonymous(t.app);
    const area = await t.db.query<{ code: string; parent_code: string }>(
      `select code, parent_code from areas where level = 'subdistrict' and parent_code = '1005' order by code limit 1`,
    );
    subdistrict = area.rows[0]!.code;
    const districtOffice = await unitByCode(t.db, `DO-${area.rows[0]!.parent_code}`);
    // A works section inside the district office, made as an administrator would.
    const admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    sectionCode = `${districtOffice.code}-WORKS`;
    const created = await admin.post('/api/units', {
      code: sectionCode,
      parentId: districtOffice.id,
      kind: 'service_point',
      nameTh: 'ฝ่ายโยธา',
      nameEn: 'Public works section',
    });
    expect(created.status).toBe(201);
    office = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: districtOffice.code }));
    section = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: sectionCode }));
  });
  afterAll(() => t.close());

  it('tells the citizen when the district office cascades and reports progress, in Thai then English, without staff names', async () => {
    const filed = await citizen.post('/api/public/complaints', {
      categoryCode: 'roads',
      description: 'ฝาท่อหน้าโรงเรียนหายไป เด็กเดินผ่านทุกวัน อันตรายมาก',
      areaCode: subdistrict,
      location: { lat: 13.73, lon: 100.53 },
      complainant: { name: 'มานี มีนา', email: 'manee@example.com' },
    });
    expect(filed.status).toBe(201);
    const code = filed.body.trackingCode as string;
    const row = await t.db.query<{ case_id: string }>('select case_id from complaints where tracking_code = $1', [code]);
    const caseId = row.rows[0]!.case_id;
    const lead = (await office.get(`/api/complaints/${caseId}`)).body.lead.assignmentId as string;

    expect((await office.post(`/api/assignments/${lead}/acknowledge`, {})).status).toBe(200);
    const cascaded = await office.post(`/api/assignments/${lead}/cascade`, {
      targets: { unitCodes: [sectionCode] },
      note: 'ฝากนายสมศักดิ์ ฝ่ายโยธา ไปดูวันนี้',
    });
    expect(cascaded.status).toBe(201);
    expect((await citizen.get(`/api/public/complaints/${code}`)).body.status).toBe('in_progress');
    const progress = await office.post(`/api/assignments/${lead}/progress`, { note: 'นายสมศักดิ์วางแผงกั้นแล้ว รอฝาท่อใหม่' });
    expect(progress.status).toBe(201);
    const tracked = await citizen.get(`/api/public/complaints/${code}`);
    expect(tracked.body.status).toBe('in_progress');
    expect(tracked.body.steps.map((s: { status: string }) => s.status)).toEqual(['received', 'acknowledged', 'in_progress']);

    // The section's own moves are internal: the citizen hears from the office that holds the complaint.
    const child = cascaded.body.created[0].assignmentId as string;
    expect((await section.post(`/api/assignments/${child}/acknowledge`, {})).status).toBe(200);
    expect((await section.post(`/api/assignments/${child}/progress`, { note: 'ลงพื้นที่แล้ว' })).status).toBe(201);
    expect((await citizen.get(`/api/public/complaints/${code}`)).body.status).toBe('in_progress');

    const outbox = await t.db.query<{ kind: string; recipient: string; subject: string; body: string; payload: { status?: string } }>(
      'select kind, recipient, subject, body, payload from outbox where case_id = $1 order by id',
      [caseId],
    );
    expect(outbox.rows.map((r) => r.payload.status ?? r.kind)).toEqual([
      'acknowledged_receipt',
      'acknowledged',
      'in_progress',
      'in_progress',
    ]);
    const news = outbox.rows.filter((r) => r.kind === 'status_changed');
    const staffNames = [office.staff!, section.staff!].flatMap((s) => [s.username, `ทดสอบ ${s.username}`]);
    for (const message of news) {
      expect(message.recipient).toBe('manee@example.com');
      const name = citizenStatusNames[message.payload.status as keyof typeof citizenStatusNames];
      // Thai first, English second, in the subject and in the body.
      expect(message.subject).toBe(`เรื่อง ${code}: ${name.th} / ${name.en}`);
      const [thai, english] = message.body.split('\n\n');
      expect(thai).toContain(name.th);
      expect(thai).toMatch(/[\u0E00-\u0E7F]/);
      expect(english).toContain(name.en);
      expect(english).not.toMatch(/[\u0E00-\u0E7F]/);
      // Nothing the staff wrote, and no staff name.
      for (const text of [message.subject, message.body]) {
        expect(text).not.toContain('สมศักดิ์');
        for (const staffName of staffNames) expect(text).not.toContain(staffName);
      }
    }
    // Each message read the citizen's contact, and each read is logged (PDPA).
    const reads = await t.db.query('select 1 from complainant_contact_reads where case_id = $1 and user_id is null', [caseId]);
    expect(reads.rows).toHaveLength(news.length);
  });
});
