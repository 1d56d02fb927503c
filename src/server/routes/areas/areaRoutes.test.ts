import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, startTestApp, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

describe.each(testEngines())('official geography (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine });
  });
  afterAll(() => t.close());

  it('lists provinces, the districts of one, and finds a subdistrict by postcode, without signing in', async () => {
    const visitor = anonymous(t.app);
    const provinces = await visitor.get('/api/areas?level=province');
    expect(provinces.status).toBe(200);
    expect(provinces.body.items).toContainEqual({
      code: '50',
      level: 'province',
      parentCode: null,
      name: { th: 'เชียงใหม่', en: 'Chiang Mai' },
      postcode: null,
    });
    expect(provinces.body.total).toBe(provinces.body.items.length);

    const districts = await visitor.get('/api/areas?level=district&parent=50');
    expect(districts.body.items.every((area: { parentCode: string }) => area.parentCode === '50')).toBe(true);
    expect(districts.body.items.map((area: { code: string }) => area.code)).toContain('5001');

    const byPostcode = await visitor.get('/api/areas?level=subdistrict&q=50200');
    expect(byPostcode.body.items.map((area: { name: { en: string } }) => area.name.en)).toContain('Si Phum');
  });

  it('lists the inspection zones with their provinces', async () => {
    const zones = await anonymous(t.app).get('/api/area-groupings?kind=inspection_zone');
    expect(zones.status).toBe(200);
    const zone15 = zones.body.items.find((grouping: { id: string }) => grouping.id === 'zone:15');
    expect(zone15).toMatchObject({ kind: 'inspection_zone', number: 15 });
    expect([...zone15.provinceCodes].sort()).toEqual(['50', '51', '52', '58']);
  });
});
