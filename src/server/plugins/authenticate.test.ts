import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, TEST_PASSWORD } from '../../../test/support/factories.ts';
import { anonymous, signIn, startTestApp, type TestApp } from '../../../test/support/testApp.ts';
import { days, hours } from '../../shared/thaiTime.ts';

describe('sessions, CSRF and API tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sets an HttpOnly, Secure, SameSite=Lax session cookie and refuses a wrong password without saying which part was wrong', async () => {
    const staff = await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: staff.username, password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'nobody-here', password: 'not-the-password' },
    });
    expect(unknown.json().error).toMatchObject({ code: 'invalid_credentials', message: wrong.json().error.message });
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: staff.username.toUpperCase(), password: 'correct-horse-battery' },
    });
    expect(ok.statusCode).toBe(200);
    const cookie = ok.cookies.find((c) => c.name === 'tidtam_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
  });

  it('refuses an unsafe request from a cookie session without the CSRF token', async () => {
    const client = await signIn(t.app, await createStaff(t.db, { role: 'coordinator', unitCode: 'PH-50' }));
    const body = { name: 'x', password: TEST_PASSWORD };
    const missing = await client.request('POST', '/api/tokens', body, { 'x-csrf-token': '' });
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf_invalid');
    const forged = await client.request('POST', '/api/tokens', body, { 'x-csrf-token': 'forged-token' });
    expect(forged.status).toBe(403);
    expect((await client.post('/api/tokens', body)).status).toBe(201);
  });

  it("refuses user A's session cookie with user B's CSRF cookie and token: the CSRF token is bound to its session", async () => {
    const a = await signIn(t.app, await createStaff(t.db, { role: 'delivery_unit', unitCode: 'PMDU' }));
    const b = await signIn(t.app, await createStaff(t.db, { role: 'delivery_unit', unitCode: 'PMDU' }));
    const directive = { kind: 'directive', title: `ข้อสั่งการปลอม ${a.staff!.username}`, body: '' };
    const tossed = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      cookies: { tidtam_session: a.cookies.tidtam_session!, tidtam_csrf: b.cookies.tidtam_csrf! },
      headers: { 'x-csrf-token': b.csrfToken! },
      payload: directive,
    });
    expect(tossed.statusCode).toBe(403);
    expect(tossed.json().error.code).toBe('csrf_invalid');
    const cases = () => t.db.query('select 1 from cases where title = $1', [directive.title]);
    expect((await cases()).rows).toHaveLength(0);
    // A's own cookie with B's token fails too; A's own pair works.
    const foreignToken = await a.request('POST', '/api/cases', directive, { 'x-csrf-token': b.csrfToken! });
    expect(foreignToken.status).toBe(403);
    expect((await a.post('/api/cases', directive)).status).toBe(201);

    // A token from A's earlier session, with the same CSRF cookie, is refused in A's next session.
    const earlier = a.csrfToken!;
    const next = await signIn(t.app, a.staff!);
    const stale = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      cookies: { tidtam_session: next.cookies.tidtam_session!, tidtam_csrf: a.cookies.tidtam_csrf! },
      headers: { 'x-csrf-token': earlier },
      payload: { ...directive, title: `${directive.title} อีกครั้ง` },
    });
    expect(stale.json().error.code).toBe('csrf_invalid');
  });

  it('ends the session at sign-out and after twelve hours', async () => {
    const client = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' }));
    expect((await client.get('/api/inbox')).status).toBe(200);
    t.clock.advanceMs(hours(12) + 1000);
    expect((await client.get('/api/inbox')).status).toBe(401);
    const again = await signIn(t.app, client.staff!);
    expect((await again.delete('/api/session')).status).toBe(200);
    expect((await again.get('/api/inbox')).status).toBe(401);
  });

  it('lets a machine client act with a Bearer token and no CSRF, until the token is revoked or expires', async () => {
    const client = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' }));
    const made = await client.post('/api/tokens', { name: 'provincial dashboard', password: TEST_PASSWORD, expiresInDays: 1 });
    expect(made.body.token).toMatch(/^tdt_/);
    const bearer = { authorization: `Bearer ${made.body.token}` };
    const machine = anonymous(t.app);
    expect((await machine.request('GET', '/api/inbox', undefined, bearer)).status).toBe(200);
    expect((await machine.request('GET', '/api/inbox', undefined, { authorization: 'Bearer tdt_wrong' })).status).toBe(401);
    t.clock.advanceMs(days(1) + 1000);
    expect((await machine.request('GET', '/api/inbox', undefined, bearer)).status).toBe(401);

    const again = await signIn(t.app, client.staff!);
    const second = await again.post('/api/tokens', { name: 'to revoke', password: TEST_PASSWORD });
    const bearer2 = { authorization: `Bearer ${second.body.token}` };
    expect((await machine.request('GET', '/api/inbox', undefined, bearer2)).status).toBe(200);
    expect((await again.delete(`/api/tokens/${second.body.id}`)).status).toBe(200);
    expect((await machine.request('GET', '/api/inbox', undefined, bearer2)).status).toBe(401);
  });

  it('signs out every session of an account that an administrator deactivates', async () => {
    const officer = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-52' }));
    const admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    expect((await admin.patch(`/api/users/${officer.staff!.id}`, { active: false })).status).toBe(200);
    expect((await officer.get('/api/inbox')).status).toBe(401);
    const self = await admin.patch(`/api/users/${admin.staff!.id}`, { active: false });
    expect(self.status).toBe(409);
  });
});
