import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

describe.each(testEngines())('search ranking (%s)', (engine) => {
  let t: TestApp;
  let pmdu: TestClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ engine });
    pmdu = await t.as('delivery_unit', 'PMDU');
    const texts = {
      pothole: ['ถนนชำรุด', 'ถนนหน้าบ้านเป็นหลุมเป็นบ่อน้ำท่วมขังมาสามวันแล้ว'],
      light: ['ไฟส่องทางเสีย', 'ไฟฟ้าส่องสว่างดับทั้งซอย'],
      phrase: ['ไฟดับทั้งหมู่บ้าน', 'ไฟดับตั้งแต่เมื่อคืน'],
      english: ['Street light broken', 'The street light near the market has been broken for a week'],
    };
    for (const [key, [title, body]] of Object.entries(texts)) {
      t.clock.advanceMs(1000);
      const created = await pmdu.post('/api/cases', { kind: 'directive', title, body });
      ids[key] = created.body.case.id;
      ids[`${key}Ref`] = created.body.case.ref;
    }
  });
  afterAll(() => t.close());

  const search = async (q: string) =>
    (await pmdu.get(`/api/cases?q=${encodeURIComponent(q)}`)).body.items.map((item: { id: string }) => item.id) as string[];

  it('finds น้ำท่วม inside บ่อน้ำท่วมขัง, which the word cutter splits as บ่อน้ำ|ท่วม', async () => {
    expect(await search('น้ำท่วม')).toEqual([ids.pothole]);
  });

  it('finds ไฟดับ in "ไฟฟ้าส่องสว่างดับทั้งซอย", ranking the exact phrase first', async () => {
    const found = await search('ไฟดับ');
    expect(found[0]).toBe(ids.phrase);
    expect(found).toContain(ids.light);
    expect(found).not.toContain(ids.pothole);
  });

  it('finds English words in any case, and a case by its reference number', async () => {
    // The Thai street-light complaint follows through the default synonym group, ranked below the literal words.
    expect(await search('STREET light')).toEqual([ids.english, ids.light]);
    expect(await search(ids.lightRef!.toLowerCase())).toEqual([ids.light]);
  });
});
