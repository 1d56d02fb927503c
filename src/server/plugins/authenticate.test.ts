import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../../test/support/factories.ts';
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
    const missing = await client.request('POST', '/api/tokens', { name: 'x' }, { 'x-csrf-token': '' });
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf_invalid');
    const forged = await client.request('POST', '/api/tokens', { name: 'x' }, { 'x-csrf-token': 'forged-token' });
    expect(forged.status).toBe(403);
    expect((await client.post('/api/tokens', { name: 'x' })).status).toBe(201);
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
    const made = await client.post('/api/tokens', { name: 'provincial dashboard', expiresInDays: 1 });
    expect(made.body.token).toMatch(/^tdt_/);
    const bearer = { authorization: `Bearer ${made.body.token}` };
    const machine = anonymous(t.app);
    expect((await machine.request('GET', '/api/inbox', undefined, bearer)).status).toBe(200);
    expect((await machine.request('POST', '/api/tokens', { name: 'made by a token' }, bearer)).status).toBe(201);
    expect((await machine.request('GET', '/api/inbox', undefined, { authorization: 'Bearer tdt_wrong' })).status).toBe(401);
    t.clock.advanceMs(days(1) + 1000);
    expect((await machine.request('GET', '/api/inbox', undefined, bearer)).status).toBe(401);

    const second = await (await signIn(t.app, client.staff!)).post('/api/tokens', { name: 'to revoke' });
    const bearer2 = { authorization: `Bearer ${second.body.token}` };
    expect((await machine.request('DELETE', `/api/tokens/${second.body.id}`, undefined, bearer2)).status).toBe(200);
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
