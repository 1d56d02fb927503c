import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

describe.each(testEngines())('routing rules in names and "where would this complaint go?" (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp({ engine });
    admin = await t.as('admin', 'RTG');
  });
  afterAll(() => t.close());

  it('lists rules with the category’s name, the area with its parents and the unit’s name', async () => {
    const added = await admin.post('/api/complaint-routing-rules', { categoryCode: 'street_lights', areaCode: '1002', unitCode: 'PH-10' });
    expect(added.status).toBe(200);
    const list = await admin.get('/api/complaint-routing-rules/named');
    expect(list.status).toBe(200);
    const rule = list.body.items.find((r: { id: string }) => r.id === added.body.id);
    expect(rule).toMatchObject({
      categoryCode: 'street_lights',
      category: { th: 'ไฟฟ้าแสงสว่าง', en: 'Street lights' },
      areaCode: '1002',
      unit: { code: 'PH-10', name: { th: 'ศาลาว่าการกรุงเทพมหานคร' } },
    });
    expect(rule.area.map((a: { level: string; name: { en: string } }) => [a.level, a.name.en])).toEqual([
      ['district', 'Dusit'],
      ['province', 'Bangkok'],
    ]);
  });

  it('names the rule that decided, and a filed complaint goes to the unit the test answered', async () => {
    const added = await admin.post('/api/complaint-routing-rules', { categoryCode: 'trees', areaCode: '1003', unitCode: 'PH-10' });
    const subdistrict = (await t.db.query<{ code: string }>(`select code from areas where parent_code = '1003' order by code limit 1`))
      .rows[0]!.code;
    const test = await admin.post('/api/complaint-routing-rules/test', { categoryCode: 'trees', areaCode: subdistrict });
    expect(test.status).toBe(200);
    expect(test.body).toMatchObject({
      category: { code: 'trees', name: { th: 'ต้นไม้' } },
      categoryChosenBy: 'given',
      routedBy: 'rule',
      unit: { code: 'PH-10' },
      rule: { id: added.body.id, areaCode: '1003' },
    });
    expect(test.body.area[0]).toMatchObject({ code: subdistrict, level: 'subdistrict' });

    const filed = await anonymous(t.app).post('/api/public/complaints', {
      categoryCode: 'trees',
      description: 'กิ่งไม้ใหญ่หักพาดสายไฟหน้าตลาด อันตรายมาก',
      areaCode: subdistrict,
      location: { lat: 13.77, lon: 100.51 },
      complainant: { name: 'มานี มีนา', email: 'manee@example.com' },
    });
    expect(filed.status).toBe(201);
    expect(filed.body.unit.code).toBe(test.body.unit.code);

    // Another category in the same district has no rule: the district office, and no rule named.
    const fallback = await admin.post('/api/complaint-routing-rules/test', { categoryCode: 'noise', areaCode: subdistrict });
    expect(fallback.body).toMatchObject({ routedBy: 'district_office', unit: { code: 'DO-1003' }, rule: null });
    const nowhere = await admin.post('/api/complaint-routing-rules/test', { categoryCode: 'noise' });
    expect(nowhere.body).toMatchObject({ routedBy: 'intake_centre', unit: { code: 'OPM-1111' }, area: [] });
  });

  it('lets the classifier choose the category from the text, as intake does', async () => {
    const test = await admin.post('/api/complaint-routing-rules/test', { text: 'ไฟฟ้าส่องสว่างริมถนนดับทั้งซอย มืดมาก', areaCode: '1002' });
    expect(test.status).toBe(200);
    expect(test.body.categoryChosenBy).toBe('classifier');
    expect(test.body.category.code).toBe('street_lights');
    expect(test.body.rule).toMatchObject({ categoryCode: 'street_lights', areaCode: '1002' });
  });

  it('refuses a test with neither category nor text, an unknown area, and anyone but an administrator', async () => {
    const empty = await admin.post('/api/complaint-routing-rules/test', { areaCode: '1002' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields[0]).toMatchObject({ path: '/categoryCode', th: expect.stringContaining('โปรดเลือกประเภทเรื่อง') });
    const unknownArea = await admin.post('/api/complaint-routing-rules/test', { categoryCode: 'roads', areaCode: '9999' });
    expect(unknownArea.body.error).toMatchObject({ code: 'validation_failed', fields: [{ path: '/areaCode' }] });
    const badShape = await admin.post('/api/complaint-routing-rules/test', { categoryCode: 'roads', extra: 1 });
    expect(badShape.status).toBe(400);
    const operator = await t.as('operator', 'OPM-1111');
    expect((await operator.post('/api/complaint-routing-rules/test', { categoryCode: 'roads' })).status).toBe(403);
    expect((await operator.get('/api/complaint-routing-rules/named')).status).toBe(403);
  });
});
