import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, startTestApp, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

describe.each(testEngines())('the district map of a province (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine });
  });
  afterAll(() => t.close());

  it("draws Chiang Mai's districts with their official names, without signing in, cached for a day", async () => {
    const response = await anonymous(t.app).get('/api/areas/50/district-map');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
    const map = response.body;
    expect(map.province).toEqual({ code: '50', name: { th: 'เชียงใหม่', en: 'Chiang Mai' } });
    expect(Math.max(map.width, map.height)).toBe(480);
    expect(map.districts.length).toBe(25);
    const mueang = map.districts.find((d: { code: string }) => d.code === '5001');
    expect(mueang.name.th).toBe('เมืองเชียงใหม่');
    expect(mueang.path).toMatch(/^M[0-9.]+ [0-9.]+L/);
    expect(map.districts.every((d: { code: string; path: string }) => d.code.startsWith('50') && d.path.length > 0)).toBe(true);
  });

  it('answers not_found for a province that does not exist, and refuses a malformed code', async () => {
    const missing = await anonymous(t.app).get('/api/areas/99/district-map');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const malformed = await anonymous(t.app).get('/api/areas/5/district-map');
    expect(malformed.status).toBe(400);
  });
});
