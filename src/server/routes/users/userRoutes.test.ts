import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, unitByCode } from '../../../../test/support/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/** Issue 9, finding 8, replayed: `aaaaaaaaaa`, `1234567890` and `password12` were accepted as passwords. */
const weakPasswords = [
  'aaaaaaaaaa',
  '1234567890',
  'password12',
  'short',
  'aaaaaaaaaaaa',
  '123456789012',
  'password1234',
  'qwertyuiop12',
  'iloveyou2569',
];

describe.each(testEngines())('account passwords (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine });
  });
  afterAll(() => t.close());

  it('refuses short, common and breached-style passwords with one clear reason on the password field, and creates nobody', async () => {
    const admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    const unitId = (await unitByCode(t.db, 'DO-5001')).id;
    for (const password of weakPasswords) {
      const username = `weak${Math.random().toString(36).slice(2, 8)}`;
      const response = await admin.post('/api/users', { username, displayName: 'ผู้ใช้ใหม่', password, role: 'officer', unitId });
      expect(`${password}: ${response.status} ${response.body.error?.code}`).toBe(`${password}: 400 weak_password`);
      expect(response.body.error.fields).toEqual([
        { path: '/password', th: expect.stringMatching(/^รหัสผ่าน/), en: expect.stringMatching(/^(The|This) password/) },
      ]);
      expect(response.body.error.messageTh).toMatch(/[\u0E00-\u0E7F]/);
      expect((await t.db.query('select 1 from users where username = $1', [username])).rows).toHaveLength(0);
    }
    const ok = await admin.post('/api/users', {
      username: `strong${Math.random().toString(36).slice(2, 8)}`,
      displayName: 'ผู้ใช้ใหม่',
      password: 'lantern-mango-river-7',
      role: 'officer',
      unitId,
    });
    expect(ok.status).toBe(201);
  });

  it('refuses a password built from the account name', async () => {
    const admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    const unitId = (await unitByCode(t.db, 'DO-5001')).id;
    const response = await admin.post('/api/users', {
      username: 'wanchai.srisuk',
      displayName: 'วันชัย ศรีสุข',
      password: 'wanchai.srisuk1',
      role: 'officer',
      unitId,
    });
    expect(response.body.error?.code).toBe('weak_password');
  });

  it('refuses a weak password at a reset and leaves the account signed in as it was', async () => {
    const officer = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' }));
    const admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    const reset = await admin.patch(`/api/users/${officer.staff!.id}`, { password: 'password1234' });
    expect(reset.status).toBe(400);
    expect(reset.body.error.code).toBe('weak_password');
    expect((await officer.get('/api/inbox')).status).toBe(200);
  });
});
