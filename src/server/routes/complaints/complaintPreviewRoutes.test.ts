import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { createStaff } from '../../../../test/support/factories.ts';
import { anonymous, signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

const streetLight = 'ไฟฟ้าส่องสว่างในซอยดับทั้งซอยมาหลายคืนแล้ว มืดมาก อันตรายต่อคนเดินกลับบ้าน';

describe.each(testEngines())('complaint routing preview (%s)', (engine) => {
  let t: TestApp;
  let citizen: TestClient;
  let operator: TestClient;
  let subdistrict: string;
  let district: string;

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-03-02T02:00:00Z') });
    citizen = anonymous(t.app);
    operator = await signIn(t.app, await createStaff(t.db, { role: 'operator', unitCode: 'OPM-1111' }));
    const area = await t.db.query<{ code: string; parent_code: string }>(
      `select code, parent_code from areas where level = 'subdistrict' and parent_code = '5003' order by code limit 1`,
    );
    subdistrict = area.rows[0]!.code;
    district = area.rows[0]!.parent_code;
  });
  afterAll(() => t.close());

  it('names the top three categories and the unit before filing, and the filed complaint goes exactly there', async () => {
    const preview = await citizen.post('/api/public/complaints/preview', {
      categoryCode: null,
      description: streetLight,
      areaCode: subdistrict,
    });
    expect(preview.status).toBe(200);
    expect(preview.body.suggestions).toHaveLength(3);
    expect(new Set(preview.body.suggestions.map((s: { code: string }) => s.code)).size).toBe(3);
    const { confidence, ...first } = preview.body.suggestions[0];
    expect(preview.body.category).toEqual(first);
    // Calibrated probabilities, most likely first (a complaint may belong to several categories, so no sum of 1).
    expect(confidence).toBeGreaterThan(0.5);
    const confidences = preview.body.suggestions.map((s: { confidence: number }) => s.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    expect(preview.body.category.name.th).not.toMatch(/[a-z_]/);
    expect(preview.body.unit.code).toBe(`DO-${district}`);
    expect(preview.body.unit.name.th).toMatch(/^ที่ว่าการอำเภอ/);
    expect(preview.body.routedBy).toBe('district_office');

    const filed = await citizen.post('/api/public/complaints', {
      categoryCode: null,
      description: streetLight,
      areaCode: subdistrict,
      location: null,
      complainant: null,
    });
    expect(filed.status).toBe(201);
    expect(filed.body.unit).toEqual(preview.body.unit);
    const saved = await t.db.query<{ category_code: string }>('select category_code from complaints where tracking_code = $1', [
      filed.body.trackingCode,
    ]);
    expect(saved.rows[0]!.category_code).toBe(preview.body.category.code);
  });

  it('follows a routing rule an administrator adds, for the operator as for the citizen; the saved complaint agrees', async () => {
    const admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    const before = await operator.post('/api/complaints/preview', { categoryCode: 'roads', description: '', areaCode: district });
    expect(before.status).toBe(200);
    expect(before.body.suggestions).toEqual([]);
    expect(before.body.unit.code).toBe(`DO-${district}`);
    const rule = await admin.post('/api/complaint-routing-rules', {
      categoryCode: 'roads',
      areaCode: district.slice(0, 2),
      unitCode: 'PH-50',
    });
    expect(rule.status).toBeLessThan(300);
    const after = await operator.post('/api/complaints/preview', {
      categoryCode: 'roads',
      description: 'ถนนเป็นหลุม',
      areaCode: subdistrict,
    });
    expect(after.body.unit.code).toBe('PH-50');
    expect(after.body.routedBy).toBe('rule');
    const saved = await operator.post('/api/complaints', {
      channel: 'hotline',
      categoryCode: 'roads',
      description: 'ถนนเป็นหลุม',
      areaCode: subdistrict,
      location: null,
      complainant: null,
    });
    expect(saved.status).toBe(201);
    expect(saved.body.unit).toEqual(after.body.unit);
  });

  it('reads an English complaint through the category names and keywords, and a keyword an administrator adds counts at once', async () => {
    const suggest = async (description: string) =>
      (await citizen.post('/api/public/complaints/preview', { categoryCode: null, description, areaCode: null })).body.suggestions[0]?.code;
    expect(await suggest('Garbage has not been collected in our soi for a week')).toBe('cleanliness');
    const hyacinth = 'Water hyacinth is choking the water way behind the market';
    expect(await suggest(hyacinth)).not.toBe('canals');
    const admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    const canals = (await admin.get('/api/complaint-categories')).body.items.find((c: { code: string }) => c.code === 'canals');
    expect(canals.keywords).toContain('คลอง');
    const saved = await admin.patch('/api/complaint-categories/canals', {
      nameTh: canals.name.th,
      nameEn: canals.name.en,
      acknowledgeHours: canals.acknowledgeHours,
      resolveHours: canals.resolveHours,
      active: canals.active,
      keywords: [...canals.keywords, '  Water Hyacinth ', 'ผักตบชวา'],
    });
    expect(saved.status).toBe(200);
    const after = (await admin.get('/api/complaint-categories')).body.items.find((c: { code: string }) => c.code === 'canals');
    expect(after.keywords).toEqual([...canals.keywords, 'water hyacinth', 'ผักตบชวา']);
    expect(await suggest(hyacinth)).toBe('canals');
  });

  it('refuses an unknown area or category with a field problem in Thai and English; staff preview needs an operator', async () => {
    const area = await citizen.post('/api/public/complaints/preview', { categoryCode: null, description: 'x', areaCode: '999999' });
    expect(area.status).toBe(400);
    expect(area.body.error.code).toBe('validation_failed');
    expect(area.body.error.fields[0]).toMatchObject({ path: '/areaCode', th: expect.any(String), en: expect.any(String) });
    const category = await citizen.post('/api/public/complaints/preview', { categoryCode: 'no_such', description: 'x', areaCode: null });
    expect(category.status).toBe(400);
    expect(category.body.error.fields[0].path).toBe('/categoryCode');
    const shape = await citizen.post('/api/public/complaints/preview', { description: 'x' });
    expect(shape.status).toBe(400);
    expect((await citizen.post('/api/complaints/preview', { categoryCode: null, description: 'x', areaCode: null })).status).toBe(401);
    const officer = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: `DO-${district}` }));
    expect((await officer.post('/api/complaints/preview', { categoryCode: null, description: 'x', areaCode: null })).status).toBe(403);
  });
});
