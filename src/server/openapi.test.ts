import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../test/support/testApp.ts';

describe('the API description', () => {
  it('is OpenAPI 3.1 with a browsable page, and every operation has a summary and a 200 or 201 answer', async () => {
    const t = await startTestApp();
    try {
      const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      expect(spec.openapi).toBe('3.1.0');
      for (const [path, methods] of Object.entries(
        spec.paths as Record<string, Record<string, { summary?: string; responses?: object }>>,
      )) {
        for (const [method, op] of Object.entries(methods)) {
          expect(`${method} ${path}: ${Boolean(op.summary)}`).toBe(`${method} ${path}: true`);
          expect(Object.keys(op.responses ?? {}).some((code) => code === '200' || code === '201')).toBe(true);
        }
      }
      const page = await t.app.inject({ method: 'GET', url: '/api/docs' });
      expect([200, 302]).toContain(page.statusCode);
    } finally {
      await t.close();
    }
  });
});
