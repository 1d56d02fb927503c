import { createComplaint } from '../../src/commands/complaints/createComplaint.ts';
import { setCasePublished } from '../../src/commands/publication/publishCase.ts';
import { all, chiangMaiOwnedCase, only, readers, same, type Ctx, type Expected, type RouteCase } from './kit.ts';

/** A complaint about Chiang Mai province, routed to its hall (PH-50, inside), resolved when asked. */
async function portalComplaint(ctx: Ctx, options: { resolved?: boolean } = {}) {
  const created = await createComplaint(
    { db: ctx.t.db, clock: ctx.t.clock, actor: null },
    {
      channel: 'web',
      categoryCode: 'roads',
      description: `ทางเท้าชำรุด ${Math.random().toString(36).slice(2, 8)}`,
      areaCode: '50',
      location: null,
      complainant: null,
      skipDuplicateCheck: true,
    },
  );
  const assignment = await ctx.t.db.query<{ id: string }>('update assignments set due_at = null where case_id = $1 returning id', [
    created.caseId,
  ]);
  if (options.resolved) await ctx.f.bringTo(assignment.rows[0]!.id, 'PH-50', 'done');
  return created;
}

/** Publishing: national roles anywhere; coordinators on the owner side (PH-50 owns the case); others refused. */
const publishers = (ok: number): Expected => ({
  inside: only({ admin: ok, delivery_unit: ok, coordinator: ok }, 403),
  outside: only({ admin: ok, delivery_unit: ok }, 403),
});
/** A complaint's story: national roles, and the coordinators of the unit that handled it; outsiders do not see it. */
const storytellers = (ok: number): Expected => ({
  inside: only({ admin: ok, delivery_unit: ok, coordinator: ok }, 403),
  outside: only({ admin: ok, delivery_unit: ok }, 404),
});

async function publishedDirective(ctx: Ctx): Promise<string> {
  const { caseId } = await ctx.f.directive({ to: ['PH-50'] });
  await setCasePublished({ db: ctx.t.db, clock: ctx.t.clock, actor: await ctx.f.actorOf('PMDU', 'delivery_unit') }, caseId, true);
  return caseId;
}

const page = (route: string, url: string): RouteCase => ({
  route,
  public: true,
  call: async () => ({ method: 'GET', url }),
  expected: same(all(200)),
});

/** The public portal (issue #12): pages for everyone; publishing for the owners of what is published. */
export const portalRouteCases: RouteCase[] = [
  page('GET /portal', '/portal'),
  page('GET /portal/zones/{number}', '/portal/zones/15'),
  page('GET /portal/provinces/{code}', '/portal/provinces/50'),
  page('GET /portal/districts/{code}', '/portal/districts/5001'),
  page('GET /portal/policies', '/portal/policies'),
  page('GET /portal/data', '/portal/data'),
  page('GET /track', '/track'),
  {
    route: 'GET /portal/policies/{id}',
    public: true,
    call: async (ctx) => ({ method: 'GET', url: `/portal/policies/${await publishedDirective(ctx)}` }),
    expected: same(all(200)),
  },
  {
    route: 'GET /portal/photos/{id}',
    public: true,
    // No story photo is published here: every attachment id is unknown to the public, whoever asks.
    anonymousStatus: 404,
    call: async () => ({ method: 'GET', url: '/portal/photos/00000000-0000-4000-8000-000000000000' }),
    expected: same(all(404)),
  },
  {
    route: 'GET /track/{code}',
    public: true,
    call: async (ctx) => ({ method: 'GET', url: `/track/${(await portalComplaint(ctx)).trackingCode}` }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/cases/{id}/publication',
    // Lampang holds an assignment on the case, so it reads it (and whether it is published) too.
    call: async (ctx) => ({ method: 'GET', url: `/api/cases/${(await chiangMaiOwnedCase(ctx)).caseId}/publication` }),
    expected: same(all(200)),
  },
  {
    route: 'PUT /api/cases/{id}/publication',
    call: async (ctx) => ({ method: 'PUT', url: `/api/cases/${(await chiangMaiOwnedCase(ctx)).caseId}/publication` }),
    expected: publishers(200),
  },
  {
    route: 'DELETE /api/cases/{id}/publication',
    call: async (ctx) => ({ method: 'DELETE', url: `/api/cases/${(await chiangMaiOwnedCase(ctx)).caseId}/publication` }),
    expected: publishers(200),
  },
  {
    route: 'GET /api/complaints/{id}/story',
    call: async (ctx) => ({ method: 'GET', url: `/api/complaints/${(await portalComplaint(ctx)).caseId}/story` }),
    expected: readers(200),
  },
  {
    route: 'PUT /api/complaints/{id}/story',
    call: async (ctx) => ({
      method: 'PUT',
      url: `/api/complaints/${(await portalComplaint(ctx, { resolved: true })).caseId}/story`,
      payload: { publicText: 'ทางเท้าชำรุด', publicReply: 'ซ่อมแล้ว', placeAreaCode: null, beforeAttachmentId: null, afterAttachmentId: null },
    }),
    expected: storytellers(200),
  },
  {
    route: 'DELETE /api/complaints/{id}/story',
    call: async (ctx) => ({ method: 'DELETE', url: `/api/complaints/${(await portalComplaint(ctx, { resolved: true })).caseId}/story` }),
    expected: storytellers(200),
  },
];
