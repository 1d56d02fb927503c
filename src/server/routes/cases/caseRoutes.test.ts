import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

describe.each(testEngines())('a directive from the delivery unit to district offices (%s)', (engine) => {
  let t: TestApp;
  let pmdu: TestClient;
  let chiangMai: TestClient;
  let mueang: TestClient;
  let lampang: TestClient;
  let caseId: string;
  let hallAssignmentId: string;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    pmdu = await t.as('delivery_unit', 'PMDU');
    chiangMai = await t.as('officer', 'PH-50');
    mueang = await t.as('officer', 'DO-5001');
    lampang = await t.as('officer', 'PH-52');
  });
  afterAll(() => t.close());

  it('creates a case assigned to every provincial hall of inspection zone 15 in one call', async () => {
    const created = await pmdu.post('/api/cases', {
      kind: 'directive',
      title: 'เตรียมรับมือน้ำท่วมฉับพลัน',
      body: 'ให้ทุกจังหวัดสำรวจพื้นที่เสี่ยงน้ำท่วมขังและรายงาน',
      dueDate: '2030-01-31',
      assignments: [{ targets: { kind: 'provincial_hall', groupingId: 'zone:15' }, role: 'lead', dueDate: '2030-01-15' }],
    });
    expect(created.status).toBe(201);
    caseId = created.body.case.id;
    expect(created.body.case.ref).toMatch(/^DIR-25\d\d-\d{6}$/);
    const codes = created.body.assignments.map((a: { unit: { code: string } }) => a.unit.code).sort();
    expect(codes).toEqual(['PH-50', 'PH-51', 'PH-52', 'PH-58']);
    hallAssignmentId = created.body.assignments.find((a: { unit: { code: string } }) => a.unit.code === 'PH-50').id;
    expect(created.body.case.status).toBe('open');
  });

  it('shows the province the work in its inbox, waiting for acknowledgement', async () => {
    const inbox = await chiangMai.get('/api/inbox');
    expect(inbox.status).toBe(200);
    const item = inbox.body.items.find((i: { case: { id: string } }) => i.case.id === caseId);
    expect(item.waitingFor).toBe('acknowledgement');
    expect(item.assignment.allowedActions).toEqual(['acknowledge', 'return']);
  });

  it('acknowledges, and the case moves to in progress with an event for each change', async () => {
    expect((await chiangMai.post(`/api/assignments/${hallAssignmentId}/acknowledge`, {})).status).toBe(200);
    const again = await chiangMai.post(`/api/assignments/${hallAssignmentId}/acknowledge`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('invalid_transition');
    const detail = await pmdu.get(`/api/cases/${caseId}`);
    expect(detail.body.case.status).toBe('in_progress');
    const events = await pmdu.get(`/api/cases/${caseId}/events`);
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual(['created', 'assigned', 'acknowledged', 'status_changed']);
  });

  it('cascades to two district offices, and refuses units outside the province', async () => {
    const outside = await chiangMai.post(`/api/assignments/${hallAssignmentId}/cascade`, { targets: { unitCodes: ['DO-5201'] } });
    expect(outside.status).toBe(422);
    expect(outside.body.error.code).toBe('invalid_target');
    const cascaded = await chiangMai.post(`/api/assignments/${hallAssignmentId}/cascade`, {
      targets: { unitCodes: ['DO-5001', 'DO-5003'] },
      dueDate: '2030-01-10',
    });
    expect(cascaded.status).toBe(201);
    expect(cascaded.body.created.map((c: { code: string }) => c.code)).toEqual(['DO-5001', 'DO-5003']);
    const repeat = await chiangMai.post(`/api/assignments/${hallAssignmentId}/cascade`, { targets: { unitCodes: ['DO-5001'] } });
    expect(repeat.status).toBe(409);
  });

  it('lets the district report progress with a file, then complete; the province accepts', async () => {
    const detail = await mueang.get(`/api/cases/${caseId}`);
    expect(detail.status).toBe(200);
    const mine = detail.body.assignments.find((a: { unit: { code: string } }) => a.unit.code === 'DO-5001');
    // The district sees its own work and the chain above it, not its neighbour's.
    expect(detail.body.assignments.map((a: { unit: { code: string } }) => a.unit.code).sort()).toEqual(['DO-5001', 'PH-50']);
    expect((await mueang.post(`/api/assignments/${mine.id}/acknowledge`, {})).status).toBe(200);

    const form = new FormData();
    form.append(
      'file',
      new Blob([Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n')], { type: 'application/pdf' }),
      'รายงาน.pdf',
    );
    const upload = await mueang.app.inject({
      method: 'POST',
      url: '/api/attachments',
      cookies: mueang.cookies,
      headers: { 'x-csrf-token': mueang.csrfToken! },
      body: form,
    });
    expect(upload.statusCode).toBe(201);
    const file = JSON.parse(upload.body);
    expect(file.contentType).toBe('application/pdf');

    const progress = await mueang.post(`/api/assignments/${mine.id}/progress`, { note: 'สำรวจแล้ว 12 ตำบล', attachmentIds: [file.id] });
    expect(progress.status).toBe(201);
    const reuse = await mueang.post(`/api/assignments/${mine.id}/progress`, { note: 'อีกครั้ง', attachmentIds: [file.id] });
    expect(reuse.status).toBe(400);

    expect((await mueang.post(`/api/assignments/${mine.id}/complete`, { note: 'เสร็จแล้ว' })).status).toBe(200);
    const provinceInbox = await chiangMai.get('/api/inbox');
    expect(
      provinceInbox.body.items.some(
        (i: { assignment: { id: string }; waitingFor: string }) => i.assignment.id === mine.id && i.waitingFor === 'acceptance',
      ),
    ).toBe(true);
    expect((await chiangMai.post(`/api/assignments/${mine.id}/accept`, {})).status).toBe(200);

    const download = await pmdu.get(`/api/attachments/${file.id}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect((await lampang.get(`/api/attachments/${file.id}`)).status).toBe(404);
  });

  it("keeps Lampang out of Chiang Mai's assignments while showing its own", async () => {
    const detail = await lampang.get(`/api/cases/${caseId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.assignments.map((a: { unit: { code: string } }) => a.unit.code)).toEqual(['PH-52']);
    const events = await lampang.get(`/api/cases/${caseId}/events`);
    expect(events.body.items.every((e: { assignmentId: string | null }) => e.assignmentId === null)).toBe(true);
    const assigned = events.body.items.find((e: { type: string }) => e.type === 'assigned');
    expect(assigned.data.units.map((u: { code: string }) => u.code)).toEqual(['PH-52']);
    expect(assigned.data.unitsNotShown).toBe(3);
    const act = await lampang.post(`/api/assignments/${hallAssignmentId}/complete`, {});
    expect(act.status).toBe(403);
  });

  it('finds the case by Thai words the word cutter splits differently', async () => {
    const cases = await chiangMai.get(`/api/cases?q=${encodeURIComponent('น้ำท่วม')}`);
    expect(cases.body.items.map((c: { id: string }) => c.id)).toContain(caseId);
    const none = await chiangMai.get(`/api/cases?q=${encodeURIComponent('คลินิกแม่เลี้ยงเดี่ยว')}`);
    expect(none.body.items).toEqual([]);
  });
});
