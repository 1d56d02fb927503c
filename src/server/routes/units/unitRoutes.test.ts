import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitByCode } from '../../../../test/support/factories.ts';
import { startTestApp, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

describe.each(testEngines())('the unit tree (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine });
  });
  afterAll(() => t.close());

  it('lets any signed-in user read units and one unit with its chain of parents', async () => {
    const officer = await t.as('officer', 'DO-5001');
    const list = await officer.get('/api/units?kind=district_office&areaPrefix=50');
    expect(list.status).toBe(200);
    expect(list.body.items.map((unit: { code: string }) => unit.code)).toContain('DO-5001');
    expect(list.body.items.every((unit: { kind: string }) => unit.kind === 'district_office')).toBe(true);

    const mueang = await unitByCode(t.db, 'DO-5001');
    const detail = await officer.get(`/api/units/${mueang.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.unit).toMatchObject({ code: 'DO-5001', kind: 'district_office', areaCode: '5001' });
    expect(detail.body.ancestors[0].code).toBe('RTG');
    expect(detail.body.ancestors.at(-1).code).toBe('PH-50');
    expect(detail.body.parentId).toBe(detail.body.ancestors.at(-1).id);
  });

  it('says how many units match on all pages, so a search can read "20 of 78" and page on', async () => {
    const officer = await t.as('officer', 'DO-5001');
    const matching = await t.db.query<{ n: number }>(
      `select count(*)::int as n from units where active and (name_th ilike '%พัฒนาสังคม%' or name_en ilike '%พัฒนาสังคม%')`,
    );
    const q = encodeURIComponent('พัฒนาสังคม');
    const first = await officer.get(`/api/units?q=${q}&limit=20`);
    expect(first.status).toBe(200);
    expect(matching.rows[0]!.n).toBeGreaterThan(20);
    expect(first.body.total).toBe(matching.rows[0]!.n);
    expect(first.body.items).toHaveLength(20);
    const second = await officer.get(`/api/units?q=${q}&limit=20&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.body.total).toBe(matching.rows[0]!.n);
    expect(second.body.items[0].code > first.body.items[19].code).toBe(true);
  });

  it('lets an administrator add a unit under another and rename it', async () => {
    const admin = await t.as('admin', 'RTG');
    const hall = await unitByCode(t.db, 'PH-50');
    const created = await admin.post('/api/units', {
      code: 'DIV-50-TEST',
      parentId: hall.id,
      kind: 'division',
      nameTh: 'กลุ่มงานทดสอบ',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ unit: { code: 'DIV-50-TEST', kind: 'division' }, parentId: hall.id, childCount: 0 });

    const renamed = await admin.patch(`/api/units/${created.body.unit.id}`, { nameEn: 'Test Division' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.unit.name).toEqual({ th: 'กลุ่มงานทดสอบ', en: 'Test Division' });
  });
});
