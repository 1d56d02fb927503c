import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { anonymous, signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/**
 * Issue 9, finding 6, replayed: API tokens had no scopes and no expiry, a token
 * could mint tokens, and a token kept working after an administrator reset its
 * user's password.
 */
describe.each(testEngines())('API tokens: scopes, expiry, re-authentication and revocation (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine });
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const asMachine = (token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    anonymous(t.app).request(method, url, payload, bearer(token));
  async function makeToken(client: TestClient, body: Record<string, unknown> = {}) {
    const made = await client.post('/api/tokens', { name: 'script', password: TEST_PASSWORD, ...body });
    expect(made.status).toBe(201);
    return made.body as { id: string; token: string; scopes: string[]; expiresAt: string; createdAt: string };
  }
  async function tokenCount(userId: string): Promise<number> {
    return (await t.db.query<{ n: number }>('select count(*)::int as n from api_tokens where user_id = $1', [userId])).rows[0]!.n;
  }

  it('lets a read token only read, a write token also write, and only an admin token administer', async () => {
    const pmdu = await signIn(t.app, await createStaff(t.db, { role: 'delivery_unit', unitCode: 'PMDU' }));
    const read = await makeToken(pmdu);
    expect(read.scopes).toEqual(['read']);
    expect((await asMachine(read.token, 'GET', '/api/inbox')).status).toBe(200);
    const directive = { kind: 'directive', title: 'ข้อสั่งการจากสคริปต์', body: '' };
    const refused = await asMachine(read.token, 'POST', '/api/cases', directive);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('insufficient_scope');
    const write = await makeToken(pmdu, { scopes: ['write'] });
    expect((await asMachine(write.token, 'GET', '/api/inbox')).status).toBe(200);
    expect((await asMachine(write.token, 'POST', '/api/cases', directive)).status).toBe(201);

    const admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    const adminWrite = await makeToken(admin, { scopes: ['read', 'write'] });
    const users = await asMachine(adminWrite.token, 'GET', '/api/users');
    expect(users.status).toBe(403);
    expect(users.body.error.code).toBe('insufficient_scope');
    const adminToken = await makeToken(admin, { scopes: ['admin'] });
    expect((await asMachine(adminToken.token, 'GET', '/api/users')).status).toBe(200);
    // `admin` is for administration only: it does not read the inbox.
    expect((await asMachine(adminToken.token, 'GET', '/api/inbox')).body.error.code).toBe('insufficient_scope');
  });

  it('never lets a scope grant more than the role: no admin scope for an officer, none left for a demoted administrator', async () => {
    const officer = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' }));
    const asked = await officer.post('/api/tokens', { name: 'wants admin', password: TEST_PASSWORD, scopes: ['read', 'admin'] });
    expect(asked.status).toBe(403);
    expect(asked.body.error.fields[0].path).toBe('/scopes');
    expect(await tokenCount(officer.staff!.id)).toBe(0);

    const demoted = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    const adminToken = await makeToken(demoted, { scopes: ['admin'] });
    const other = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    expect((await other.patch(`/api/users/${demoted.staff!.id}`, { role: 'officer' })).status).toBe(200);
    const users = await asMachine(adminToken.token, 'GET', '/api/users');
    expect(users.status).toBe(403);
    expect(users.body.error.code).toBe('forbidden');
  });

  it('refuses to make, list or revoke tokens with a token: token management is for a browser session', async () => {
    const client = await signIn(t.app, await createStaff(t.db, { role: 'coordinator', unitCode: 'PH-50' }));
    const made = await makeToken(client, { scopes: ['read', 'write'] });
    const minted = await asMachine(made.token, 'POST', '/api/tokens', { name: 'successor', password: TEST_PASSWORD, scopes: ['write'] });
    expect(minted.status).toBe(403);
    expect(minted.body.error.code).toBe('session_required');
    expect((await asMachine(made.token, 'GET', '/api/tokens')).body.error.code).toBe('session_required');
    expect((await asMachine(made.token, 'DELETE', `/api/tokens/${made.id}`)).body.error.code).toBe('session_required');
    expect(await tokenCount(client.staff!.id)).toBe(1);
    expect((await asMachine(made.token, 'GET', '/api/inbox')).status).toBe(200);
  });

  it('asks for the password again to make a token, and a session without it makes none', async () => {
    const client = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-52' }));
    const without = await client.post('/api/tokens', { name: 'no password' });
    expect(without.status).toBe(400);
    const wrong = await client.post('/api/tokens', { name: 'wrong password', password: 'not-my-password-at-all' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatchObject({ code: 'reauthentication_failed', fields: [{ path: '/password' }] });
    expect(wrong.body.error.messageTh).toMatch(/[\u0E00-\u0E7F]/);
    expect(await tokenCount(client.staff!.id)).toBe(0);
    expect((await client.get('/api/inbox')).status).toBe(200);
  });

  it('expires a token after 90 days unless asked for fewer, never after more than 365, and lists scopes and expiry without secrets', async () => {
    const client = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' }));
    const made = await makeToken(client);
    expect(new Date(made.expiresAt).getTime() - new Date(made.createdAt).getTime()).toBe(90 * 86_400_000);
    const tooLong = await client.post('/api/tokens', { name: 'forever', password: TEST_PASSWORD, expiresInDays: 366 });
    expect(tooLong.status).toBe(400);
    const listed = await client.get('/api/tokens');
    expect(listed.body.items).toEqual([
      { id: made.id, name: 'script', scopes: ['read'], createdAt: made.createdAt, expiresAt: made.expiresAt, revokedAt: null },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(made.token.slice(4));
    t.clock.advanceMs(89 * 86_400_000);
    expect((await asMachine(made.token, 'GET', '/api/inbox')).status).toBe(200);
    t.clock.advanceMs(86_400_000 + 1000);
    expect((await asMachine(made.token, 'GET', '/api/inbox')).status).toBe(401);
  });

  it('ends every session and token of an account whose password an administrator resets, and records it', async () => {
    const officer = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' }));
    const made = await makeToken(officer, { scopes: ['read', 'write'] });
    const admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    expect((await admin.patch(`/api/users/${officer.staff!.id}`, { password: 'lantern-mango-river-7' })).status).toBe(200);
    expect((await asMachine(made.token, 'GET', '/api/inbox')).status).toBe(401);
    expect((await officer.get('/api/inbox')).status).toBe(401);
    const audit = await t.db.query<{ category: string; actor_user_id: string; data: Record<string, unknown> }>(
      "select category, actor_user_id, data from audit_events where action = 'credentials.revoke' and target_id = $1",
      [officer.staff!.id],
    );
    expect(audit.rows).toEqual([
      {
        category: 'security',
        actor_user_id: admin.staff!.id,
        data: { reason: 'password_reset', sessionsEnded: 1, tokensRevoked: [made.id], keptCurrentSession: false },
      },
    ]);
  });

  it('revokes the tokens of a deactivated account, so reactivating it does not bring them back', async () => {
    const officer = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: 'PH-52' }));
    const made = await makeToken(officer);
    const admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    expect((await admin.patch(`/api/users/${officer.staff!.id}`, { active: false })).status).toBe(200);
    expect((await admin.patch(`/api/users/${officer.staff!.id}`, { active: true })).status).toBe(200);
    expect((await asMachine(made.token, 'GET', '/api/inbox')).status).toBe(401);
    const events = await t.db.query<{ data: { reason: string } }>(
      "select data from audit_events where action = 'credentials.revoke' and target_id = $1",
      [officer.staff!.id],
    );
    expect(events.rows.map((row) => row.data.reason)).toEqual(['deactivation']);
  });

  it('keeps the session of an administrator who changes their own password, and ends their other sessions and tokens', async () => {
    const staff = await createStaff(t.db, { role: 'admin', unitCode: 'RTG' });
    const here = await signIn(t.app, staff);
    const elsewhere = await signIn(t.app, staff);
    const made = await makeToken(here, { scopes: ['admin'] });
    expect((await here.patch(`/api/users/${staff.id}`, { password: 'orchid-tractor-pebble-9' })).status).toBe(200);
    expect((await here.get('/api/session')).status).toBe(200);
    // The other session has ended: the session endpoint answers that no one is signed in there.
    expect((await elsewhere.get('/api/session')).status).toBe(204);
    expect((await asMachine(made.token, 'GET', '/api/users')).status).toBe(401);
  });
});
