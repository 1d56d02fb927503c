import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/db/database.ts';
import { roles, type Role } from '../src/domain/roles.ts';
import { CaseFixtures } from './support/caseFixtures.ts';
import { createStaff } from './support/factories.ts';
import { anonymous, signIn, startTestApp, type TestApp, type TestClient } from './support/testApp.ts';
import { testEngines } from './support/testDatabase.ts';

/**
 * Every route, for every role, from inside the subtree that holds the work
 * (Chiang Mai provincial hall, PH-50) and from outside it (Lampang, PH-52,
 * which holds a sibling assignment on the same case so it can read the case
 * but not Chiang Mai's part). The expected status of each cell is written out
 * below; the last test fails when a route exists that this table does not cover.
 */
type Placement = 'inside' | 'outside';
const placements: Record<Placement, string> = { inside: 'PH-50', outside: 'PH-52' };

interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  payload?: unknown;
}
type Expected = Record<Placement, Record<Role, number>>;

const all = (status: number): Record<Role, number> => Object.fromEntries(roles.map((r) => [r, status])) as Record<Role, number>;
const only = (allowed: Partial<Record<Role, number>>, otherwise: number): Record<Role, number> => ({ ...all(otherwise), ...allowed });
const same = (row: Record<Role, number>): Expected => ({ inside: row, outside: row });

const assignee = { delivery_unit: 200, coordinator: 200, officer: 200 };
const assigneeCreated = { delivery_unit: 201, coordinator: 201, officer: 201 };
const assigner = { delivery_unit: 200, coordinator: 200, officer: 200, operator: 200 };
const readers = (ok: number): Expected => ({ inside: all(ok), outside: only({ admin: ok, delivery_unit: ok }, 404) });

interface RouteCase {
  route: string;
  call: (t: Ctx, client: TestClient) => Promise<Call>;
  expected: Expected;
  /** The call signs the client out; give it a fresh client. */
  consumesSession?: boolean;
  public?: boolean;
}

interface Ctx {
  t: TestApp;
  f: CaseFixtures;
}

/** A case owned by PMDU sent to both provinces, with Chiang Mai's assignment in `status`. */
async function sharedCase(ctx: Ctx, status: 'sent' | 'acknowledged') {
  const { caseId, assignmentIds } = await ctx.f.directive({ to: ['PH-50', 'PH-52'] });
  await ctx.f.bringTo(assignmentIds['PH-50']!, 'PH-50', status);
  return { caseId, assignmentId: assignmentIds['PH-50']! };
}

/** Chiang Mai passed the case to a district, which reported it done: waiting for Chiang Mai to accept. */
async function doneChild(ctx: Ctx) {
  const { caseId, assignmentId } = await sharedCase(ctx, 'acknowledged');
  const children = await ctx.f.cascade(assignmentId, 'PH-50', ['DO-5001']);
  await ctx.f.bringTo(children['DO-5001']!, 'DO-5001', 'done');
  return { caseId, assignmentId: children['DO-5001']! };
}

/** A case owned by Chiang Mai's hall, sent to one of its districts and to Lampang. */
async function chiangMaiOwnedCase(ctx: Ctx) {
  return ctx.f.directive({ ownerCode: 'PH-50', to: ['DO-5001', 'PH-52'] });
}

const routeCases: RouteCase[] = [
  { route: 'GET /api/health', public: true, call: async () => ({ method: 'GET', url: '/api/health' }), expected: same(all(200)) },
  {
    route: 'POST /api/session',
    public: true,
    call: async (_ctx, client) => ({
      method: 'POST',
      url: '/api/session',
      payload: { username: client.staff!.username, password: 'correct-horse-battery' },
    }),
    expected: same(all(200)),
  },
  { route: 'GET /api/session', call: async () => ({ method: 'GET', url: '/api/session' }), expected: same(all(200)) },
  {
    route: 'DELETE /api/session',
    consumesSession: true,
    call: async () => ({ method: 'DELETE', url: '/api/session' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/areas',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/areas?level=province' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/area-groupings',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/area-groupings' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/units',
    call: async () => ({ method: 'GET', url: '/api/units?kind=district_office&areaPrefix=50' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/units/{id}',
    call: async ({ f }) => ({ method: 'GET', url: `/api/units/${(await f.unit('DO-5001')).id}` }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/units',
    call: async ({ f }) => ({
      method: 'POST',
      url: '/api/units',
      payload: {
        code: `DIV-${Math.random().toString(36).slice(2, 8)}`,
        parentId: (await f.unit('PH-50')).id,
        kind: 'division',
        nameTh: 'กลุ่มงานทดสอบ',
      },
    }),
    expected: same(only({ admin: 201 }, 403)),
  },
  {
    route: 'PATCH /api/units/{id}',
    call: async ({ f }) => ({
      method: 'PATCH',
      url: `/api/units/${(await f.unit('DO-5003')).id}`,
      payload: { nameEn: 'Chom Thong District Office' },
    }),
    expected: same(only({ admin: 200 }, 403)),
  },
  { route: 'GET /api/users', call: async () => ({ method: 'GET', url: '/api/users' }), expected: same(only({ admin: 200 }, 403)) },
  {
    route: 'POST /api/users',
    call: async ({ f }) => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: `new${Math.random().toString(36).slice(2, 8)}`,
        displayName: 'ผู้ใช้ใหม่',
        password: 'a-long-enough-password',
        role: 'officer',
        unitId: (await f.unit('DO-5001')).id,
      },
    }),
    expected: same(only({ admin: 201 }, 403)),
  },
  {
    route: 'PATCH /api/users/{id}',
    call: async ({ t }) => ({
      method: 'PATCH',
      url: `/api/users/${(await createStaff(t.db, { role: 'officer', unitCode: 'DO-5001' })).id}`,
      payload: { displayName: 'ชื่อใหม่' },
    }),
    expected: same(only({ admin: 200 }, 403)),
  },
  { route: 'GET /api/tokens', call: async () => ({ method: 'GET', url: '/api/tokens' }), expected: same(all(200)) },
  {
    route: 'POST /api/tokens',
    call: async () => ({ method: 'POST', url: '/api/tokens', payload: { name: 'script' } }),
    expected: same(all(201)),
  },
  {
    route: 'DELETE /api/tokens/{id}',
    call: async (_ctx, client) => {
      const made = await client.post('/api/tokens', { name: 'to revoke' });
      return { method: 'DELETE', url: `/api/tokens/${made.body.id}` };
    },
    expected: same(all(200)),
  },
  { route: 'GET /api/cases', call: async () => ({ method: 'GET', url: '/api/cases' }), expected: same(all(200)) },
  {
    route: 'POST /api/cases',
    call: async () => ({ method: 'POST', url: '/api/cases', payload: { kind: 'directive', title: 'ข้อสั่งการใหม่', body: '' } }),
    expected: same(only({ delivery_unit: 201, coordinator: 201 }, 403)),
  },
  {
    route: 'GET /api/cases/{id}',
    call: async (ctx) => ({ method: 'GET', url: `/api/cases/${(await ctx.f.directive({ to: ['PH-50'] })).caseId}` }),
    expected: readers(200),
  },
  {
    route: 'GET /api/cases/{id}/events',
    call: async (ctx) => ({ method: 'GET', url: `/api/cases/${(await ctx.f.directive({ to: ['PH-50'] })).caseId}/events` }),
    expected: readers(200),
  },
  {
    route: 'POST /api/cases/{id}/assignments',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/cases/${(await chiangMaiOwnedCase(ctx)).caseId}/assignments`,
      payload: { targets: { unitCodes: ['DO-5003'] } },
    }),
    expected: { inside: only({ delivery_unit: 201, coordinator: 201 }, 403), outside: only({ delivery_unit: 201 }, 403) },
  },
  {
    route: 'POST /api/cases/{id}/close',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/cases/${(await chiangMaiOwnedCase(ctx)).caseId}/close`,
      payload: { note: 'ยุติเรื่อง' },
    }),
    expected: { inside: only({ delivery_unit: 200, coordinator: 200 }, 403), outside: only({ delivery_unit: 200 }, 403) },
  },
  { route: 'GET /api/inbox', call: async () => ({ method: 'GET', url: '/api/inbox' }), expected: same(all(200)) },
  {
    route: 'POST /api/assignments/{id}/acknowledge',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await sharedCase(ctx, 'sent')).assignmentId}/acknowledge`,
      payload: {},
    }),
    expected: { inside: only(assignee, 403), outside: all(403) },
  },
  {
    route: 'POST /api/assignments/{id}/complete',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await sharedCase(ctx, 'acknowledged')).assignmentId}/complete`,
      payload: {},
    }),
    expected: { inside: only(assignee, 403), outside: all(403) },
  },
  {
    route: 'POST /api/assignments/{id}/return',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await sharedCase(ctx, 'sent')).assignmentId}/return`,
      payload: { reason: 'ไม่ใช่ภารกิจของหน่วย' },
    }),
    expected: { inside: only(assignee, 403), outside: all(403) },
  },
  {
    route: 'POST /api/assignments/{id}/progress',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await sharedCase(ctx, 'acknowledged')).assignmentId}/progress`,
      payload: { note: 'คืบหน้า' },
    }),
    expected: { inside: only(assigneeCreated, 403), outside: all(403) },
  },
  {
    route: 'POST /api/assignments/{id}/cascade',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await sharedCase(ctx, 'acknowledged')).assignmentId}/cascade`,
      payload: { targets: { unitCodes: ['DO-5001'] } },
    }),
    expected: { inside: only(assigneeCreated, 403), outside: all(403) },
  },
  {
    route: 'POST /api/assignments/{id}/accept',
    call: async (ctx) => ({ method: 'POST', url: `/api/assignments/${(await doneChild(ctx)).assignmentId}/accept`, payload: {} }),
    expected: { inside: only(assigner, 403), outside: all(403) },
  },
  {
    route: 'POST /api/assignments/{id}/send-back',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await doneChild(ctx)).assignmentId}/send-back`,
      payload: { reason: 'ขอข้อมูลเพิ่ม' },
    }),
    expected: { inside: only(assigner, 403), outside: all(403) },
  },
  {
    route: 'POST /api/attachments',
    call: async () => ({ method: 'POST', url: '/api/attachments' }),
    expected: same(only({ delivery_unit: 201, coordinator: 201, officer: 201, operator: 201 }, 403)),
  },
  {
    route: 'GET /api/attachments/{id}',
    call: async (ctx) => {
      const { assignmentId } = await sharedCase(ctx, 'acknowledged');
      const officer = await signIn(ctx.t.app, await createStaff(ctx.t.db, { role: 'officer', unitCode: 'PH-50' }));
      const file = await upload(officer);
      await officer.post(`/api/assignments/${assignmentId}/progress`, { note: 'หลักฐาน', attachmentIds: [file.id] });
      return { method: 'GET', url: `/api/attachments/${file.id}` };
    },
    expected: readers(200),
  },
];

async function upload(client: TestClient): Promise<{ id: string }> {
  const form = new FormData();
  form.append('file', new Blob(['หลักฐานการดำเนินงาน\n']), 'evidence.txt');
  const response = await client.app.inject({
    method: 'POST',
    url: '/api/attachments',
    cookies: client.cookies,
    headers: client.csrfToken ? { 'x-csrf-token': client.csrfToken } : {},
    body: form,
  });
  return { status: response.statusCode, ...JSON.parse(response.body) };
}

describe.each(testEngines())('authorization of every route (%s)', (engine: Engine) => {
  let ctx: Ctx;
  const clients = new Map<string, TestClient>();

  beforeAll(async () => {
    const t = await startTestApp({ engine });
    ctx = { t, f: new CaseFixtures(t.db, t.clock) };
    for (const role of roles) {
      for (const [placement, unitCode] of Object.entries(placements)) {
        clients.set(`${role}:${placement}`, await signIn(t.app, await createStaff(t.db, { role, unitCode })));
      }
    }
  });
  afterAll(() => ctx.t.close());

  for (const routeCase of routeCases) {
    it(`${routeCase.route}: as each role, inside and outside the subtree`, async () => {
      const outcomes: string[] = [];
      const wanted: string[] = [];
      for (const role of roles) {
        for (const placement of Object.keys(placements) as Placement[]) {
          let client = clients.get(`${role}:${placement}`)!;
          if (routeCase.consumesSession) {
            client = await signIn(ctx.t.app, await createStaff(ctx.t.db, { role, unitCode: placements[placement] }));
          }
          const call = await routeCase.call(ctx, client);
          const status =
            routeCase.route === 'POST /api/attachments'
              ? ((await upload(client)) as unknown as { status: number }).status
              : (await client.request(call.method, call.url, call.payload)).status;
          outcomes.push(`${role}/${placement}: ${status}`);
          wanted.push(`${role}/${placement}: ${routeCase.expected[placement][role]}`);
        }
      }
      expect(outcomes).toEqual(wanted);
    });
  }

  it('refuses every non-public route without a session (401), and serves the public ones', async () => {
    const anon = anonymous(ctx.t.app);
    const someone = clients.get('officer:inside')!;
    for (const routeCase of routeCases) {
      const call = await routeCase.call(ctx, someone);
      const status = (await anon.request(call.method, call.url, call.payload)).status;
      expect(`${routeCase.route}: ${status}`).toBe(`${routeCase.route}: ${routeCase.public ? 200 : 401}`);
    }
  });

  it('scopes lists: Chiang Mai sees its own work, Lampang does not, national roles see all', async () => {
    const title = `เฉพาะเชียงใหม่ ${Math.random().toString(36).slice(2, 10)}`;
    ctx.t.clock.advanceMs(60_000); // newest of all, so it heads the inbox
    const { caseId } = await ctx.f.directive({ to: ['PH-50'], title });
    for (const role of roles) {
      for (const placement of Object.keys(placements) as Placement[]) {
        const client = clients.get(`${role}:${placement}`)!;
        const list = await client.get(`/api/cases?q=${encodeURIComponent(title)}`);
        const sees = list.body.items.some((item: { id: string }) => item.id === caseId);
        const shouldSee = placement === 'inside' || role === 'admin' || role === 'delivery_unit';
        expect(`${role}/${placement} sees: ${sees}`).toBe(`${role}/${placement} sees: ${shouldSee}`);
      }
    }
    const inside = await clients.get('officer:inside')!.get('/api/inbox');
    expect(inside.body.items.some((item: { case: { id: string } }) => item.case.id === caseId)).toBe(true);
    const outside = await clients.get('officer:outside')!.get('/api/inbox');
    expect(outside.body.items.some((item: { case: { id: string } }) => item.case.id === caseId)).toBe(false);
  });

  it("does not let one user revoke another's token", async () => {
    const made = await clients.get('officer:inside')!.post('/api/tokens', { name: 'mine' });
    const other = await clients.get('officer:outside')!.delete(`/api/tokens/${made.body.id}`);
    expect(other.status).toBe(404);
  });

  it('covers every route the API describes', async () => {
    const spec = (await ctx.t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const described = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set(routeCases.map((r) => r.route));
    expect(described.filter((route) => !covered.has(route))).toEqual([]);
  });
});
