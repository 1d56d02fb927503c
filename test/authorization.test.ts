import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/db/database.ts';
import { roles } from '../src/domain/roles.ts';
import { auditRouteCases } from './authorization/auditRouteCases.ts';
import { clustersRouteCases } from './authorization/clustersRouteCases.ts';
import { dcatRouteCases } from './authorization/dcatRouteCases.ts';
import { budgetRouteCases } from './authorization/budgetRouteCases.ts';
import { channelsRouteCases } from './authorization/channelsRouteCases.ts';
import { complaintsRouteCases } from './authorization/complaintsRouteCases.ts';
import { deliveryRouteCases } from './authorization/deliveryRouteCases.ts';
import { foundationRouteCases } from './authorization/foundationRouteCases.ts';
import { leagueRouteCases } from './authorization/leagueRouteCases.ts';
import { openDataRouteCases } from './authorization/openDataRouteCases.ts';
import { pictureRouteCases } from './authorization/pictureRouteCases.ts';
import { portalRouteCases } from './authorization/portalRouteCases.ts';
import { placements, type Ctx, type Placement, type RouteCase } from './authorization/kit.ts';
import { reportsRouteCases } from './authorization/reportsRouteCases.ts';
import { statisticsReportsRouteCases } from './authorization/statisticsReportsRouteCases.ts';
import { statisticsRouteCases } from './authorization/statisticsRouteCases.ts';
import { cardsRouteCases } from './authorization/cardsRouteCases.ts';
import { openDataAdminRouteCases } from './authorization/openDataAdminRouteCases.ts';
import { citizenCloseRouteCases } from './authorization/citizenCloseRouteCases.ts';
import { cascadeRouteCases } from './authorization/cascadeRouteCases.ts';
import { adminPeopleRouteCases } from './authorization/adminPeopleRouteCases.ts';
import { adminOrgRouteCases } from './authorization/adminOrgRouteCases.ts';
import { intakeRouteCases } from './authorization/intakeRouteCases.ts';
import { searchSynonymsRouteCases } from './authorization/searchSynonymsRouteCases.ts';
import { classifierAdminRouteCases } from './authorization/classifierAdminRouteCases.ts';
import { calendarRouteCases } from './authorization/calendarRouteCases.ts';
import { infoRequestHandlingRouteCases } from './authorization/infoRequestHandlingRouteCases.ts';
import { infoRequestAnswersRouteCases } from './authorization/infoRequestAnswersRouteCases.ts';
import { infoRequestOpenRouteCases } from './authorization/infoRequestOpenRouteCases.ts';
import { CaseFixtures } from './support/caseFixtures.ts';
import { createStaff, TEST_PASSWORD } from './support/factories.ts';
import { anonymous, signIn, startTestApp, type TestClient } from './support/testApp.ts';
import { testEngines } from './support/testDatabase.ts';

/**
 * Every route, for every role, from inside the subtree that holds the work
 * (Chiang Mai provincial hall, PH-50) and from outside it (Lampang, PH-52,
 * which holds a sibling assignment on the same case so it can read the case
 * but not Chiang Mai's part). The expected status of each cell is written out
 * below; the last test fails when a route exists that this table does not cover.
 */
const routeCases: RouteCase[] = [
  ...foundationRouteCases,
  ...deliveryRouteCases,
  ...reportsRouteCases,
  ...budgetRouteCases,
  ...complaintsRouteCases,
  ...channelsRouteCases,
  ...auditRouteCases,
  ...statisticsReportsRouteCases,
  ...statisticsRouteCases,
  ...leagueRouteCases,
  ...clustersRouteCases,
  ...pictureRouteCases,
  ...dcatRouteCases,
  ...openDataRouteCases,
  ...cardsRouteCases,
  ...openDataAdminRouteCases,
  ...citizenCloseRouteCases,
  ...cascadeRouteCases,
  ...adminPeopleRouteCases,
  ...adminOrgRouteCases,
  ...portalRouteCases,
  ...intakeRouteCases,
  ...searchSynonymsRouteCases,
  ...classifierAdminRouteCases,
  ...calendarRouteCases,
  ...infoRequestHandlingRouteCases,
  ...infoRequestAnswersRouteCases,
  ...infoRequestOpenRouteCases,
];

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
          const status = routeCase.send
            ? await routeCase.send(ctx, client, call)
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
      const status = routeCase.send
        ? await routeCase.send(ctx, anon, call)
        : (await anon.request(call.method, call.url, call.payload)).status;
      const wanted = routeCase.anonymousStatus ?? (routeCase.public ? 200 : 401);
      expect(`${routeCase.route}: ${status}`).toBe(`${routeCase.route}: ${wanted}`);
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
    // Through every page: the route cases above leave Chiang Mai much work, and work with a due date sorts first.
    const inboxHolds = async (client: TestClient) => {
      for (let offset = 0; ; offset += 100) {
        const page = await client.get(`/api/inbox?limit=100&offset=${offset}`);
        if (page.body.items.some((item: { case: { id: string } }) => item.case.id === caseId)) return true;
        if (!page.body.hasMore) return false;
      }
    };
    expect(await inboxHolds(clients.get('officer:inside')!)).toBe(true);
    expect(await inboxHolds(clients.get('officer:outside')!)).toBe(false);
  });

  it("does not let one user revoke another's token", async () => {
    const made = await clients.get('officer:inside')!.post('/api/tokens', { name: 'mine', password: TEST_PASSWORD });
    const other = await clients.get('officer:outside')!.delete(`/api/tokens/${made.body.id}`);
    expect(other.status).toBe(404);
  });

  it('limits API tokens to their scopes on every route, and keeps token management to browser sessions', async () => {
    const admin = clients.get('admin:inside')!;
    const tokenWith = async (scopes: string[]) =>
      (await admin.post('/api/tokens', { name: scopes.join('+'), password: TEST_PASSWORD, scopes })).body.token as string;
    const tokens = { read: await tokenWith(['read']), readWrite: await tokenWith(['read', 'write']), admin: await tokenWith(['admin']) };
    // An administration route is one that only an administrator may use, as the matrix above says.
    const adminOnly = (routeCase: RouteCase) =>
      Object.values(routeCase.expected).every((row) => roles.every((role) => (role === 'admin') === row[role] < 300));
    const outcomes: string[] = [];
    const wanted: string[] = [];
    for (const routeCase of routeCases.filter((r) => !r.public)) {
      const call = await routeCase.call(ctx, admin);
      const codeWith = async (token: string) => {
        const response = await anonymous(ctx.t.app).request(call.method, call.url, call.payload, { authorization: `Bearer ${token}` });
        return response.status < 400 ? 'ok' : String(response.body.error?.code);
      };
      const safe = call.method === 'GET';
      const scoped = (code: string) => (['insufficient_scope', 'session_required'].includes(code) ? code : 'allowed');
      const read = scoped(await codeWith(tokens.read));
      const readWrite = scoped(await codeWith(tokens.readWrite));
      const adminToken = scoped(await codeWith(tokens.admin));
      outcomes.push(`${routeCase.route}: read ${read}, read+write ${readWrite}, admin ${adminToken}`);
      const expected = routeCase.route.includes('/api/tokens')
        ? ['session_required', 'session_required', 'session_required']
        : adminOnly(routeCase)
          ? ['insufficient_scope', 'insufficient_scope', 'allowed']
          : [safe ? 'allowed' : 'insufficient_scope', 'allowed', 'insufficient_scope'];
      wanted.push(`${routeCase.route}: read ${expected[0]}, read+write ${expected[1]}, admin ${expected[2]}`);
    }
    expect(outcomes).toEqual(wanted);
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
