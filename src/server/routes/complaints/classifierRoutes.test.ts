import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { staffTrainingExamples, trainingExamplesOfCase } from '../../../db/queries/classifierExampleQueries.ts';
import { createStaff } from '../../../../test/support/factories.ts';
import { signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

const description = 'ไฟฟ้าส่องสว่างในซอยดับทั้งซอย มืดมาก เดินกลับบ้านไม่ปลอดภัย';

describe.each(testEngines())('corrections become training examples (%s)', (engine) => {
  let t: TestApp;
  let operator: TestClient;
  let admin: TestClient;
  let district: string;

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-03-02T02:00:00Z') });
    const area = await t.db.query<{ code: string }>(
      `select code from areas where level = 'district' and code like '10%' order by code limit 1`,
    );
    district = area.rows[0]!.code;
    operator = await signIn(t.app, await createStaff(t.db, { role: 'operator', unitCode: 'OPM-1111' }));
    admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'OPM-1111' }));
  });
  afterAll(() => t.close());

  it('records the category an operator chose over the top suggestion, and a recategorisation, as training examples', async () => {
    const before = await admin.get('/api/classifier');
    expect(before.status).toBe(200);
    const preview = await operator.post('/api/complaints/preview', { categoryCode: null, description, areaCode: district });
    const top = preview.body.suggestions[0].code as string;
    const chosen = top === 'safety' ? 'general' : 'safety';
    const filed = await operator.post('/api/complaints', {
      channel: 'hotline',
      categoryCode: chosen,
      description: `${description} โทร 081-234-5678`,
      areaCode: district,
      location: null,
      complainant: null,
    });
    expect(filed.status).toBe(201);
    const caseId = filed.body.caseId as string;
    expect(await trainingExamplesOfCase(t.db, caseId)).toEqual([
      expect.objectContaining({ category_code: chosen, suggested_code: top, source: 'intake', recorded_by: operator.staff!.id }),
    ]);
    const stored = await t.db.query<{ text: string }>('select text from classifier_training_examples where case_id = $1', [caseId]);
    expect(stored.rows[0]!.text).not.toContain('081-234-5678'); // PDPA: the text is kept masked

    t.clock.advanceMs(60_000);
    const moved = await operator.post(`/api/complaints/${caseId}/category`, { category: 'street_lights', reason: 'ไฟถนนดับ' });
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual({ category: 'street_lights' });
    const kase = await t.db.query<{ category: string; category_code: string }>(
      'select c.category, k.category_code from cases c join complaints k on k.case_id = c.id where c.id = $1',
      [caseId],
    );
    expect(kase.rows[0]).toEqual({ category: 'street_lights', category_code: 'street_lights' });
    const events = await t.db.query<{ data: unknown }>(`select data from case_events where case_id = $1 and type = 'category_changed'`, [
      caseId,
    ]);
    expect(events.rows).toEqual([{ data: { from: chosen, to: 'street_lights', reason: 'ไฟถนนดับ' } }]);
    expect((await trainingExamplesOfCase(t.db, caseId)).map((e) => [e.source, e.category_code])).toEqual([
      ['intake', chosen],
      ['recategorised', 'street_lights'],
    ]);
    // What the trainer reads: the case's last label, once.
    const examples = (await staffTrainingExamples(t.db)).filter((e) => e.text.includes('ไฟฟ้าส่องสว่างในซอย'));
    expect(examples.map((e) => e.code)).toEqual(['street_lights']);

    const after = await admin.get('/api/classifier');
    expect(after.body.waitingExamples).toBe(before.body.waitingExamples + 2);
    const page = await operator.get(`/api/complaints/${caseId}`);
    expect(page.body.allowed.recategorise).toBe(true);
  });

  it('takes a new category with a re-route, and refuses what it cannot do with a stable code', async () => {
    const filed = await operator.post('/api/complaints', {
      channel: 'walk_in',
      categoryCode: 'roads',
      description: 'ถนนเป็นหลุมบ่อหน้าตลาด',
      areaCode: district,
      location: null,
      complainant: null,
    });
    const caseId = filed.body.caseId as string;
    const unknown = await operator.post(`/api/complaints/${caseId}/category`, { category: 'no_such_category' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'validation_failed', fields: [{ path: '/category' }] });
    expect((await operator.post(`/api/complaints/${caseId}/category`, { category: 'roads' })).body.error.code).toBe('conflict');
    expect((await operator.post(`/api/complaints/${caseId}/category`, { categoryCode: 'roads' })).status).toBe(400);
    const stranger = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-52' }));
    expect((await stranger.post(`/api/complaints/${caseId}/category`, { category: 'drains' })).status).toBe(404);
    expect((await operator.get('/api/classifier')).status).toBe(403);
    expect((await operator.post('/api/classifier/train', {})).status).toBe(403);

    const rerouted = await operator.post(`/api/complaints/${caseId}/reroute`, {
      unitCode: 'PH-50',
      reason: 'เป็นท่อระบายน้ำ',
      category: 'drains',
    });
    expect(rerouted.status).toBe(200);
    expect((await trainingExamplesOfCase(t.db, caseId)).map((e) => [e.source, e.category_code])).toEqual([
      ['intake', 'roads'],
      ['recategorised', 'drains'],
    ]);
    const bad = await operator.post(`/api/complaints/${caseId}/reroute`, { unitCode: 'PH-52', reason: 'ผิดหน่วย', category: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('/category');
  });
});
