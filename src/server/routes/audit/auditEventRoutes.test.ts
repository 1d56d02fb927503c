import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../commands/accounts/createUser.ts';
import { createOpen311ApiKey } from '../../../commands/channels/createOpen311ApiKey.ts';
import { TEST_PASSWORD, unitByCode } from '../../../../test/support/factories.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

interface Event {
  id: number;
  category: string;
  action: string;
  actor: { id: string; name: string } | null;
  via: string | null;
  target: { type: string; id: string | null } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  data: Record<string, unknown>;
  at: string;
}

const password = 'a-long-enough-password';
const newPassword = 'another-long-password';

/**
 * Issue 9, finding 12: an administrator could create accounts, change roles,
 * units, categories, routing rules and keys, and nothing recorded who did it.
 * Each change below is made through the API (or the command line, as the CLI
 * does), then read back from the audit trail.
 */
describe.each(testEngines())('the audit trail of administration (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let officer: TestClient;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    admin = await t.as('admin', 'RTG');
    officer = await t.as('officer', 'PH-50');
  });
  afterAll(() => t.close());

  /** Every event about one target, oldest first. */
  const trail = async (targetType: string, targetId: string): Promise<Event[]> => {
    const page = await admin.get(
      `/api/audit-events?category=admin&targetType=${targetType}&targetId=${encodeURIComponent(targetId)}&limit=100`,
    );
    expect(page.status).toBe(200);
    return (page.body.items as Event[]).reverse();
  };
  const adminActor = () => ({ id: admin.staff!.id, name: expect.any(String) });

  it('records creating an account and changing its role, unit, state and password, never the password', async () => {
    const created = await admin.post('/api/users', {
      username: `auditee${Math.random().toString(36).slice(2, 8)}`,
      displayName: 'ผู้ถูกตรวจสอบ',
      password,
      role: 'officer',
      unitId: (await unitByCode(t.db, 'DO-5001')).id,
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await admin.patch(`/api/users/${id}`, { role: 'coordinator', unitId: (await unitByCode(t.db, 'PH-50')).id })).status).toBe(200);
    expect((await admin.patch(`/api/users/${id}`, { password: newPassword })).status).toBe(200);
    expect((await admin.patch(`/api/users/${id}`, { active: false })).status).toBe(200);
    // A refused change leaves no trace (it rolled back), nor does one by someone who may not make it.
    expect((await admin.patch(`/api/users/${id}`, { unitId: '00000000-0000-4000-8000-000000000000' })).status).toBe(400);
    expect((await officer.patch(`/api/users/${id}`, { role: 'admin' })).status).toBe(403);

    const events = await trail('user', id);
    expect(events.map((e) => e.action)).toEqual(['user.create', 'user.update', 'user.update', 'user.update']);
    expect(events.every((e) => e.category === 'admin' && e.actor?.id === admin.staff!.id && e.via === null)).toBe(true);
    expect(events[0]).toMatchObject({
      before: null,
      after: { role: 'officer', unitCode: 'DO-5001', active: true, displayName: 'ผู้ถูกตรวจสอบ' },
    });
    expect(events[1]).toMatchObject({
      actor: adminActor(),
      before: { role: 'officer', unitCode: 'DO-5001' },
      after: { role: 'coordinator', unitCode: 'PH-50' },
    });
    expect(events[2]).toMatchObject({ before: {}, after: {}, data: { passwordReset: true } });
    expect(events[3]).toMatchObject({ before: { active: true }, after: { active: false } });
    const text = JSON.stringify(events);
    for (const secret of [password, newPassword, '$argon2']) expect(text).not.toContain(secret);
  });

  it('records a unit created and renamed, with the values before and after', async () => {
    const code = `DIV-${Math.random().toString(36).slice(2, 8)}`;
    const made = await admin.post('/api/units', {
      code,
      parentId: (await unitByCode(t.db, 'PH-50')).id,
      kind: 'division',
      nameTh: 'กลุ่มงานเดิม',
    });
    expect(made.status).toBe(201);
    const id = made.body.unit.id as string;
    expect((await admin.patch(`/api/units/${id}`, { nameTh: 'กลุ่มงานใหม่', active: false })).status).toBe(200);
    const events = await trail('unit', id);
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ['unit.create', null, expect.objectContaining({ code, nameTh: 'กลุ่มงานเดิม', kind: 'division', active: true })],
      ['unit.update', { nameTh: 'กลุ่มงานเดิม', active: true }, { nameTh: 'กลุ่มงานใหม่', active: false }],
    ]);
  });

  it('records categories with their service level, and routing rules added, changed and removed', async () => {
    const code = `audit_${Math.random().toString(36).slice(2, 8)}`;
    const category = { nameTh: 'ทดสอบ', nameEn: 'Test', acknowledgeHours: null, resolveHours: null, active: true };
    expect((await admin.post('/api/complaint-categories', { code, ...category })).status).toBe(201);
    expect((await admin.patch(`/api/complaint-categories/${code}`, { ...category, acknowledgeHours: 24, resolveHours: 72 })).status).toBe(
      200,
    );
    expect((await trail('complaint_category', code)).map((e) => [e.action, e.before, e.after])).toEqual([
      ['complaint_category.create', null, { ...category }],
      ['complaint_category.update', { acknowledgeHours: null, resolveHours: null }, { acknowledgeHours: 24, resolveHours: 72 }],
    ]);

    const put = await admin.post('/api/complaint-routing-rules', { categoryCode: code, areaCode: '50', unitCode: 'PH-50' });
    expect(put.status).toBe(200);
    const ruleId = put.body.id as string;
    expect((await admin.post('/api/complaint-routing-rules', { categoryCode: code, areaCode: '50', unitCode: 'DO-5001' })).status).toBe(
      200,
    );
    expect((await admin.delete(`/api/complaint-routing-rules/${ruleId}`)).status).toBe(200);
    expect((await trail('routing_rule', ruleId)).map((e) => [e.action, e.before, e.after])).toEqual([
      ['routing_rule.create', null, { categoryCode: code, areaCode: '50', unitCode: 'PH-50' }],
      ['routing_rule.update', { unitCode: 'PH-50' }, { unitCode: 'DO-5001' }],
      ['routing_rule.delete', { categoryCode: code, areaCode: '50', unitCode: 'DO-5001' }, null],
    ]);
  });

  it('records API tokens made and revoked, without the secret', async () => {
    const made = await officer.post('/api/tokens', { name: 'สคริปต์รายงาน', expiresInDays: 30, password: TEST_PASSWORD, scopes: ['read'] });
    expect(made.status).toBe(201);
    expect((await officer.delete(`/api/tokens/${made.body.id}`)).status).toBe(200);
    const events = await trail('api_token', made.body.id);
    expect(events.map((e) => [e.action, e.actor?.id])).toEqual([
      ['api_token.create', officer.staff!.id],
      ['api_token.revoke', officer.staff!.id],
    ]);
    expect(events[0]!.after).toMatchObject({ userId: officer.staff!.id, name: 'สคริปต์รายงาน', expiresAt: made.body.expiresAt });
    expect(JSON.stringify(events)).not.toContain(made.body.token);
  });

  it('records what the command line made with no actor and via cli', async () => {
    const { id: keyId, key } = await createOpen311ApiKey({ db: t.db, clock: t.clock }, { name: 'แอปภาคประชาชน' });
    const userId = await createUser(
      { db: t.db, clock: t.clock },
      {
        username: `cli${Math.random().toString(36).slice(2, 8)}`,
        displayName: 'ผู้ดูแลคนแรก',
        email: null,
        password,
        role: 'admin',
        unit: { code: 'RTG' },
        locale: 'th',
      },
    );
    const [keyEvent] = await trail('open311_key', keyId);
    expect(keyEvent).toMatchObject({ action: 'open311_key.create', actor: null, via: 'cli', after: { name: 'แอปภาคประชาชน' } });
    expect(JSON.stringify(keyEvent)).not.toContain(key);
    expect((await trail('user', userId))[0]).toMatchObject({ action: 'user.create', actor: null, via: 'cli', after: { role: 'admin' } });
  });

  it('lets administrators alone read the trail, filtered and paged newest first', async () => {
    expect((await officer.get('/api/audit-events')).status).toBe(403);
    const all: Event[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: Event[]; nextCursor: string | null } } = await admin.get(
        `/api/audit-events?category=admin&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      all.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(all.length).toBeGreaterThan(10);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    const order = all.map((e) => [e.at, e.id] as const);
    expect([...order].sort((a, b) => (a[0] === b[0] ? b[1] - a[1] : b[0].localeCompare(a[0])))).toEqual(order);

    const updates = await admin.get('/api/audit-events?action=unit.update');
    expect(updates.body.items.length).toBeGreaterThan(0);
    expect(updates.body.items.every((e: Event) => e.action === 'unit.update')).toBe(true);
    const byActor = await admin.get(`/api/audit-events?actorId=${officer.staff!.id}`);
    expect(byActor.body.items.map((e: Event) => e.action).sort()).toEqual(['api_token.create', 'api_token.revoke']);
    const today = new Date(t.clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect((await admin.get(`/api/audit-events?from=${today}&to=${today}&limit=100`)).body.items.length).toBeGreaterThan(10);
    expect((await admin.get('/api/audit-events?to=2000-01-01')).body.items).toEqual([]);

    // A cursor or filter that is not ours is a 400, not a 500.
    const forged = Buffer.from(JSON.stringify(['not a time', 1])).toString('base64url');
    const huge = Buffer.from(JSON.stringify([new Date().toISOString(), 1e300])).toString('base64url');
    for (const url of [`cursor=${forged}`, `cursor=${huge}`, 'cursor=x', 'from=2026-02-30', 'category=other', 'action=DROP%20TABLE']) {
      expect((await admin.get(`/api/audit-events?${url}`)).status, url).toBe(400);
    }
  });
});
