import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../../../test/support/factories.ts';
import { anonymous, signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/**
 * Issue 13, items 13 and 16: only the command line made Open311 keys, and only while the server was
 * stopped. An administrator now makes, lists and revokes them in the browser, each change audited.
 */
describe.each(testEngines())('Open311 keys from the browser (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp({ engine });
    admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
  });
  afterAll(() => t.close());

  const post311 = (key: string) =>
    anonymous(t.app).post('/open311/v2/requests.json', {
      api_key: key,
      service_code: 'roads',
      address_id: '5001',
      description: 'ถนนหน้าตลาดเป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย',
    });

  it('makes a key shown once, which files a request and is then listed as used; revoked, it is refused', async () => {
    const made = await admin.post('/api/open311-keys', { name: 'แอปเมืองเชียงใหม่', perMinute: 120 });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'แอปเมืองเชียงใหม่', perMinute: 120, lastUsedAt: null, revokedAt: null });
    expect(made.body.key).toMatch(/^o311_/);

    t.clock.advanceMs(60_000);
    expect((await post311(made.body.key)).status).toBe(200);
    const listed = (await admin.get('/api/open311-keys')).body.items.find((key: { id: string }) => key.id === made.body.id);
    expect(listed.lastUsedAt).toBe(t.clock.now().toISOString());
    expect(JSON.stringify(listed)).not.toContain(made.body.key);

    expect((await admin.delete(`/api/open311-keys/${made.body.id}`)).status).toBe(200);
    expect((await post311(made.body.key)).status).toBe(403);
    const again = await admin.delete(`/api/open311-keys/${made.body.id}`);
    expect(`${again.status} ${again.body.error.code}`).toBe('404 not_found');
    const trail = await t.db.query<{ action: string; actor_user_id: string }>(
      'select action, actor_user_id from audit_events where target_id = $1 order by id',
      [made.body.id],
    );
    expect(trail.rows.map((row) => row.action)).toEqual(['open311_key.create', 'open311_key.revoke']);
    expect(trail.rows.every((row) => row.actor_user_id === admin.staff!.id)).toBe(true);
  });

  it('refuses a nameless key or a quota out of range with a stable code, field by field, and makes nothing', async () => {
    const before = (await admin.get('/api/open311-keys')).body.items.length;
    const blank = await admin.post('/api/open311-keys', { name: '   ' });
    expect(`${blank.status} ${blank.body.error.code} ${blank.body.error.fields[0].path}`).toBe('400 validation_failed /name');
    expect(blank.body.error.fields[0].th).toMatch(/[\u0E00-\u0E7F]/);
    const quota = await admin.post('/api/open311-keys', { name: 'แอป', perMinute: 0 });
    expect(`${quota.status} ${quota.body.error.code}`).toBe('400 validation_failed');
    expect(quota.body.error.fields[0].path).toContain('perMinute');
    const extra = await admin.post('/api/open311-keys', { name: 'แอป', owner: 'someone' });
    expect(`${extra.status} ${extra.body.error.code}`).toBe('400 validation_failed');
    expect((await admin.get('/api/open311-keys')).body.items).toHaveLength(before);
  });
});
