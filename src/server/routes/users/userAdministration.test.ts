import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, TEST_PASSWORD, unitByCode } from '../../../../test/support/factories.ts';
import { signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/**
 * Issue 13, item 13: the administrator's account pages need a search with a count ("20 of 78"),
 * one account by id, accounts made with a one-time password, and a password reset that ends every
 * session of the old password; each change in the administration trail.
 */
describe.each(testEngines())('staff-account administration (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp({ engine });
    admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
  });
  afterAll(() => t.close());

  const signInWith = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  const auditActions = async (targetId: string) =>
    (await t.db.query<{ action: string }>('select action from audit_events where target_id = $1 order by id', [targetId])).rows.map(
      (row) => row.action,
    );

  it('searches accounts by unit name and says how many match on every page', async () => {
    for (let i = 0; i < 3; i++) await createStaff(t.db, { role: 'officer', unitCode: 'PH-52' });
    const lampang = await unitByCode(t.db, 'PH-52');
    const first = await admin.get(`/api/users?q=${encodeURIComponent(lampang.name_th)}&limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.total).toBeGreaterThanOrEqual(3);
    expect(first.body.items.every((user: { unit: { code: string } }) => user.unit.code === 'PH-52')).toBe(true);
    const second = await admin.get(`/api/users?q=${encodeURIComponent(lampang.name_th)}&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.total).toBe(first.body.total);
    expect(second.body.items[0].username > first.body.items[1].username).toBe(true);
    expect((await admin.get('/api/users?q=%25%25%25')).body.total).toBe(0);
    const tooLong = await admin.get(`/api/users?q=${'ก'.repeat(101)}`);
    expect(`${tooLong.status} ${tooLong.body.error.code}`).toBe('400 validation_failed');
  });

  it('reads one account, and says not found for an unknown id', async () => {
    const officer = await createStaff(t.db, { role: 'officer', unitCode: 'DO-5001' });
    const read = await admin.get(`/api/users/${officer.id}`);
    expect(read.body).toMatchObject({ id: officer.id, role: 'officer', unit: { code: 'DO-5001', name: { th: expect.any(String) } } });
    const missing = await admin.get('/api/users/00000000-0000-4000-8000-000000000000');
    expect(`${missing.status} ${missing.body.error.code}`).toBe('404 not_found');
  });

  it('makes an account with a one-time password shown once, which signs in', async () => {
    const unitId = (await unitByCode(t.db, 'DO-5001')).id;
    const username = `otp${Math.random().toString(36).slice(2, 8)}`;
    const made = await admin.post('/api/users', { username, displayName: 'ผู้ใช้รหัสครั้งเดียว', role: 'operator', unitId });
    expect(made.status).toBe(201);
    expect(made.body.oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect((await signInWith(username, made.body.oneTimePassword)).statusCode).toBe(200);
    expect(await auditActions(made.body.id)).toEqual(['user.create']);
    const typed = await admin.post('/api/users', {
      username: `${username}b`,
      displayName: 'ผู้ใช้กำหนดรหัสเอง',
      role: 'viewer',
      unitId,
      password: 'lantern-mango-river-7',
    });
    expect(typed.body.oneTimePassword).toBeNull();
  });

  it('resets a password: the new one signs in, the old one and every old session stop, and the trail says so', async () => {
    const staff = await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' });
    const oldSession = await signIn(t.app, staff);
    const reset = await admin.post(`/api/users/${staff.id}/password`, {});
    expect(reset.status).toBe(200);
    expect(reset.body.sessionsEnded).toBe(1);
    expect(reset.body.user.id).toBe(staff.id);
    expect((await oldSession.get('/api/inbox')).status).toBe(401);
    expect((await signInWith(staff.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signInWith(staff.username, reset.body.oneTimePassword)).statusCode).toBe(200);

    const chosen = await admin.post(`/api/users/${staff.id}/password`, { password: 'paper-otter-lagoon-42' });
    expect(chosen.body.oneTimePassword).toBeNull();
    expect((await signInWith(staff.username, 'paper-otter-lagoon-42')).statusCode).toBe(200);
    expect(await auditActions(staff.id)).toEqual([
      'credentials.revoke',
      'user.password_reset',
      'credentials.revoke',
      'user.password_reset',
    ]);
    const trail = await t.db.query<{ data: Record<string, unknown> }>(
      `select data from audit_events where target_id = $1 and action = 'user.password_reset' order by id`,
      [staff.id],
    );
    expect(trail.rows.map((row) => row.data.oneTimePassword)).toEqual([true, false]);
    expect(JSON.stringify(trail.rows)).not.toContain('paper-otter');
  });

  it('refuses a weak or malformed reset with a stable code and changes nothing', async () => {
    const staff = await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' });
    const weak = await admin.post(`/api/users/${staff.id}/password`, { password: 'password1234' });
    expect(`${weak.status} ${weak.body.error.code} ${weak.body.error.fields[0].path}`).toBe('400 weak_password /password');
    const extra = await admin.post(`/api/users/${staff.id}/password`, { password: 'paper-otter-lagoon-42', sendEmail: true });
    expect(`${extra.status} ${extra.body.error.code}`).toBe('400 validation_failed');
    expect(extra.body.error.messageTh).toMatch(/[\u0E00-\u0E7F]/);
    const unknown = await admin.post('/api/users/00000000-0000-4000-8000-000000000000/password', {});
    expect(`${unknown.status} ${unknown.body.error.code}`).toBe('404 not_found');
    expect((await signInWith(staff.username, TEST_PASSWORD)).statusCode).toBe(200);
    expect(await auditActions(staff.id)).toEqual([]);
  });
});
