import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, startTestApp, type TestApp } from '../../../test/support/testApp.ts';
import { testEngines } from '../../../test/support/testDatabase.ts';
import { systemClock } from '../../domain/clock.ts';
import { loadReferenceData } from './loadReferenceData.ts';

describe.each(testEngines())('reference data (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine });
  });
  afterAll(() => t.close());

  it('serves 77 provinces, 928 districts and 7,436 subdistricts with their official codes', async () => {
    const client = anonymous(t.app);
    const totals: Record<string, number> = {};
    for (const level of ['province', 'district', 'subdistrict']) {
      const response = await client.get(`/api/areas?level=${level}`);
      expect(response.status).toBe(200);
      totals[level] = response.body.total;
      expect(response.body.items).toHaveLength(response.body.total);
    }
    expect(totals).toEqual({ province: 77, district: 928, subdistrict: 7436 });
    const chiangMai = await client.get('/api/areas?parent=50');
    expect(chiangMai.body.items[0]).toMatchObject({ code: '5001', level: 'district', name: { th: 'เมืองเชียงใหม่' } });
  });

  it('has the PM office and 19 ministries, 155 departments, a hall for every province and an office for every district', async () => {
    const counts = await t.db.query<{ kind: string; n: number }>('select kind, count(*)::int as n from units group by kind');
    const byKind = Object.fromEntries(counts.rows.map((row) => [row.kind, row.n]));
    expect(byKind).toMatchObject({ government: 1, ministry: 20, department: 155, provincial_hall: 77, district_office: 928 });
    const offices = await t.db.query<{ prefix: string; n: number }>(
      `select split_part(code, '-P-', 1) as prefix, count(*)::int as n from units where kind = 'provincial_office' group by 1 order by 1`,
    );
    expect(offices.rows).toEqual([
      { prefix: 'MOE', n: 77 },
      { prefix: 'MOPH', n: 77 },
      { prefix: 'MSDHS', n: 77 },
    ]);
    // Every district office hangs under the hall of its own province, and is tied to its district.
    const misplaced = await t.db.query(
      `select d.code from units d join units h on h.id = d.parent_id
        where d.kind = 'district_office' and (h.kind <> 'provincial_hall' or substr(d.area_code, 1, 2) <> h.area_code)`,
    );
    expect(misplaced.rows).toEqual([]);
    const bangkok = await t.db.query<{ name_th: string }>(`select name_th from units where code = 'DO-1001'`);
    expect(bangkok.rows[0]!.name_th).toBe('สำนักงานเขตพระนคร');
  });

  it('names Bangkok’s provincial offices without จังหวัด or "Provincial": Bangkok is not a province (issue 13, item 12)', async () => {
    const names = await t.db.query<{ code: string; name_th: string; name_en: string }>(
      `select code, name_th, name_en from units where code in ('MSDHS-P-10', 'MOPH-P-10', 'MOE-P-10', 'MSDHS-P-50') order by code`,
    );
    expect(names.rows).toEqual([
      { code: 'MOE-P-10', name_th: 'สำนักงานศึกษาธิการกรุงเทพมหานคร', name_en: 'Bangkok Education Office' },
      { code: 'MOPH-P-10', name_th: 'สำนักงานสาธารณสุขกรุงเทพมหานคร', name_en: 'Bangkok Public Health Office' },
      {
        code: 'MSDHS-P-10',
        name_th: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์กรุงเทพมหานคร',
        name_en: 'Bangkok Office of Social Development and Human Security',
      },
      {
        code: 'MSDHS-P-50',
        name_th: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่',
        name_en: 'Chiang Mai Provincial Office of Social Development and Human Security',
      },
    ]);
    const province = await t.db.query(`select code from units where name_th like '%จังหวัดกรุงเทพ%' or name_en like '%Bangkok Provincial%'`);
    expect(province.rows).toEqual([]);
  });

  it('groups provinces into 6 regions, 18 inspection zones plus Bangkok, and 18 province groups', async () => {
    const response = await anonymous(t.app).get('/api/area-groupings');
    const kinds = response.body.items.reduce(
      (acc: Record<string, number>, g: { kind: string }) => ({ ...acc, [g.kind]: (acc[g.kind] ?? 0) + 1 }),
      {},
    );
    expect(kinds).toEqual({ region: 6, inspection_zone: 19, province_group: 18 });
    const zoneProvinces = response.body.items
      .filter((g: { kind: string }) => g.kind === 'inspection_zone')
      .flatMap((g: { provinceCodes: string[] }) => g.provinceCodes);
    expect(new Set(zoneProvinces).size).toBe(77);
  });

  it('skips reloading unchanged reference data, so a restart stays fast, and keeps unit ids when it reloads', async () => {
    expect(await loadReferenceData(t.db, { clock: systemClock })).toEqual({ loaded: false });
    const before = await t.db.query<{ id: string }>(`select id from units where code = 'PH-50'`);
    expect(await loadReferenceData(t.db, { clock: systemClock, force: true })).toEqual({ loaded: true });
    const after = await t.db.query<{ id: string }>(`select id from units where code = 'PH-50'`);
    expect(after.rows[0]!.id).toBe(before.rows[0]!.id);
  });
});
