import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../test/support/testApp.ts';

describe('text that PostgreSQL cannot store', () => {
  let t: TestApp;
  let pmdu: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    pmdu = await t.as('delivery_unit', 'PMDU');
  });
  afterAll(() => t.close());

  it('refuses a NUL character anywhere in the body with 400 naming the field, and stores nothing', async () => {
    const before = await t.db.query<{ n: number }>('select count(*)::int as n from cases');
    const response = await pmdu.post('/api/cases', { kind: 'directive', title: 'ข้อสั่งการ\u0000ทดสอบ' });
    expect(response.status).toBe(400);
    expect(response.body.error.fields[0].path).toBe('body/title');
    const after = await t.db.query<{ n: number }>('select count(*)::int as n from cases');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('refuses it in a sign-in name and in the query string', async () => {
    const signIn = await t.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'a\u0000b', password: 'x' } });
    expect(signIn.statusCode).toBe(400);
    const search = await pmdu.get(`/api/cases?q=${encodeURIComponent('น้ำ\u0000ท่วม')}`);
    expect(search.status).toBe(400);
    expect(search.body.error.fields[0].path).toBe('querystring/q');
  });
});
