import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

type Hit = { code: string; level: string; label: { th: string; en: string } };

describe.each(testEngines())('typed area search (%s)', (engine) => {
  let t: TestApp;
  let visitor: TestClient;
  const search = async (q: string, limit?: number) => {
    const answer = await visitor.get(`/api/areas/search?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`);
    expect(answer.status).toBe(200);
    return answer.body as { total: number; items: Hit[] };
  };
  beforeAll(async () => {
    t = await startTestApp({ engine });
    visitor = anonymous(t.app);
  });
  afterAll(() => t.close());

  it('finds เขตพระนคร typed with or without its prefix, first, labelled as Bangkok writes it (not a จังหวัด)', async () => {
    for (const typed of ['พระนคร', 'เขตพระนคร', ' เขต พระนคร ']) {
      const found = await search(typed);
      expect(found.items[0], typed).toMatchObject({
        code: '1001',
        level: 'district',
        label: { th: 'เขตพระนคร กรุงเทพมหานคร', en: 'Phra Nakhon District, Bangkok' },
      });
    }
    // Without a prefix, the names that start with it follow the exact one: Phra Nakhon Si Ayutthaya, province first.
    const bare = await search('พระนคร');
    expect(bare.items.slice(1, 3).map((hit) => hit.code)).toEqual(['14', '1401']);
    expect(bare.items[1]!.label.th).toBe('จังหวัดพระนครศรีอยุธยา');
    // The prefix names the level: เขตพระนคร is a district, never the province.
    expect((await search('เขตพระนคร')).items.every((hit) => hit.level === 'district')).toBe(true);
  });

  it('says which แม่จัน is a district and which a subdistrict, and in which province', async () => {
    const found = await search('แม่จัน');
    expect(found.items.map((hit) => hit.label.th)).toEqual([
      'อำเภอแม่จัน จังหวัดเชียงราย',
      'ตำบลแม่จัน อำเภอแม่จัน จังหวัดเชียงราย',
      'ตำบลแม่จัน อำเภออุ้มผาง จังหวัดตาก',
    ]);
    expect(found.items[1]!.label.en).toBe('Mae Chan Subdistrict, Mae Chan District, Chiang Rai Province');
    expect((await search('ต.แม่จัน')).items.map((hit) => hit.code)).toEqual(['570701', '630804']);
    expect((await search('อ.แม่จัน')).items.map((hit) => hit.code)).toEqual(['5707']);
    expect((await search('ตำบลแม่จัน ตาก')).items.map((hit) => hit.code)).toEqual(['630804']);
    expect((await search('Mae Chan, Chiang Rai')).items.map((hit) => hit.code)).toEqual(['5707', '570701']);
    expect((await search('mae chan district')).items.map((hit) => hit.code)).toEqual(['5707']);
  });

  it('counts every match while listing the first ones, and finds by postcode and code', async () => {
    const many = await search('บาง', 5);
    expect(many.items).toHaveLength(5);
    expect(many.total).toBeGreaterThan(100);
    expect((await search('57110')).items.map((hit) => hit.code)).toContain('570701');
    expect((await search('5707')).items[0]!.code).toBe('5707');
    expect(await search('ตำบล')).toMatchObject({ items: [] });
    expect((await visitor.get('/api/areas/search?q=')).status).toBe(400);
    expect((await visitor.get('/api/areas/search?q=x&limit=500')).status).toBe(400);
  });
});
